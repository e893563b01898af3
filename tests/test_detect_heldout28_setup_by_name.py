"""Held-out set 90 (#19): a Flask application whose only dependency list is its setup.py's,
passed to `setup(` by a variable's name, and installed by a `requirements.txt` of `-e .`.

setup.py assigns `requirements = ["Flask==1.1.2", "Flask-SQLAlchemy==2.4.4", …]` and calls
`setup(install_requires=requirements)`; requirements.txt holds only `-e .`; the app factory in
the package builds `Flask(__name__)` and `run.py` starts it. The folder's own pip file installs
the package: its requirements are the application's (framework Flask 1.1.2, SQLAlchemy,
PostgreSQL through psycopg2). Without the `-e .` (or with it only in a development list) the
list passed by name stays unread, as before: a package of a larger project packaged on its
own does not become a project declaring the framework.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETUP = """from setuptools import setup, find_packages

requirements = [
    "alembic==0.9.10",
    "Flask==1.1.2",
    "Flask-SQLAlchemy==2.4.4",
    "psycopg2-binary>=2.7.6.1",
    "SQLAlchemy>=1.3.0",
]

setup(
    name="crowd",
    version="1.0",
    packages=find_packages(),
    install_requires=requirements,
)
"""

_CORE = """from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


def create_app():
    app = Flask(__name__)
    db.init_app(app)
    app.add_url_rule("/api/project", "projects", lambda: "[]")
    return app
"""


def _tree(requirements: dict[str, str]) -> dict[str, str]:
    return {
        "setup.py": _SETUP,
        **requirements,
        "crowd/__init__.py": "",
        "crowd/core.py": _CORE,
        "run.py": "from crowd.core import create_app\n\napp = create_app()\n",
    }


def test_a_runtime_pip_file_installing_the_package_takes_its_named_list(
    tmp_path: Path,
) -> None:
    found = by_folder(
        write(
            tmp_path,
            _tree({"requirements.txt": "--index-url https://pypi.python.org/simple/\n\n-e .\n"}),
        )
    )
    backend = found["."]
    assert first(backend, K.FRAMEWORK) == ("Flask", "==1.1.2")
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_without_the_self_install_the_named_list_stays_unread(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree({"requirements.txt": "gunicorn==20.0.4\n"})))
    assert "." not in found or first(found["."], K.FRAMEWORK)[1] != "==1.1.2"


def test_a_development_list_installing_the_package_is_not_the_deployment(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree({"requirements-dev.txt": "-e .\npytest==7.4.4\n"})))
    assert "." not in found or first(found["."], K.FRAMEWORK)[1] != "==1.1.2"
