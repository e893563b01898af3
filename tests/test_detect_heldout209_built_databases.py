"""Python: of servers declared alike, the one the project's build sets up (set 209, #19).

A Django API declares psycopg2 for its own tables and cx_Oracle for another system's registers
it reads with raw queries; its settings read `DATABASE_URL` with a SQLite file as the lookup's
default, and nothing names a server. Its Makefile's `build` target installs PostgreSQL before
`manage.py migrate`, and its CI starts PostgreSQL and creates the project's database there: of
the two drivers, PostgreSQL is the engine (`built_databases`), not Oracle by its name's
order. Counter-cases: a build setting up both, or neither, chooses no server; nor does a setup
of a server no driver names. With no server chosen, the SQLite file the settings default to is
the program's own default, beside drivers of several servers (`py_sqlite_defaults`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAKEFILE = (
    "build:\n\tsudo apt-get install postgresql postgis gdal-bin\n"
    "\tpip install -r requirements.txt\n\tpython manage.py migrate\n"
)
_TRAVIS = (
    "language: python\nservices:\n  - postgresql\nbefore_script:\n"
    "  - psql -c 'create database api;' -U postgres\n"
)


def _api() -> dict[str, str]:
    return {
        "requirements.txt": "Django>=2.2\ncx_Oracle==7.3\ndj-database-url\npsycopg2-binary\n",
        "manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'api.settings')\n",
        "api/__init__.py": "",
        "api/settings.py": "from decouple import config\nfrom dj_database_url import parse "
        "as db_url\n\nINSTALLED_APPS = ['places']\n\nDATABASES = {\n"
        "    'default': config('DATABASE_URL', default='sqlite:///db.sqlite3', cast=db_url),\n"
        "}\n",
        "api/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "places/__init__.py": "",
        "places/models.py": "from django.db import models\n\n\nclass Place(models.Model):\n"
        "    name = models.CharField(max_length=80)\n",
        "registers/dao.py": "import cx_Oracle\n\n\ndef read(dsn):\n"
        "    return cx_Oracle.connect(dsn).cursor().execute('SELECT 1')\n",
    }


def test_the_server_the_build_sets_up_is_the_engine(tmp_path: Path) -> None:
    files = _api() | {"Makefile": _MAKEFILE}
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Django"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_ci_service_and_database_choose_it_too(tmp_path: Path) -> None:
    files = _api() | {".travis.yml": _TRAVIS}
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_no_setup_leaves_the_drivers_as_they_were(tmp_path: Path) -> None:
    # Counter-case: nothing set up, no server is chosen: the settings' own default stands.
    found = by_folder(write(tmp_path, _api()))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_two_servers_set_up_choose_nothing(tmp_path: Path) -> None:
    # Counter-case: a build installing both servers says nothing of which is the store.
    files = _api() | {
        "Makefile": "build:\n\tapt-get install postgresql\n\tapt-get install oracle-xe\n",
        "scripts/ci.sh": "psql -c 'create database api;'\n",
    }
    files["requirements.txt"] += "mysqlclient\n"
    files["scripts/db.sh"] = "mysql -u root -e 'CREATE DATABASE api;'\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "SQLite"  # the settings' default, as without


def test_a_client_install_is_no_server(tmp_path: Path) -> None:
    # Counter-case: the server's client libraries (`postgresql-client`) set up no server.
    files = _api() | {"Makefile": "build:\n\tapt-get install postgresql-client libpq-dev\n"}
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "SQLite"  # the settings' default, as without
