"""Held-out sets 35, 37 and 63 (#19), as the lead settled what a backend is in session 34:
a Flask worker fed by Pub/Sub pushes (its one route of its own takes POST at the root) is a
backend when it keeps data of its own, that is when it binds the Flask-SQLAlchemy object of
the product API's package to its own app (`db.init_app(app)`) and writes through it
(`db.session.commit()`, a model's `save_to_db()`). Its data layer is then the one that
package declares, though its own manifest names only the package (a git dependency on the
API's folder). A worker binding the store only to read it, beside a bare Flask-RESTX `Api()`
mounting another package's probes at `/ops`, keeps no data and stays out, as does one binding
none.

And a project declaring Flask-RESTX (set 63's relay), whose lock resolves Flask beneath it,
runs Flask on the lock's release.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API = (
    '[tool.poetry]\nname = "acme-api"\nversion = "1.0.0"\npackages = [{include = "acme_api", '
    'from = "src"}]\n\n[tool.poetry.dependencies]\npython = "^3.12"\nflask = "3.0.2"\n'
    'flask-sqlalchemy = "^3.1.1"\npg8000 = "*"\ngunicorn = "^23.0.0"\n\n'
    '[tool.poetry.group.dev.dependencies]\npytest = "^8.3.5"\n'
)

_WORKER = (
    '[tool.poetry]\nname = "acme-queue"\nversion = "1.0.0"\n\n'
    '[tool.poetry.dependencies]\npython = "^3.12"\ngunicorn = "^23.0.0"\n'
    'acme-api = { git = "https://example.org/acme.git", branch = "main", '
    'subdirectory = "acme-api" }\nsimple-cloudevent = { git = "https://example.org/sce.git" }\n'
    '\n[tool.poetry.group.dev.dependencies]\npytest = "^8.3.5"\n'
)

_LOCK = (
    '[[package]]\nname = "flask"\nversion = "3.0.2"\n\n'
    '[[package]]\nname = "flask-sqlalchemy"\nversion = "3.1.1"\n\n'
    '[[package]]\nname = "sqlalchemy"\nversion = "2.0.50"\n'
)

_CONFIG = "SQLALCHEMY_DATABASE_URI = 'postgresql+pg8000://'\n"


def _api() -> dict[str, str]:
    return {
        "acme-api/pyproject.toml": _API,
        "acme-api/src/acme_api/config.py": _CONFIG,
        "acme-api/src/acme_api/models/__init__.py": (
            "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"
        ),
        "acme-api/src/acme_api/__init__.py": (
            "from flask import Flask\n\nfrom acme_api.models import db\n"
            "from acme_api.resources import bp\n\n\ndef create_app():\n"
            "    app = Flask(__name__)\n    db.init_app(app)\n    app.register_blueprint(bp)\n"
            "    return app\n"
        ),
        "acme-api/src/acme_api/resources.py": (
            "from flask import Blueprint\n\nbp = Blueprint('api', __name__)\n\n\n"
            "@bp.route('/api/v1/orgs', methods=['GET'])\ndef orgs():\n    return []\n"
        ),
    }


def _worker(handler: str, init: str = "    db.init_app(app)\n") -> dict[str, str]:
    base = "queue_services/acme-queue"
    return {
        f"{base}/pyproject.toml": _WORKER,
        f"{base}/poetry.lock": _LOCK,
        f"{base}/Dockerfile": "FROM python:3.12\nCMD gunicorn wsgi:app\n",
        f"{base}/src/acme_queue/config.py": _CONFIG,
        f"{base}/src/acme_queue/__init__.py": (
            "from flask import Flask\nfrom flask_restx import Api\n\n"
            "from acme_api.models import db\nfrom acme_api.resources.ops import api as ops\n\n"
            "from .resources import register_endpoints\n\n\ndef create_app():\n"
            f"    app = Flask(__name__)\n{init}    register_endpoints(app)\n"
            "    api = Api()\n    api.add_namespace(ops, path='/ops')\n    api.init_app(app)\n"
            "    return app\n"
        ),
        f"{base}/src/acme_queue/resources/__init__.py": (
            "from .worker import bp as worker_endpoint\n\n\ndef register_endpoints(app):\n"
            '    app.register_blueprint(url_prefix="/", blueprint=worker_endpoint)\n'
        ),
        f"{base}/src/acme_queue/resources/worker.py": (
            "from flask import Blueprint, request\nfrom simple_cloudevent import SimpleCloudEvent"
            "\n\nfrom acme_api.models import db, Org\n\n"
            'bp = Blueprint("worker", __name__)\n\n\n'
            '@bp.route("/", methods=("POST",))\ndef worker():\n' + handler + "    return {}, 200\n"
        ),
    }


_WRITES = "    org = Org.find(request.json['id'])\n    org.status = 'ok'\n    db.session.commit()\n"
_READS = "    org = Org.find(request.json['id'])\n    post_to_feeder(org)\n"
_SAVES = "    org = Org.find(request.json['id'])\n    org.save_to_db()\n"


def test_a_push_worker_writing_the_store_it_binds_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_api(), **_worker(_WRITES)}))
    assert set(found) == {"acme-api", "queue_services/acme-queue"}
    worker = found["queue_services/acme-queue"]
    assert first(worker, K.FRAMEWORK) == ("Flask", "3.0.2")
    assert first(worker, K.ORM)[0] == "SQLAlchemy"
    assert first(worker, K.DATABASE)[0] == "PostgreSQL"


def test_a_push_worker_saving_models_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_api(), **_worker(_SAVES)}))
    assert "queue_services/acme-queue" in found


def test_a_push_worker_only_reading_the_store_it_binds_is_no_backend(tmp_path: Path) -> None:
    # Counter-case: it looks rows up and hands them on; nothing is written.
    found = by_folder(write(tmp_path, {**_api(), **_worker(_READS)}))
    assert set(found) == {"acme-api"}


def test_a_push_worker_binding_no_store_is_no_backend(tmp_path: Path) -> None:
    # Counter-case: a mailer sending what it is pushed, with no store bound to its app.
    found = by_folder(write(tmp_path, {**_api(), **_worker(_WRITES, init="")}))
    assert set(found) == {"acme-api"}


_RELAY = (
    '[tool.poetry]\nname = "relay"\nversion = "0.1.0"\npackages = [{include = "relay"}]\n\n'
    '[tool.poetry.dependencies]\npython = "^3.12"\nflask-restx = "^1.3.0"\n'
    'gunicorn = "^23.0.0"\nsqlalchemy = "^2.0.38"\npsycopg2 = "^2.9.10"\n'
)


_RELAY_LOCK = (
    '[[package]]\nname = "flask"\nversion = "3.1.0"\n\n'
    '[[package]]\nname = "flask-restx"\nversion = "1.3.0"\n'
)


def _relay(manifest: str, lock: str = _RELAY_LOCK) -> dict[str, str]:
    return {
        "services/relay/pyproject.toml": manifest,
        "services/relay/poetry.lock": lock,
        "services/relay/Dockerfile": "FROM python:3.12\nCMD gunicorn wsgi:app\n",
        "services/relay/wsgi.py": "from relay import create_app\n\napp = create_app()\n",
        "services/relay/relay/__init__.py": (
            "from flask import Flask\n\nfrom relay.endpoints import register_endpoints\n\n\n"
            "def create_app():\n    app = Flask(__name__)\n    register_endpoints(app)\n"
            "    return app\n"
        ),
        "services/relay/relay/endpoints/__init__.py": (
            "from flask_restx import Api\n\nfrom .payments import payments_api\n\n\n"
            "def register_endpoints(app):\n    api = Api(app, title='Relay')\n"
            '    api.add_namespace(payments_api, path="/payments")\n'
        ),
        "services/relay/relay/endpoints/payments.py": (
            "from flask_restx import Namespace, Resource\n\n"
            'payments_api = Namespace("payments")\n\n\n'
            '@payments_api.route("/pay", methods=["GET"])\nclass Pay(Resource):\n'
            "    def get(self):\n        return {}\n"
        ),
    }


def test_a_project_declaring_flask_restx_runs_flask(tmp_path: Path) -> None:
    # Beside the product's API, which declares Flask itself.
    found = by_folder(write(tmp_path, {**_api(), **_relay(_RELAY)}))
    assert first(found["services/relay"], K.FRAMEWORK) == ("Flask", "3.1.0")


def test_a_project_declaring_no_flask_at_all_is_not_read_as_flask(tmp_path: Path) -> None:
    # Counter-case: without Flask-RESTX (nor Flask) declared, nor in its lock, the app starts a
    # framework nothing installs, as before. (A lock of its own installing Flask would make it
    # Flask's: set 437's Ray Serve ingress.)
    lock = '[[package]]\nname = "gunicorn"\nversion = "23.0.0"\n'
    relay = _relay(_RELAY.replace('flask-restx = "^1.3.0"\n', ""), lock)
    found = by_folder(write(tmp_path, {**_api(), **relay}))
    assert "services/relay" not in found
