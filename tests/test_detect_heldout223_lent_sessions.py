"""Python: SQLAlchemy lent by the product's core library, seen in session queries (set 223, #19).

A Flask API takes its models, managers and database module from a registry package of its own
product (`acme_core`, which builds the SQLAlchemy engine from `DATABASE_URI`): requirements.txt
names that package and psycopg2, no module imports psycopg2, and the blueprints query through
the library's session (`session.query(Project).get(project_id)`). The data layer is SQLAlchemy,
which the library lends (`py_lent_sessions`); the driver stays beneath it. Counter-cases: a
module importing the driver keeps it the data layer, and so does code calling only the
library's managers, with no session query of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BLUEPRINT = (
    "from flask import Blueprint, jsonify\n\n"
    "from acme_core.dal.database import db\n"
    "from acme_core.dal.project.model import Project\n"
    "import acme_core.dal.project.manager as project_manager\n\n"
    "bp = Blueprint('project', __name__)\n\n\n"
    "@bp.route('/<project_id>', methods=['DELETE'])\n"
    "def delete_project(project_id):\n"
    "    with db.session_scope() as session:\n"
    "        project = {lookup}\n"
    "        project_manager.delete_project(project_id, session)\n"
    "        session.commit()\n"
    "    return jsonify(project.id), 200\n"
)


def _api(lookup: str = "session.query(Project).get(project_id)") -> dict[str, str]:
    return {
        "requirements.txt": (
            "celery==4.1.0\nFlask==0.12.2\ngunicorn==19.7.1\nacme_core==0.0.34\n"
            "psycopg2==2.7.3.1\nredis==2.10.6\n"
        ),
        "requirements_test.txt": "-r requirements.txt\npytest==3.2.1\nSQLAlchemy==1.1.14\n",
        "docker-compose.yml": (
            "version: '3'\nservices:\n  postgres:\n    image: postgres:9.6-alpine\n"
            "  redis:\n    image: redis:3-alpine\n"
        ),
        "acme_api/__init__.py": "",
        "acme_api/app.py": (
            "from acme_core.dal.database import db\n\nfrom .api.flask import setup_api\n\n"
            "db.init_engine()\nflask_app = setup_api()\n"
        ),
        "acme_api/api/__init__.py": "",
        "acme_api/api/flask.py": (
            "from flask import Flask\n\nfrom .project_blueprint import bp\n\n\n"
            "def setup_api():\n    flask_app = Flask('acme_api')\n"
            "    flask_app.register_blueprint(bp, url_prefix='/api/1/project')\n"
            "    return flask_app\n"
        ),
        "acme_api/api/project_blueprint.py": _BLUEPRINT.format(lookup=lookup),
        "tests/unit/test_project.py": (
            "from unittest import TestCase\n\n\nclass ProjectTest(TestCase):\n"
            "    def test_ok(self):\n        self.assertTrue(True)\n"
        ),
    }


def _layers(root: Path) -> list[tuple[str, str]]:
    backend = by_folder(root)["."]
    return [(f.kind.name, f.name) for f in backend.findings if f.kind in (K.ORM, K.QUERY)]


def test_a_lent_session_query_makes_sqlalchemy_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _api()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert _layers(tmp_path)[0] == ("ORM", "SQLAlchemy")


def test_without_the_test_requirements_too(tmp_path: Path) -> None:
    # The tests' own SQLAlchemy is not what names it: the session query does.
    files = _api()
    del files["requirements_test.txt"]
    assert _layers(write(tmp_path, files))[0] == ("ORM", "SQLAlchemy")


def test_a_module_opening_the_driver_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the code runs its own SQL through the driver.
    files = _api()
    files["acme_api/api/reports.py"] = (
        "import psycopg2\n\n\ndef connect(url):\n    return psycopg2.connect(url)\n"
    )
    assert _layers(write(tmp_path, files))[0] == ("QUERY", "psycopg2")


def test_managers_alone_are_no_session_query(tmp_path: Path) -> None:
    # Counter-case: nothing in the code is written to SQLAlchemy's Query API.
    files = _api(lookup="project_manager.get_project(project_id, session)")
    assert _layers(write(tmp_path, files))[0] == ("QUERY", "psycopg2")
