"""Python: a backend folder whose name only begins with "lint" is no linter's list (set 176, #19).

A pip file is read as a development list by its path (`requirements-lint.txt`,
`tests/requirements.txt`): its requirements are tools, not the application's. A Flask backend
kept in a folder whose name merely starts with those letters (`lintel-backend/`) was read that
way, and its Flask-SQLAlchemy, imported by every model, was left out as a development tool.
"lint" now ends its word (`lint`, `linting`, `linters`, `pylint`); a linters' list keeps being
a development one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "Flask==1.1.2\nFlask-SQLAlchemy==2.3.2\nSQLAlchemy==1.3.19\npsycopg2-binary==2.8.6\n"
    "pytest==7.0.1\n"
)


def _backend(folder: str) -> dict[str, str]:
    return {
        f"{folder}/requirements.txt": _REQUIREMENTS,
        f"{folder}/app/__init__.py": (
            "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
            "app = Flask(__name__)\n"
            'app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://localhost/birds"\n'
            "db = SQLAlchemy(app)\n"
        ),
        f"{folder}/app/models.py": (
            "from app import db\n\n\nclass Bird(db.Model):\n"
            "    id = db.Column(db.Integer, primary_key=True)\n"
        ),
        f"{folder}/conftest.py": "import pytest\n",
        f"{folder}/tests/test_birds.py": "def test_bird():\n    assert True\n",
        "frontend/package.json": '{\n  "name": "birds-ui",\n  "private": true\n}\n',
    }


def test_a_folder_named_with_lint_as_a_prefix_keeps_its_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _backend("lintel-backend")))
    backend = found["lintel-backend"]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.TEST)[0] == "pytest"


def test_a_linters_list_stays_a_development_one(tmp_path: Path) -> None:
    # Counter-case: the same requirements kept as the linters' list beside a runtime one
    # that needs no database: the linters' list lends no data layer.
    files = _backend("backend")
    files["backend/requirements.txt"] = "Flask==1.1.2\n"
    files["backend/requirements-lint.txt"] = _REQUIREMENTS
    files["backend/app/__init__.py"] = "from flask import Flask\n\napp = Flask(__name__)\n"
    del files["backend/app/models.py"]
    found = by_folder(write(tmp_path, files))
    assert first(found["backend"], K.FRAMEWORK)[0] == "Flask"
    assert first(found["backend"], K.ORM) == ("", "")
