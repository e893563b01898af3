"""Python: a Flask app built by an organisation's own subclass of Flask, from a shared library
installed by URL, with no Flask line in any manifest (set 393, #19).

requirements.txt installs `org.flask-base @ git+https://…` beside Flask-SQLAlchemy; the app is
`FlaskBase(__name__, "site")`, imported from `org.flask_base.app`: the framework is Flask, with
no version stated (`ecosystems.python`'s rule)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = """import os

from orgweb.flask_base.app import FlaskBase
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

app = FlaskBase(
    __name__, "security-api", template_folder="../templates"
)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL")
db.init_app(app)
"""


def _tree(app: str) -> dict[str, str]:
    return {
        "requirements.txt": "orgweb.flask-base @ git+https://github.com/example/flask-base@main\n"
        "Flask-SQLAlchemy==3.0.0\nSQLAlchemy==1.4.51\npsycopg2-binary==2.9.9\ngunicorn==21.2.0\n",
        "webapp/__init__.py": "",
        "webapp/app.py": app,
    }


def test_a_house_flask_subclass_is_flask(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_APP)))["."]
    assert first(backend, K.FRAMEWORK) == ("Flask", "")
    assert first(backend, K.ORM)[0] == "SQLAlchemy"


def test_a_class_from_elsewhere_is_not_flask(tmp_path: Path) -> None:
    # Counter-case: the class is named for Flask but imported from a module that is no Flask
    # library (`orgweb.base`): nothing says it is Flask's app.
    app = _APP.replace("orgweb.flask_base.app", "orgweb.base.app")
    found = by_folder(write(tmp_path, _tree(app)))
    assert all(first(b, K.FRAMEWORK)[0] != "Flask" for b in found.values())
