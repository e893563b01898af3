"""Python shapes of held-out set 123 (benchmarks/detect_heldout123.yaml), each as a small
fixture of the real files' shape (#19):

- A Django settings module reading a database URL from the environment into a variable and
  configuring SQLite when it is unset (`if not database_url: DATABASES = {… sqlite3 …} else:
  DATABASES = {"default": dj_database_url.parse(database_url)}`): SQLite is the engine, the
  PostgreSQL driver declared for the opt-in URL is not.
- An aiohttp service querying ClickHouse through clickhouse-connect, its only store.
- A zc.buildout project (Pyramid over CouchDB, 2015-era): `buildout.cfg` extends
  `versions.cfg`, whose `[versions]` pins are what `bin/buildout` installs, beside a stale
  `pip freeze` in requirements.txt; couchdb-schematics documents over couchdb-python; the
  suite's runner is nose (setup.cfg's `[nosetests]`), pytest only frozen in the pip list.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
_WSGI = (
    "from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n"
)
_PYPROJECT = (
    '[project]\nname = "app"\nversion = "0.1"\ndependencies = [\n    "Django<=6.0.7",\n'
    '    "dj-database-url",\n    "psycopg2-binary>=2.9.12",\n]\n'
)


def _settings(test: str) -> str:
    return (
        "import os\n\nimport dj_database_url\n\n"
        "# Database\n"
        f"database_url = os.environ.get(\"APP_DATABASE_URL\")\n{test}\n"
        "    # This is our current production config\n"
        "    DATABASES = {\n"
        '        "default": {\n'
        '            "ENGINE": "django.db.backends.sqlite3",\n'
        '            "NAME": "db.sqlite3",\n'
        "        }\n"
        "    }\n"
        "else:  # pragma: no cover\n"
        "    # We support Postgres so we can investigate alternative deployment scenarios\n"
        '    DATABASES = {"default": dj_database_url.parse(database_url)}\n'
    )


def _django(test: str) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "manage.py": _MANAGE,
        "site/wsgi.py": _WSGI,
        "site/settings.py": _settings(test),
    }


def test_sqlite_when_the_environment_url_is_unset(tmp_path: Path) -> None:
    """airlock: `if not database_url:` configures SQLite; the PostgreSQL driver is only for
    the URL an operator may set."""
    backends = by_folder(write(tmp_path, _django("if not database_url:")))
    assert first(backends["."], K.DATABASE)[0] == "SQLite"


def test_sqlite_in_the_set_branch_is_no_default(tmp_path: Path) -> None:
    """Counter-case: SQLite configured when the URL IS set (`if database_url:`) is not what
    the program runs on unset: the driver's server stays the engine."""
    backends = by_folder(write(tmp_path, _django("if database_url:")))
    assert first(backends["."], K.DATABASE)[0] == "PostgreSQL"


_AIOHTTP_MAIN = (
    "from aiohttp import web\n\nfrom vlm.web_app import init_web_app\n\n"
    "web.run_app(init_web_app(), port=7000)\n"
)


def test_clickhouse_connect_is_the_only_store(tmp_path: Path) -> None:
    """seqr's vlm/: an aiohttp API over ClickHouse through clickhouse-connect."""
    files = {
        "vlm/requirements.txt": "aiohttp==3.13.5\nclickhouse-connect==0.8.18\n",
        "vlm/__main__.py": _AIOHTTP_MAIN,
        "vlm/clickhouse_utils.py": (
            "import clickhouse_connect\n\n"
            "client = clickhouse_connect.get_client(host='localhost')\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["vlm"], K.DATABASE)[0] == "ClickHouse"


def test_clickhouse_beside_postgresql_stays_secondary(tmp_path: Path) -> None:
    """Counter-case: ClickHouse's client beside a PostgreSQL driver is an analytics store;
    PostgreSQL stays the engine."""
    files = {
        "vlm/requirements.txt": (
            "aiohttp==3.13.5\nclickhouse-connect==0.8.18\npsycopg2-binary==2.9.9\n"
        ),
        "vlm/__main__.py": _AIOHTTP_MAIN,
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["vlm"], K.DATABASE)[0] == "PostgreSQL"


_SETUP = (
    "from setuptools import setup\n\n"
    "requires = ['cornice', 'couchdb-schematics', 'pyramid_exclog']\n\n"
    "setup(name='app.api', install_requires=requires,\n"
    "      entry_points={'paste.app_factory': ['main = app.api.app:main']})\n"
)
_APP = (
    "from couchdb import Server\nfrom pyramid.config import Configurator\n\n\n"
    "def main(global_config, **settings):\n"
    "    config = Configurator(settings=settings)\n"
    "    config.include('cornice')\n"
    "    return config.make_wsgi_app()\n"
)
_MODELS = (
    "from couchdb_schematics.document import SchematicsDocument\n\n\n"
    "class Tender(SchematicsDocument):\n    pass\n"
)
_TESTS = "import unittest\n\n\nclass BaseWebTest(unittest.TestCase):\n    pass\n"
_FREEZE = (
    "CouchDB==1.0\ncornice==1.0.0\ncouchdb-schematics==1.1.1\nnose==1.3.4\npyramid==1.5.7\n"
    "pytest==2.6.4\nwaitress==0.8.9\n"
)
_VERSIONS = (
    "[versions]\nWebOb = 1.5.1\nnose = 1.3.7\npyramid = 1.6.1\n\n"
    "# Required by:\n# couchdb-schematics==1.1.1\nCouchDB = 1.0\n"
)


def _buildout(extends: str = "versions.cfg", nose: bool = True) -> dict[str, str]:
    files = {
        "setup.py": _SETUP,
        "requirements.txt": _FREEZE,
        "versions.cfg": _VERSIONS,
        "buildout.cfg": (
            f"[buildout]\nextends = {extends}\nparts = test\ndevelop = .\n\n"
            "[test]\nrecipe = zc.recipe.egg:scripts\neggs =\n    app.api [test]\n    nose\n"
        ),
        "src/app/api/app.py": _APP,
        "src/app/api/models.py": _MODELS,
        "src/app/api/tests/base.py": _TESTS,
    }
    if nose:
        files["setup.cfg"] = "[nosetests]\nall-modules=1\nwith-coverage=1\n"
    return files


def test_buildout_versions_pin_the_framework(tmp_path: Path) -> None:
    """openprocurement.api: Pyramid on buildout's pin, CouchDB documents, nose the runner."""
    backend = by_folder(write(tmp_path, _buildout()))["."]
    assert first(backend, K.FRAMEWORK) == ("Pyramid", "1.6.1")
    assert first(backend, K.ORM)[0] == "couchdb-schematics"
    assert first(backend, K.DATABASE)[0] == "CouchDB"
    assert first(backend, K.TEST)[0] == "nose"


def test_versions_cfg_no_buildout_extends_is_no_lock(tmp_path: Path) -> None:
    """Counter-case: a `versions.cfg` the buildout does not extend pins nothing; without
    nose's section, the frozen pytest stays the test tool named."""
    backend = by_folder(write(tmp_path, _buildout(extends="base.cfg", nose=False)))["."]
    assert first(backend, K.FRAMEWORK) == ("Pyramid", "==1.5.7")
    assert first(backend, K.TEST)[0] == "pytest"


def test_nose_asserts_in_test_modules_leave_the_frozen_pytest(tmp_path: Path) -> None:
    """Counter-case: test modules borrowing `nose.tools`' asserts, with no `[nosetests]`
    section, say nothing of the runner: the pinned pytest stays the test tool named."""
    files = _buildout(nose=False)
    files["src/app/api/tests/base.py"] = "from nose.tools import assert_equals\n" + _TESTS
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "pytest"
