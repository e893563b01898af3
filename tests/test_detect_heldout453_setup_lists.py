"""A gap the 453rd held-out set showed (benchmarks/detect_heldout453.yaml), as a small fixture
of the real files' shape (#19): a Bottle site whose code (`prod.py`, `dev.py`, the `app/`
package) sits at the top with no manifest, its only pip lists in `setup/` beside the SQL schema
and a few maintenance scripts. The site is the top folder, not `setup/`. A folder of lists
holding a program of its own stays a project of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_LIST = "bottle==0.12.25\npsycopg2-binary==2.9.9\nredis==5.0.1\n"

_PROD = (
    "import bottle\n\nimport app.controllers\n\n\ndef application(environ, start_response):\n"
    "    return bottle.app()(environ, start_response)\n"
)

_CONNECTION = "import psycopg2\n\n\ndef connect():\n    return psycopg2.connect('dbname=site')\n"

_SCRIPT = "import psycopg2\n\nconn = psycopg2.connect('dbname=site')\nprint(conn)\n"


def _site(root: Path) -> Path:
    return write(
        root,
        {
            "prod.py": _PROD,
            "dev.py": "import bottle\n\nimport app.controllers\n\nbottle.run(port=9000)\n",
            "app/__init__.py": "",
            "app/controllers/__init__.py": "from . import index\n",
            "app/controllers/index.py": "from bottle import route\n\n\n@route('/')\n"
            "def index():\n    return 'hi'\n",
            "app/lib/connection.py": _CONNECTION,
            "setup/requirements.in": "bottle\npsycopg2-binary\nredis\n",
            "setup/requirements.txt": _LIST,
            "setup/dev-requirements.txt": "-r requirements.txt\ncoverage==7.4.0\n",
            "setup/sql/up.sql": "CREATE TABLE packages (name text);\n",
            "setup/scripts/fix_counts.py": _SCRIPT,
        },
    )


def test_lists_among_setup_files_are_the_site_above(tmp_path: Path) -> None:
    found = by_folder(_site(tmp_path))
    assert set(found) == {"."}
    assert first(found["."], FindingKind.FRAMEWORK) == ("Bottle", "==0.12.25")


def test_lists_beside_their_own_program_stay_a_project(tmp_path: Path) -> None:
    # A server folder whose program is a package of its own, below a top of loose scripts.
    write(
        tmp_path,
        {
            "build.py": "print('build')\n",
            "tools/__init__.py": "",
            "server/requirements.txt": _LIST,
            "server/site/__init__.py": "",
            "server/site/routes.py": "from bottle import route\n\n\n@route('/')\n"
            "def index():\n    return 'hi'\n",
        },
    )
    assert set(by_folder(tmp_path)) == {"server"}


def test_two_folders_of_lists_leave_the_owner_in_doubt(tmp_path: Path) -> None:
    _site(tmp_path)
    write(tmp_path, {"deploy/requirements.txt": _LIST})
    assert "." not in by_folder(tmp_path)
