"""Python shapes of the held-out sets 63 to 66 (benchmarks/detect_heldout6[3-6].yaml), each as
a small fixture of the real files' shape (#19): Django's ENGINE joined from the backends'
package and a configured name with a default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def test_django_engine_joined_with_a_configured_backends_default(tmp_path: Path) -> None:
    """helfertool: `"ENGINE": "django.db.backends." + dict_get(config, "sqlite3", …)`, the
    production list carrying mysqlclient and psycopg for the servers an operator may pick:
    with nothing configured the program runs on SQLite."""
    files = {
        "src/requirements.txt": "django==5.2.*\n",
        "src/requirements_prod.txt": "mysqlclient~=2.2.7\npsycopg~=3.3.2\n",
        "src/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
        ),
        "src/site/settings.py": (
            "DATABASES = {\n    'default': {\n"
            '        "ENGINE": "django.db.backends." + dict_get(config, "sqlite3", "database",'
            ' "backend"),\n'
            '        "NAME": dict_get(config, "db.sqlite3", "database", "name"),\n    }\n}\n'
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["src"]
    assert first(backends["src"], K.DATABASE)[0] == "SQLite"


def test_django_engine_joined_with_an_environment_default(tmp_path: Path) -> None:
    """The same join over an environment lookup: its default is the engine."""
    files = {
        "requirements.txt": "django==5.2\npsycopg2-binary==2.9.9\nmysqlclient==2.2.4\n",
        "manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'settings')\n",
        "settings.py": (
            "import os\n\nDATABASES = {'default': {\n"
            "    'ENGINE': 'django.db.backends.' + os.getenv('DB_ENGINE', 'mysql'),\n}}\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.DATABASE)[0] == "MySQL"


def test_pip_list_kept_in_a_package_of_a_project_listing_none(tmp_path: Path) -> None:
    """webcompat.com: the root's setup.py packages `find_packages()` and declares nothing; the
    pinned lists live in `config/`, itself a package (`config/__init__.py`): they are the
    root's lists, and the Flask application at the root runs on their versions."""
    files = {
        "setup.py": (
            "from setuptools import setup, find_packages\n\n"
            'setup(name="WEBCOMPAT", packages=find_packages())\n'
        ),
        "config/__init__.py": "",
        "config/environment.py": "import os\n",
        "config/requirements.txt": "Flask==2.0.1\nSQLAlchemy==1.4.0\n",
        "config/requirements-dev.txt": "-r requirements.txt\npytest==6.2.2\n",
        "pytest.ini": "[pytest]\ntestpaths = tests/unit\n",
        "run.py": "from webcompat import app\n\napp.run()\n",
        "webcompat/__init__.py": (
            "from flask import Flask\n\napp = Flask(__name__, static_url_path='')\n"
        ),
        "webcompat/db/__init__.py": (
            "from sqlalchemy import create_engine\n\n"
            "engine = create_engine('sqlite:///' + 'session.db')\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK) == ("Flask", "==2.0.1")
    assert first(backends["."], K.ORM)[0] == "SQLAlchemy"
    assert first(backends["."], K.TEST)[0] == "pytest"


def test_pip_list_in_a_package_copies_the_projects_own_list(tmp_path: Path) -> None:
    """A package's copy of the list its packaging project keeps beside itself stays no
    project of its own and adds nothing."""
    files = {
        "pyproject.toml": '[project]\nname = "app"\ndependencies = ["flask==2.2.5"]\n',
        "requirements.txt": "flask==2.2.5\n",
        "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "app/requirements.txt": "flask==2.0.0\n",
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK) == ("Flask", "==2.2.5")


_POETRY_LOCK = (
    '[[package]]\nname = "flask"\nversion = "3.1.2"\n\n'
    '[[package]]\nname = "sqlalchemy"\nversion = "2.0.43"\n\n'
    '[[package]]\nname = "models"\nversion = "1.50.0"\n\n[package.dependencies]\n'
    'flask = "^3.0.2"\nflask-sqlalchemy = "^3.0.0"\n\n'
    '[package.source]\ntype = "git"\nurl = "https://example.org/models.git"\n'
)


def test_orm_the_lock_installs_through_a_library_and_the_code_imports(tmp_path: Path) -> None:
    """namex-pay: a Flask push handler declaring its models' package from git, not the ORM;
    poetry.lock resolves SQLAlchemy for it and the handler imports `sqlalchemy.exc`: the
    application runs on the ORM the library lends."""
    files = {
        "pyproject.toml": (
            '[tool.poetry]\nname = "pay"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\n'
            'python = ">=3.12,<3.13"\nmodels = { git = "https://example.org/models.git" }\n'
            'flask = "^3.1"\n'
        ),
        "poetry.lock": _POETRY_LOCK,
        "src/pay/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "src/pay/worker.py": (
            "from models import Payment\nfrom sqlalchemy.exc import OperationalError\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.ORM) == ("SQLAlchemy", "2.0.43")


def test_orm_the_lock_installs_but_only_tests_import_is_not_lent(tmp_path: Path) -> None:
    """The same lock, the ORM imported by the tests alone: no data layer of the program's."""
    files = {
        "pyproject.toml": (
            '[tool.poetry]\nname = "mail"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\n'
            'python = ">=3.12,<3.13"\nmodels = { git = "https://example.org/models.git" }\n'
            'flask = "^3.1"\n'
        ),
        "poetry.lock": _POETRY_LOCK,
        "src/mail/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "tests/conftest.py": "import sqlalchemy\n",
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["."], K.ORM) == ("", "")


def test_pip_list_an_image_installs_for_the_folder_it_runs_from(tmp_path: Path) -> None:
    """healthsites: the pinned list (`REQUIREMENTS.txt`) sits with the Dockerfile under
    `deployment/docker/`, built from the root: the image installs it, copies `django_project/`
    (manage.py, the settings, a setup.cfg of flake8's) and runs from it. The backend is
    `django_project`, on the list's versions."""
    files = {
        "deployment/docker/Dockerfile": (
            "FROM ubuntu:18.04 AS prod\nADD deployment/docker/uwsgi.conf /uwsgi.conf\n"
            "ADD deployment/docker/REQUIREMENTS.txt /REQUIREMENTS.txt\n"
            "RUN pip install -r /REQUIREMENTS.txt\n"
            "ADD django_project /home/web/django_project\n"
            "WORKDIR /home/web/django_project\n"
            'CMD ["uwsgi", "--ini", "/uwsgi.conf"]\n'
        ),
        "deployment/docker/REQUIREMENTS.txt": "Django==3.2.18\npsycopg2-binary==2.9.1\n",
        "deployment/docker/uwsgi.conf": "[uwsgi]\n",
        "django_project/setup.cfg": "[flake8]\nmax-complexity = 10\n",
        "django_project/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'core.settings')\n"
        ),
        "django_project/core/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
        "django_project/core/settings.py": (
            "DATABASES = {'default': {\n"
            "    'ENGINE': 'django.contrib.gis.db.backends.postgis',\n}}\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["django_project"]
    backend = backends["django_project"]
    assert first(backend, K.FRAMEWORK) == ("Django", "==3.2.18")
    assert first(backend, K.ORM)[0] == "Django ORM"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def _push_worker(tmp_path: Path, extra: dict[str, str]) -> dict[str, object]:
    """A Flask push worker under `services/mailer` (`extra` replacing its files) beside the
    product's API (alone, a tree's one candidate is reported whatever it is)."""
    files = {
        "pyproject.toml": (
            '[project]\nname = "mailer"\nversion = "0.1.0"\n'
            'dependencies = ["flask==3.1.2", "simple-cloudevent==0.0.2"]\n'
        ),
        "wsgi.py": "from mailer import create_app\n\napp = create_app()\n",
        "src/mailer/__init__.py": (
            "from flask import Flask\n\nfrom mailer.resources import register_endpoints\n\n\n"
            "def create_app():\n    app = Flask(__name__)\n    register_endpoints(app)\n"
            "    return app\n"
        ),
        "src/mailer/resources/__init__.py": (
            "from .tasks import bp as tasks_bp\nfrom .worker import bp as worker_bp\n\n\n"
            "def register_endpoints(app):\n    app.register_blueprint(worker_bp)\n"
            "    app.register_blueprint(tasks_bp)\n"
        ),
        "src/mailer/resources/worker.py": (
            "from flask import Blueprint, request\n\nbp = Blueprint('worker', __name__)\n\n\n"
            "@bp.route('/', methods=('POST',))\ndef worker():\n    return {}, 200\n"
        ),
        "src/mailer/resources/tasks.py": (
            "from flask import Blueprint, request\nfrom simple_cloudevent import "
            "from_queue_message\n\nbp = Blueprint('tasks', __name__)\n\n\n"
            "@bp.route('/handle-send', methods=['POST'])\ndef deliver():\n"
            "    ce = from_queue_message(request.data)\n    return {}, 200\n"
        ),
        **extra,
    }
    api = {
        "api/requirements.txt": "flask==3.1.2\nsqlalchemy==2.0.43\n",
        "api/app.py": (
            "from flask import Flask\n\napp = Flask(__name__)\n\n\n"
            "@app.route('/requests')\ndef requests():\n    return []\n"
        ),
    }
    tree = {f"services/mailer/{path}": text for path, text in files.items()}
    return by_folder(write(tmp_path, {**tree, **api}))


def test_flask_worker_of_cloudevents_pushes_with_post_routes_only(tmp_path: Path) -> None:
    """namex's emailer: a Pub/Sub push at the root and a Cloud Tasks callback, both POST,
    both read as CloudEvents, no data of its own: a worker, no backend."""
    assert list(_push_worker(tmp_path, {})) == ["api"]


def test_flask_post_routes_with_data_of_their_own_stay_a_backend(tmp_path: Path) -> None:
    """The same routes over a database of its own: a service keeping data counts."""
    extra = {
        "pyproject.toml": (
            '[project]\nname = "mailer"\nversion = "0.1.0"\n'
            'dependencies = ["flask==3.1.2", "simple-cloudevent==0.0.2", "sqlalchemy==2.0.43"]\n'
        ),
        # Opened by its own code: a data layer only declared (set 298) is no data of its own.
        "src/mailer/store.py": (
            "from sqlalchemy import create_engine\n\nengine = create_engine('sqlite:///mail.db')\n"
        ),
    }
    assert list(_push_worker(tmp_path, extra)) == ["api", "services/mailer"]


def test_orm_of_an_enclosing_projects_lock_is_not_lent(tmp_path: Path) -> None:
    """A package of its own inside a project whose poetry.lock resolves SQLAlchemy (a Django
    app packaged apart, as concordia's importer): the enclosing lock is not its lock, and
    its imports lend it no data layer."""
    files = {
        "pyproject.toml": (
            '[tool.poetry]\nname = "site"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\n'
            'python = "^3.12"\nflask = "^3.1"\n'
        ),
        "poetry.lock": _POETRY_LOCK,
        "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "importer/setup.py": (
            "from setuptools import setup\n\nsetup(name='importer', install_requires=['flask'])\n"
        ),
        "importer/app.py": (
            "import sqlalchemy\nfrom flask import Flask\n\napp = Flask(__name__)\n\n\n"
            "@app.route('/items')\ndef items():\n    return []\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert first(backends["importer"], K.ORM) == ("", "")
