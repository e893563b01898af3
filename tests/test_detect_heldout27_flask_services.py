"""Flask projects of a registry's monorepo that are no backend, and the data layer of two Flask
APIs (#19, set 75).

Beside the product's API: queue workers whose one route of their own takes Pub/Sub's pushes at
the root while a local blueprint answers operators' probes without a leading slash
(`"healthz"` under the `/ops` prefix) and a `/meta/info` route gives the build's version; jobs
declaring Flask that their code never imports; a models package whose app is built only for
Flask-Migrate's commands. And two data layers: a legacy API over raw cx_Oracle cursors whose
frozen requirements still pin SQLAlchemy, and an API pinning Flask-Migrate alone whose models
are Flask-SQLAlchemy's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PYPROJECT = (
    '[tool.poetry]\nname = "{name}"\nversion = "0.1.0"\n\n'
    '[tool.poetry.dependencies]\npython = "^3.13"\nflask = "^3.1.0"\n'
    'flask-sqlalchemy = "^3.1.1"\npg8000 = "*"\ngunicorn = "^23.0.0"\n\n'
    '[tool.poetry.group.dev.dependencies]\npytest = "^8.3.5"\n'
)
_CONFIG = "SQLALCHEMY_DATABASE_URI = 'postgresql+pg8000://reg:reg@localhost:5432/reg'\n"


def _api() -> dict[str, str]:
    """The product's API: a Flask app registering a blueprint of resources."""
    return {
        "registry-api/pyproject.toml": _PYPROJECT.format(name="registry-api"),
        "registry-api/config.py": _CONFIG,
        "registry-api/src/registry_api/__init__.py": (
            "from flask import Flask\n\nfrom registry_api.resources import bp\n\n\n"
            "def create_app():\n    app = Flask(__name__)\n    app.register_blueprint(bp)\n"
            "    return app\n"
        ),
        "registry-api/src/registry_api/resources.py": (
            "from flask import Blueprint\n\nbp = Blueprint('api', __name__)\n\n\n"
            "@bp.route('/api/v1/businesses', methods=['GET'])\ndef businesses():\n"
            "    return []\n"
        ),
    }


def _worker(extra_route: str = "", info: str = '"/info"') -> dict[str, str]:
    """A push worker: the push at the root, probes in a blueprint prefixed `/ops` written
    without their leading slash, the build's info under `/meta`; models over PostgreSQL."""
    base = "queue/filer"
    package = f"{base}/src/filer/resources"
    return {
        f"{base}/pyproject.toml": _PYPROJECT.format(name="filer"),
        f"{base}/Dockerfile": "FROM python:3.13\nCMD gunicorn wsgi:app\n",
        f"{base}/src/filer/config.py": _CONFIG,
        f"{base}/src/filer/__init__.py": (
            "from flask import Flask\n\nfrom filer.resources import register_endpoints\n\n\n"
            "def create_app():\n    app = Flask(__name__)\n    register_endpoints(app)\n"
            "    return app\n"
        ),
        f"{package}/__init__.py": (
            "from .meta import bp as meta_bp\nfrom .ops import bp as ops_bp\n"
            "from .worker import bp as worker_bp\n\n\n"
            "def register_endpoints(app):\n"
            '    app.register_blueprint(url_prefix="/", blueprint=worker_bp)\n'
            '    app.register_blueprint(url_prefix="/meta", blueprint=meta_bp)\n'
            '    app.register_blueprint(url_prefix="/ops", blueprint=ops_bp)\n'
        ),
        f"{package}/worker.py": (
            "from flask import Blueprint, request\nfrom simple_cloudevent import SimpleCloudEvent"
            '\n\nbp = Blueprint("worker", __name__)\n\n\n'
            '@bp.route("/", methods=("POST",))\ndef worker():\n    return {}, 200\n'
            f"{extra_route}"
        ),
        f"{package}/ops.py": (
            'from flask import Blueprint\n\nbp = Blueprint("ops", __name__)\n\n\n'
            '@bp.route("healthz", methods=("GET",))\ndef healthz():\n    return {}, 200\n\n\n'
            '@bp.route("readyz", methods=("GET",))\ndef readyz():\n    return {}, 200\n'
        ),
        f"{package}/meta.py": (
            'from flask import Blueprint, jsonify\n\nbp = Blueprint("META", __name__, '
            'url_prefix="/meta")\n\n\n'
            f"@bp.route({info})\ndef info():\n    return jsonify(API='filer/1.0')\n"
        ),
    }


def test_push_worker_with_its_probes_and_build_info_is_no_backend(tmp_path: Path) -> None:
    """Its one route of its own takes the pushes at the root: a worker, though it writes to
    the API's database and answers `/ops/healthz`, `/ops/readyz` and `/meta/info`."""
    backends = by_folder(write(tmp_path, {**_api(), **_worker()}))
    assert list(backends) == ["registry-api"]


def test_push_worker_with_a_route_of_its_api_stays_a_backend(tmp_path: Path) -> None:
    """The other side: beside the push and the probes, a route its clients call."""
    route = '\n\n@bp.route("/filings", methods=["GET"])\ndef filings():\n    return []\n'
    backends = by_folder(write(tmp_path, {**_api(), **_worker(route)}))
    assert list(backends) == ["queue/filer", "registry-api"]


def test_service_of_an_info_route_keeping_data_stays_a_backend(tmp_path: Path) -> None:
    """An info route is an operator's, but a service keeping data whose routes are all
    operators' is not a probe: only one keeping no data is."""
    files = {**_api(), **_worker(info='"/filings/<int:number>"')}
    files["queue/filer/src/filer/resources/worker.py"] = (
        "from flask import Blueprint\n\nbp = Blueprint('worker', __name__)\n"
    )
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["queue/filer", "registry-api"]


def _job(requirements: str, modules: dict[str, str]) -> dict[str, str]:
    """A job run to its end by its image's command (a notebook through papermill)."""
    files = {
        "jobs/gazette/requirements.txt": requirements,
        "jobs/gazette/Dockerfile": 'FROM python:3.13\nCMD [ "python", "/app/gazette.py" ]\n',
        "jobs/gazette/config.py": (
            "SQLALCHEMY_DATABASE_URI = 'postgresql://{user}:{password}@{host}:5432/{name}'\n"
        ),
        "jobs/gazette/gazette.py": (
            "import sys\n\nimport papermill as pm\n\nfrom config import Config\n\n\n"
            "if __name__ == '__main__':\n    pm.execute_notebook('report.ipynb', 'out.ipynb')\n"
            "    sys.exit()\n"
        ),
    }
    files.update({f"jobs/gazette/{path}": text for path, text in modules.items()})
    return files


_JOB_REQUIREMENTS = "Flask==1.1.2\nsqlalchemy==2.0.40\npsycopg2-binary==2.8.5\npapermill==2.6.0\n"


def test_job_declaring_flask_it_never_imports_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, {**_api(), **_job(_JOB_REQUIREMENTS, {})}))
    assert list(backends) == ["registry-api"]


def test_project_declaring_flask_and_a_wsgi_server_stays_a_backend(tmp_path: Path) -> None:
    """A WSGI server declared says something is served: an app a library builds for it
    (`from company_web import create_app`) is still a Flask app."""
    requirements = _JOB_REQUIREMENTS + "gunicorn==23.0.0\n"
    modules = {"wsgi.py": "from company_web import create_app\n\napp = create_app()\n"}
    backends = by_folder(write(tmp_path, {**_api(), **_job(requirements, modules)}))
    assert list(backends) == ["jobs/gazette", "registry-api"]


def test_job_importing_flask_is_judged_by_its_routes(tmp_path: Path) -> None:
    """The rule asks only for the import: a project importing Flask and routing stays."""
    modules = {
        "app.py": (
            "from flask import Flask\n\napp = Flask(__name__)\n\n\n"
            "@app.route('/notices')\ndef notices():\n    return []\n"
        ),
    }
    backends = by_folder(write(tmp_path, {**_api(), **_job(_JOB_REQUIREMENTS, modules)}))
    assert list(backends) == ["jobs/gazette", "registry-api"]


def _models(app: str) -> dict[str, str]:
    """The shared models package, with its app for `flask db` beside its sources."""
    base = "python/common/registry-model"
    return {
        f"{base}/pyproject.toml": (
            '[project]\nname = "registry-model"\nversion = "3.4.10"\n'
            'dependencies = [\n    "flask-migrate (>=4.1.0,<5.0.0)",\n    "pg8000 (>=1.31.2)",\n'
            '    "flask-sqlalchemy (>=3.1.1,<4.0.0)",\n    "flask (>=3.1.0,<4.0.0)",\n]\n\n'
            '[tool.poetry.group.test.dependencies]\npytest = "^8.3.5"\n'
        ),
        f"{base}/config.py": _CONFIG,
        f"{base}/app.py": app,
        f"{base}/src/registry_model/models.py": (
            "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n\n\n"
            "class Business(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n"
        ),
    }


_MIGRATIONS_APP = (
    "from flask import Flask\nfrom flask_migrate import Migrate\n\n"
    "from registry_model.models import db\nfrom config import Config\n\n"
    "app = Flask(__name__)\napp.config.from_object(Config)\ndb.init_app(app)\n\n"
    "migrate = Migrate(app, db, directory='src/registry_model_migrations')\n"
)


def test_models_package_whose_app_only_runs_migrations_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, {**_api(), **_models(_MIGRATIONS_APP)}))
    assert list(backends) == ["registry-api"]


def test_app_with_migrations_registering_a_blueprint_stays(tmp_path: Path) -> None:
    """The other side: an app registering a blueprint (its routes elsewhere) serves them."""
    app = _MIGRATIONS_APP + "\nfrom company_web import api_bp\n\napp.register_blueprint(api_bp)\n"
    backends = by_folder(write(tmp_path, {**_api(), **_models(app)}))
    assert list(backends) == ["python/common/registry-model", "registry-api"]


def _legacy_api(db_module: str) -> dict[str, str]:
    """A Flask 1.1 API whose frozen requirements pin SQLAlchemy and psycopg2 beside cx_Oracle."""
    return {
        "requirements.txt": (
            "Flask==1.1.2\nflask-restx==0.3.0\ncx-Oracle==8.1.0\ngunicorn==20.1.0\n"
            "psycopg2-binary==2.8.6\nSQLAlchemy==1.4.44\n"
        ),
        "src/legacy_api/__init__.py": (
            "from flask import Flask\nfrom flask_restx import Api\n\n"
            "app = Flask(__name__)\napi = Api(app)\n"
        ),
        "src/legacy_api/resources/db.py": db_module,
    }


_ORACLE_DB = (
    "import cx_Oracle\n\n\n"
    "def connect(user, password, dsn):\n"
    "    return cx_Oracle.SessionPool(user=user, password=password, dsn=dsn)\n"
)


def test_raw_driver_opened_beside_an_orm_never_imported(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _legacy_api(_ORACLE_DB)))["."]
    assert first(backend, FindingKind.ORM)[0] == ""
    assert first(backend, FindingKind.QUERY)[0] == "cx_Oracle"
    assert first(backend, FindingKind.DATABASE)[0] == "Oracle"


def test_orm_imported_beside_the_driver_stays_the_data_layer(tmp_path: Path) -> None:
    db_module = _ORACLE_DB + "\nfrom sqlalchemy import create_engine\n"
    backend = by_folder(write(tmp_path, _legacy_api(db_module)))["."]
    assert first(backend, FindingKind.ORM)[0] == "SQLAlchemy"


def _migrate_api(extension: str) -> dict[str, str]:
    """A Flask 1.0 API pinning Flask-Migrate (which brings Flask-SQLAlchemy) and psycopg2."""
    return {
        "requirements.txt": (
            "Flask==1.0.2\nFlask-Migrate==2.5.3\nflask-restx==0.5.0\ngunicorn==20.0.4\n"
            "psycopg2-binary==2.8.6\n"
        ),
        "run.py": (
            "from flask import Flask\nfrom flask_restx import Api\n\n"
            "app = Flask(__name__)\napi = Api(app)\n"
        ),
        "app/database/extension.py": extension,
    }


def test_flask_sqlalchemy_brought_by_flask_migrate_is_the_data_layer(tmp_path: Path) -> None:
    extension = "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"
    backend = by_folder(write(tmp_path, _migrate_api(extension)))["."]
    assert first(backend, FindingKind.ORM)[0] == "SQLAlchemy"


def test_flask_migrate_without_the_orm_imported_lends_nothing(tmp_path: Path) -> None:
    extension = "import psycopg2\n\n\ndef connect(dsn):\n    return psycopg2.connect(dsn)\n"
    backend = by_folder(write(tmp_path, _migrate_api(extension)))["."]
    assert first(backend, FindingKind.ORM)[0] == ""
    assert first(backend, FindingKind.QUERY)[0] == "psycopg2"
