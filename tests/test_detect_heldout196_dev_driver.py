"""Python: a driver declared for development only that the program's code connects through is
its data layer (set 196, #19).

A Flask service writes its own SQL through psycopg2 (`db_conn = psycopg2.connect(dsn)`, CREATE
TABLE, INSERT, UPDATE) but declares `psycopg2-binary` in its dev group only, the production
image building `psycopg2` against the system's libpq; SQLAlchemy comes in only as Celery's
result-backend extra. The dev declaration alone is a test tool's; the connection opened by the
program's own modules makes it the data layer (`opened_drivers`). A driver the tests alone
connect through stays a test tool's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "mapper"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n'
    'dependencies = [\n    "flask>=3.1.0",\n    "celery[redis,sqlalchemy]>=5.4.0",\n]\n\n'
    "[dependency-groups]\ndev = [\n"
    '    "psycopg2-binary>=2.9.10", # dev only: production links libpq\n'
    '    "pytest>=8.3.5",\n]\n'
)

_CLIENT = (
    "import psycopg2\nfrom psycopg2.extensions import connection\n\n"
    "db_conn: connection | None = None\n\n\ndef open_connection(dsn):\n"
    "    global db_conn\n    db_conn = psycopg2.connect(dsn)\n\n\ndef insert(blob):\n"
    "    with db_conn.cursor() as curs:\n"
    "        curs.execute('INSERT INTO blob(file) VALUES (%s)', (blob,))\n"
)


def _service() -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "mapper/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "mapper/database/__init__.py": "",
        "mapper/database/client.py": _CLIENT,
        "tests/conftest.py": "import pytest\n",
    }


def test_a_dev_driver_the_code_connects_through_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"
    assert first(found["."], K.ORM) == ("", "")
    assert first(found["."], K.QUERY)[0] == "psycopg2"


def test_a_dev_driver_only_the_tests_connect_through_is_none(tmp_path: Path) -> None:
    # Counter-case: the tests open the database the program never reaches.
    files = _service()
    files["tests/test_client.py"] = files.pop("mapper/database/client.py")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.QUERY) == ("", "")
