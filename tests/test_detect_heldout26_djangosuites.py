"""Django shapes of the held-out set 73 (benchmarks/detect_heldout73.yaml), each as a small
fixture of the real files' shape (#19): a database configured in memory, and the pip list of
the tests named before `requirements`."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
_WSGI = (
    "from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n"
)


def test_django_database_in_memory_beside_a_server_driver(tmp_path: Path) -> None:
    """fala: the production list pins psycopg, but the settings every module star-imports
    configure only an in-memory SQLite database: no server is configured anywhere."""
    files = {
        "requirements/generated/requirements-production.txt": "django==6.0.7\npsycopg==3.3.2\n",
        "manage.py": _MANAGE,
        "site/wsgi.py": _WSGI,
        "site/settings/base.py": (
            "# When playwright is addressed set back to empty dictionary.\n"
            "DATABASES = {\n    \"default\": {\n"
            '        "ENGINE": "django.db.backends.sqlite3",\n        "NAME": ":memory:",\n'
            "    }\n}\n"
        ),
        "site/settings/production.py": "from .base import *  # noqa\n",
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.DATABASE)[0] == "SQLite"


def test_django_database_on_disk_beside_a_server_driver_is_no_default(tmp_path: Path) -> None:
    """The same settings with a database file: the developer's local stand-in, the server
    the production driver is for stays the engine."""
    files = {
        "requirements.txt": "django==6.0.7\npsycopg==3.3.2\n",
        "manage.py": _MANAGE,
        "site/wsgi.py": _WSGI,
        "site/settings.py": (
            "DATABASES = {\n    \"default\": {\n"
            '        "ENGINE": "django.db.backends.sqlite3",\n        "NAME": "db.sqlite3",\n'
            "    }\n}\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.DATABASE)[0] == "PostgreSQL"


def test_django_database_in_memory_of_test_settings_is_the_tests(tmp_path: Path) -> None:
    """license-manager: `settings/test.py` configures the in-memory SQLite database for the
    tests, the production settings read theirs from a file the deployment writes: the tests'
    database is not the program's, the production driver's server is."""
    files = {
        "requirements/production.txt": "django==4.2.16\nmysqlclient==2.2.4\n",
        "manage.py": _MANAGE,
        "site/wsgi.py": _WSGI,
        "site/settings/production.py": "from .base import *\n\nDATABASES = read_config()\n",
        "site/settings/test.py": (
            "# IN-MEMORY TEST DATABASE\nDATABASES = {\n    'default': {\n"
            "        'ENGINE': 'django.db.backends.sqlite3',\n        'NAME': ':memory:',\n"
            "    },\n}\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.DATABASE)[0] == "MySQL"


def test_dev_requirements_list_pins_the_test_runner(tmp_path: Path) -> None:
    """foundation.mozilla.org: `dev-requirements.txt` (pip-compiled) pins pytest and
    pytest-django beside `requirements.txt`; the tests are Django TestCases run by pytest."""
    files = {
        "requirements.txt": "django==5.2.17\npsycopg2-binary==2.9.12\n",
        "dev-requirements.txt": (
            "#\n# pip-compile --output-file=dev-requirements.txt.tmp dev-requirements.in\n#\n"
            "django==5.2.17\npytest==9.0.3\npytest-django==4.12.0\n"
        ),
        "pyproject.toml": "[tool.pytest.ini_options]\naddopts = \"--reuse-db\"\n",
        "manage.py": _MANAGE,
        "site/wsgi.py": _WSGI,
        "site/tests/test_views.py": (
            "from django.test import TestCase\n\n\nclass T(TestCase):\n    pass\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.TEST) == ("pytest", "==9.0.3")


def _runner_files(test_list: str) -> dict[str, str]:
    """A Django project with a `pytest.ini` naming its settings, whose compiled test list
    is `test_list`, its tests written to Django's test cases."""
    return {
        "requirements/base.txt": "django==2.2.24\npsycopg2-binary==2.8.3\n",
        "requirements/test.txt": test_list,
        "pytest.ini": "[pytest]\nDJANGO_SETTINGS_MODULE = site.settings\n",
        "manage.py": _MANAGE,
        "site/wsgi.py": _WSGI,
        "api/tests.py": (
            "from django.test import TestCase\n\n\nclass ApiTestCase(TestCase):\n    pass\n"
        ),
    }


def test_pytest_settings_alone_leave_django_runner_the_suites(tmp_path: Path) -> None:
    """opencraft: a `pytest.ini` is left, but the test list pins nose and coverage, neither
    pytest nor pytest-django: `manage.py test` runs the Django test cases (unittest)."""
    files = _runner_files("django==2.2.24\ncoverage==4.5.3\nnose==1.3.7\n")
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.TEST)[0] == "unittest"


def test_pytest_settings_with_pytest_pinned_stay_the_runner(tmp_path: Path) -> None:
    """The same project whose test list pins pytest-django: pytest runs the suite."""
    files = _runner_files("django==2.2.24\npytest==8.3.4\npytest-django==4.9.0\n")
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.TEST)[0] == "pytest"


def _servers_files(test_env: str) -> dict[str, str]:
    """A Django project reading DATABASE_URL with no default, whose Compose file starts the
    servers of the instances it provisions (MySQL, MongoDB) beside its own, and whose tests
    load `.env.test`."""
    return {
        "requirements/base.txt": (
            "django==2.2.24\nmysqlclient==1.4.2\npsycopg2-binary==2.8.3\npymongo==3.8.0\n"
        ),
        "manage.py": _MANAGE,
        "site/wsgi.py": _WSGI,
        "site/settings.py": (
            "import environ\n\nenv = environ.Env()\nDATABASES = {'default': env.db()}\n"
        ),
        "docker-compose.yml": (
            "services:\n  postgresql:\n    image: postgres:12.6-alpine\n"
            "  mongodb:\n    image: mongo:5.0.6\n  mysqldb:\n    image: mysql:5.6\n"
            "  app:\n    build: .\n    env_file: .env\n"
        ),
        ".env.test": test_env,
    }


def test_test_env_database_url_names_the_programs_server(tmp_path: Path) -> None:
    """opencraft: `.env.test` points DATABASE_URL at the Compose file's PostgreSQL; its MySQL
    and MongoDB URLs are the provisioned instances' (other keys, not read)."""
    files = _servers_files(
        "DATABASE_URL='postgres://opencraft@postgresql/opencraft'\n"
        "DEFAULT_INSTANCE_MYSQL_URL='mysql://root:opencraft@mysqldb:3306'\n"
        "DEFAULT_INSTANCE_MONGO_URL='mongodb://opencraft:opencraft@mongodb:27017'\n"
    )
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.DATABASE)[0] == "PostgreSQL"


def test_test_env_other_urls_name_no_engine(tmp_path: Path) -> None:
    """The same `.env.test` without the program's own URL: the instances' URLs choose
    nothing (the servers tie, MySQL first by name)."""
    files = _servers_files("DEFAULT_INSTANCE_MYSQL_URL='mysql://root:opencraft@mysqldb:3306'\n")
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.DATABASE)[0] == "MySQL"
