"""Held-out set 298 (#19): a CloudEvents push consumer declaring a data layer it never opens.

A monorepo's queue services are started from one template: each pyproject.toml keeps Flask,
Flask-SQLAlchemy, Flask-Migrate and a PostgreSQL driver. One of them takes the messages a
Pub/Sub push subscription delivers (POST at the root, and a second POST-only route for the
results its job reports), reads them as CloudEvents, starts a job and posts the results on;
no module of it binds a database or imports a store's client. It is a worker with no data of
its own, not a backend. A sibling that binds the database to its app and writes it keeps data
of its own and stays one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PYPROJECT = """[tool.poetry]
name = "{name}"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.12"
flask = "^3.0.3"
flask-sqlalchemy = "^3.1.1"
flask-migrate = "^4.0.4"
psycopg2 = "^2.9.9"
gunicorn = "^22.0.0"
simple-cloudevent = "^0.0.2"
"""

_APP = """from flask import Flask

from .resources import register_endpoints
{extra_import}

def create_app():
    app = Flask(__name__)
{extra_init}    register_endpoints(app)
    return app
"""

_RESOURCES_INIT = """from .worker import bp


def register_endpoints(app):
    app.register_blueprint(bp)
"""

_WORKER = """from flask import Blueprint, request
from simple_cloudevent import SimpleCloudEvent
{extra_import}
bp = Blueprint("worker", __name__)


@bp.route("/", methods=("POST",))
def worker():
    ce = request.get_json()
{extra_write}    return {{}}, 200


@bp.route("/bulk-validation-response", methods=("POST",))
def respond():
    return {{}}, 200
"""


def _service(name: str, keeps: bool) -> dict[str, str]:
    base = f"queue_services/{name}"
    package = f"{base}/src/{name.replace('-', '_')}"
    return {
        f"{base}/pyproject.toml": _PYPROJECT.format(name=name),
        f"{base}/wsgi.py": f"from {name.replace('-', '_')} import create_app\napp = create_app()\n",
        f"{package}/__init__.py": _APP.format(
            extra_import="from .models import db\n" if keeps else "",
            extra_init="    db.init_app(app)\n" if keeps else "",
        ),
        f"{package}/models.py": (
            "from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n" if keeps else ""
        ),
        f"{package}/resources/__init__.py": _RESOURCES_INIT,
        f"{package}/resources/worker.py": _WORKER.format(
            extra_import="from ..models import db\n" if keeps else "",
            extra_write="    db.session.commit()\n" if keeps else "",
        ),
    }


_API = {
    "api/pyproject.toml": _PYPROJECT.format(name="registry-api"),
    "api/wsgi.py": "from registry_api import create_app\napp = create_app()\n",
    "api/src/registry_api/__init__.py": (
        "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
        "db = SQLAlchemy()\n\n\ndef create_app():\n    app = Flask(__name__)\n"
        "    db.init_app(app)\n\n    @app.route('/applications')\n"
        "    def applications():\n        return []\n\n    return app\n"
    ),
}
"""The product's API beside the queue services."""


def test_event_consumer_opening_no_store_is_a_worker(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_API, **_service("permit-validator", keeps=False)}))
    assert "api" in found
    assert "queue_services/permit-validator" not in found


def test_event_consumer_writing_its_database_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_API, **_service("permit-pay", keeps=True)}))
    assert "queue_services/permit-pay" in found
