"""Generic gaps the thirty-fifth held-out set showed (benchmarks/detect_heldout35.yaml), each as a
small fixture of the real files' shape (#19): a root pyproject.toml whose dependencies setuptools
reads from a pip file in the package's folder (where manage.py also lives) is the backend's
manifest, and that folder's code is the root project's; a Flask server with no data among the
container images of an `ops/containers/` folder (a stand-in for an outside login service) is a
helper of those images, not a backend; a Flask app built only to push its application context
for a batch job, with no route anywhere, is a job, not a backend, and so are one whose only
routes take POST at the root (a queue's push endpoint) and one whose only routes are
Flask-Admin's (a UI over the tables); a driver a Flask gateway declares but no module imports,
with no other data layer or engine anywhere, names neither."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Python --------------------------------------------------------------------------------------


def _dynamic_django(dynamic: str) -> dict[str, str]:
    """A packaged Django application: the root pyproject.toml, its `manage.py`, settings and
    pip files inside the package folder `writer/`."""
    return {
        "pyproject.toml": (
            '[build-system]\nrequires = ["setuptools>=82.0.1"]\n'
            'build-backend = "setuptools.build_meta"\n\n'
            '[project]\nname = "writer"\nrequires-python = ">=3.13"\n'
            'dynamic = ["dependencies", "version"]\n\n'
            '[project.optional-dependencies]\npostgresql = ["psycopg2"]\n\n'
            '[project.scripts]\nwriter = "writer.manage:entry"\n\n'
            f"[tool.setuptools.dynamic]\nversion = {{file = \"writer/version.txt\"}}\n{dynamic}"
        ),
        "writer/version.txt": "4.1.0\n",
        "writer/requirements.txt": "channels==4.3.2\nDjango==6.0.6\n",
        "writer/test-requirements.txt": "selenium==4.38.0\ncoverage==7.10.7\n",
        "writer/manage.py": (
            "import os\nimport sys\n\n\ndef entry():\n"
            '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "base.settings")\n'
            "    from django.core.management import execute_from_command_line\n\n"
            "    execute_from_command_line(sys.argv)\n"
        ),
        "writer/base/settings.py": (
            "DATABASES = {\n    \"default\": {\n"
            '        "ENGINE": "django.db.backends.sqlite3",\n'
            '        "NAME": "writer.sql",\n    }\n}\n'
        ),
        "writer/base/tests/test_pages.py": (
            "from django.test import TestCase\n\n\nclass PageTest(TestCase):\n"
            "    def test_home(self):\n        self.assertTrue(True)\n"
        ),
    }


def test_dynamic_dependencies_file_belongs_to_the_root_pyproject(tmp_path: Path) -> None:
    files = _dynamic_django('dependencies = {file = "writer/requirements.txt"}\n')
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    backend = backends["."]
    assert first(backend, K.FRAMEWORK) == ("Django", "==6.0.6")
    assert first(backend, K.ORM)[0] == "Django ORM"
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert first(backend, K.TEST)[0] == "unittest"
    framework = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert "writer/requirements.txt" in {e.path for e in framework.evidence}


def test_dynamic_dependencies_as_a_list_of_files(tmp_path: Path) -> None:
    """setuptools also takes a list of files, and extras read from files the same way."""
    files = _dynamic_django(
        'dependencies = {file = ["writer/requirements.txt"]}\n'
        '[tool.setuptools.dynamic.optional-dependencies]\n'
        'test = {file = ["writer/test-requirements.txt"]}\n'
    )
    assert list(by_folder(write(tmp_path, files))) == ["."]


def test_without_the_dynamic_table_the_package_folder_is_the_backend(tmp_path: Path) -> None:
    """The other side: a pyproject.toml that does not read the pip file leaves the folder
    holding manage.py and requirements.txt its own project."""
    backends = by_folder(write(tmp_path, _dynamic_django("")))
    assert list(backends) == ["writer"]


def _django_api() -> dict[str, str]:
    """The product: a Django API at the root on PostgreSQL, with pytest."""
    return {
        "requirements/requirements.txt": "django==6.0.7\npsycopg2-binary==2.9.11\npytest==9.0.3\n",
        "manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'hhs.settings')\n"
        ),
        "hhs/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "hhs/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n"
        ),
        "conftest.py": "import pytest\n",
    }


def _login_stand_in(folder: str) -> dict[str, str]:
    """A Flask app with its own image that answers the outside login service's endpoints."""
    return {
        f"{folder}/Dockerfile": "FROM python:3.12\nCOPY . .\nCMD [\"flask\", \"run\"]\n",
        f"{folder}/requirements.txt": "Flask==3.1.3\nFlask-WTF==1.2.1\n",
        f"{folder}/app.py": (
            "from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n"
            "@app.route('/v1/oauth/userinfo')\ndef userinfo():\n"
            "    return jsonify({'id': '00112233'})\n"
        ),
    }


def test_a_server_among_container_images_is_a_helper(tmp_path: Path) -> None:
    files = {**_django_api(), **_login_stand_in("ops/containers/login"),
             "ops/containers/selenium/Dockerfile": "FROM selenium/standalone-chrome\n"}
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK)[0] == "Django"


def test_a_server_elsewhere_with_its_own_image_stays_a_backend(tmp_path: Path) -> None:
    """The other side: the same Flask app in a folder of services is a backend of its own."""
    files = {**_django_api(), **_login_stand_in("services/login")}
    assert list(by_folder(write(tmp_path, files))) == [".", "services/login"]


_SERVICE_PYPROJECT = (
    '[tool.poetry]\nname = "{name}"\nversion = "0.1.0"\n\n'
    '[tool.poetry.dependencies]\npython = "^3.12"\nflask = "^3.0.2"\n'
    'flask-sqlalchemy = "^3.1.1"\npg8000 = "*"\n\n'
    '[tool.poetry.group.dev.dependencies]\npytest = "^8.1.1"\n'
)
_CONFIG = "SQLALCHEMY_DATABASE_URI = 'postgresql+pg8000://pay:pay@localhost:5432/pay'\n"


def _api() -> dict[str, str]:
    """The product's API: a Flask app whose resources register a blueprint's routes."""
    return {
        "pay-api/pyproject.toml": _SERVICE_PYPROJECT.format(name="pay-api"),
        "pay-api/src/pay_api/config.py": _CONFIG,
        "pay-api/src/pay_api/__init__.py": (
            "from flask import Flask\n\nfrom pay_api.resources import bp\n\n\n"
            "def create_app():\n    app = Flask(__name__)\n"
            "    app.register_blueprint(bp)\n    return app\n"
        ),
        "pay-api/src/pay_api/resources/__init__.py": (
            "from flask import Blueprint\n\nbp = Blueprint('fees', __name__)\n\n\n"
            "@bp.route('/fees', methods=['GET'])\ndef fees():\n    return {}\n"
        ),
        "pay-api/tests/conftest.py": "import pytest\n",
    }


def _job(body: str) -> dict[str, str]:
    """A cron job: `invoke_jobs.py` builds a Flask app and pushes its context to run tasks."""
    return {
        "jobs/payment-jobs/pyproject.toml": _SERVICE_PYPROJECT.format(name="payment-jobs"),
        "jobs/payment-jobs/Dockerfile": (
            "FROM python:3.12\nCOPY . .\nENTRYPOINT [\"bash\", \"docker-entrypoint.sh\"]\n"
        ),
        "jobs/payment-jobs/config.py": _CONFIG,
        "jobs/payment-jobs/invoke_jobs.py": (
            "import sys\n\nfrom flask import Flask\n\nfrom tasks.statements import run_task\n\n\n"
            "def create_app():\n    app = Flask(__name__)\n"
            "    app.config.from_object('config')\n    return app\n\n\n"
            "def run(job_name):\n    application = create_app()\n"
            "    application.app_context().push()\n    run_task(job_name)\n\n\n"
            "if __name__ == '__main__':\n    run(sys.argv[1])\n"
        ),
        "jobs/payment-jobs/tasks/statements.py": body,
        "jobs/payment-jobs/tests/conftest.py": "import pytest\n",
    }


_TASK = "def run_task(name):\n    print(name)\n"


def test_a_flask_app_that_routes_nothing_is_a_job(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, {**_api(), **_job(_TASK)}))
    assert list(backends) == ["pay-api"]
    assert first(backends["pay-api"], K.FRAMEWORK)[0] == "Flask"


def test_a_route_deep_in_the_project_keeps_it_a_backend(tmp_path: Path) -> None:
    """The other side: one module registering a route (Flask 2's `@app.get`) makes the same
    project a backend."""
    task = "from flask import current_app as app\n\n\n@app.get('/status')\n" + _TASK
    backends = by_folder(write(tmp_path, {**_api(), **_job(task)}))
    assert list(backends) == ["jobs/payment-jobs", "pay-api"]


def test_routes_only_in_tests_do_not_count(tmp_path: Path) -> None:
    files = {**_api(), **_job(_TASK)}
    files["jobs/payment-jobs/tests/test_jobs.py"] = (
        "def test_app(app):\n    app.add_url_rule('/x', 'x', lambda: 'x')\n"
    )
    assert list(by_folder(write(tmp_path, files))) == ["pay-api"]


def test_a_bare_flask_app_without_a_context_stays_a_backend(tmp_path: Path) -> None:
    """A Flask app that neither routes nor enters its context says too little to be called a
    job: it stays a backend."""
    job = _job(_TASK)
    job["jobs/payment-jobs/invoke_jobs.py"] = (
        "from flask import Flask\n\napp = Flask(__name__)\napp.config.from_object('config')\n"
    )
    backends = by_folder(write(tmp_path, {**_api(), **job}))
    assert list(backends) == ["jobs/payment-jobs", "pay-api"]


def _gateway(client: str) -> dict[str, str]:
    """A Flask-RESTX gateway to a SOAP service (zeep), psycopg2-binary declared."""
    return {
        "pyproject.toml": (
            '[tool.poetry]\nname = "bcol-api"\nversion = "0.1.0"\n\n'
            '[tool.poetry.dependencies]\npython = "^3.12"\nflask = "^3.0.2"\n'
            'flask-restx = "^1.3.0"\nzeep = "^4.2.1"\npsycopg2-binary = "^2.9.9"\n\n'
            '[tool.poetry.group.dev.dependencies]\npytest = "^8.1.1"\n'
        ),
        "src/bcol_api/config.py": "SQLALCHEMY_TRACK_MODIFICATIONS = False\n",
        "src/bcol_api/__init__.py": (
            "from flask import Flask\nfrom flask_restx import Api\n\n\n"
            "def create_app():\n    app = Flask(__name__)\n"
            "    api = Api(app, prefix='/api/v1')\n    return app\n"
        ),
        "src/bcol_api/services/bcol_soap.py": client,
        "tests/conftest.py": "import pytest\n",
    }


_SOAP = "import zeep\n\n\ndef profile(user):\n    return zeep.Client('wsdl').service.Get(user)\n"


def test_a_driver_no_module_opens_names_no_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _gateway(_SOAP)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.DATABASE) == ("", "")
    assert first(backend, K.TEST)[0] == "pytest"


def test_a_driver_a_module_imports_stays(tmp_path: Path) -> None:
    """The other side: one module importing the driver (raw SQL) keeps it and its engine."""
    files = _gateway(_SOAP)
    files["src/bcol_api/services/audit.py"] = (
        "import psycopg2\n\n\ndef log(dsn, row):\n    psycopg2.connect(dsn).cursor()\n"
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "psycopg2"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_driver_under_an_orm_stays(tmp_path: Path) -> None:
    """The other side: beside an ORM the driver is the ORM's, never imported by the code."""
    files = _gateway(_SOAP)
    files["pyproject.toml"] = files["pyproject.toml"].replace(
        'zeep = "^4.2.1"', 'zeep = "^4.2.1"\nflask-sqlalchemy = "^3.1.1"'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def _flask_service(folder: str, modules: dict[str, str]) -> dict[str, str]:
    """A Flask service of the monorepo beside the API, over the API's package and its models."""
    files = {
        f"{folder}/pyproject.toml": _SERVICE_PYPROJECT.format(name=folder),
        f"{folder}/Dockerfile": "FROM python:3.12\nCMD gunicorn wsgi:app\n",
        f"{folder}/config.py": _CONFIG,
        f"{folder}/tests/conftest.py": "import pytest\n",
    }
    files.update({f"{folder}/{path}": text for path, text in modules.items()})
    return files


_APP = (
    "from flask import Flask\n\nfrom pay_api.resources.ops import bp as ops_bp\n"
    "from {package}.resources import register\n\n\n"
    "def create_app():\n    app = Flask(__name__)\n    register(app)\n"
    "    app.register_blueprint(ops_bp)\n    return app\n"
)


def _queue(route: str) -> dict[str, str]:
    return _flask_service(
        "pay-queue",
        {
            "src/pay_queue/__init__.py": _APP.format(package="pay_queue"),
            "src/pay_queue/resources/__init__.py": (
                "from flask import Blueprint, request\n\nbp = Blueprint('worker', __name__)\n\n\n"
                f"{route}\ndef worker():\n    return request.get_json(), 200\n\n\n"
                "def register(app):\n    app.register_blueprint(bp, url_prefix='/')\n"
            ),
        },
    )


def test_a_flask_service_whose_only_route_takes_pushes_is_a_worker(tmp_path: Path) -> None:
    files = {**_api(), **_queue('@bp.route("/", methods=("POST",))')}
    assert list(by_folder(write(tmp_path, files))) == ["pay-api"]


def test_a_flask_service_with_a_route_of_its_api_stays(tmp_path: Path) -> None:
    """The other side: a POST on a path of its own is an API its clients call."""
    files = {**_api(), **_queue('@bp.route("/events", methods=["POST"])')}
    assert list(by_folder(write(tmp_path, files))) == ["pay-api", "pay-queue"]


def _admin(views: str) -> dict[str, str]:
    return _flask_service(
        "pay-admin",
        {
            "admin/__init__.py": (
                "from flask import Flask, redirect\nfrom flask_admin import Admin\n\n"
                "from pay_api.models import FeeCode, db\nfrom admin.views import FeeCodeView\n\n\n"
                "def create_app():\n    app = Flask(__name__)\n\n"
                '    @app.route("/")\n    def index():\n'
                '        return redirect("/admin/feecode/")\n\n'
                "    flask_admin = Admin(app, name='Fee Admin')\n"
                f"{views}    return app\n"
            ),
            "admin/views.py": (
                "from flask_admin.contrib.sqla import ModelView\n\n\n"
                "class FeeCodeView(ModelView):\n    column_list = ['code', 'amount']\n"
            ),
        },
    )


def test_a_flask_admin_ui_is_no_backend(tmp_path: Path) -> None:
    files = {**_api(), **_admin("    flask_admin.add_view(FeeCodeView(FeeCode, db.session))\n")}
    assert list(by_folder(write(tmp_path, files))) == ["pay-api"]


def test_flask_admin_beside_routes_of_its_own_stays(tmp_path: Path) -> None:
    """The other side: an application that also registers routes of its own serves an API."""
    views = (
        "    flask_admin.add_view(FeeCodeView(FeeCode, db.session))\n\n"
        '    @app.route("/api/v1/fees", methods=["GET"])\n    def fees():\n'
        "        return {}\n\n"
    )
    files = {**_api(), **_admin(views)}
    assert list(by_folder(write(tmp_path, files))) == ["pay-admin", "pay-api"]
