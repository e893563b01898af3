"""Held-out set 145 (#19): beside the product's service, a Flask project in a folder named for
the system it imitates, then `simulator` (`utils/csp-simulator`: a stand-in for the identity
provider that Compose starts for local development, with a SQLite file of fake users) is a
stand-in, as a folder named `*-mock` or `*-stub` is (`nonservices.is_double`): not a backend.
A product named so in one word (`pensionsimulator`) is not set aside."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PYPROJECT = """[tool.poetry]
name = "{name}"
version = "0.1.0"
packages = [{{include = "{package}"}}]

[tool.poetry.dependencies]
python = "^3.11"
Flask = "^3.0.3"
gunicorn = "^23.0.0"
"""

_APP = """import sqlite3

import flask


def create_app() -> flask.Flask:
    app = flask.Flask(__name__)

    @app.get("/auth/login")
    def login():
        with sqlite3.connect(app.config["DATABASE_FILE"]) as conn:
            conn.execute("select 1")
        return "ok"

    return app
"""

_SERVICE = """import flask

app = flask.Flask(__name__)


@app.get("/items")
def items():
    return "[]"
"""


def _tree(folder: str) -> dict[str, str]:
    name = folder.rsplit("/", 1)[-1]
    package = name.replace("-", "_")
    return {
        "api/pyproject.toml": _PYPROJECT.format(name="api", package="api"),
        "api/api/__init__.py": _SERVICE,
        f"{folder}/pyproject.toml": _PYPROJECT.format(name=package, package=package),
        f"{folder}/{package}/__init__.py": _APP,
        f"{folder}/Dockerfile": "FROM python:3.11\nCMD gunicorn 'x:create_app()'\n",
    }


def test_a_simulator_beside_the_service_is_a_stand_in(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("utils/csp-simulator")))
    assert set(found) == {"api"}


def test_an_emulator_beside_the_service_is_a_stand_in(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("dev/queue_emulator")))
    assert set(found) == {"api"}


def test_a_product_named_simulator_in_one_word_stays(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("apps/pensionsimulator")))
    assert set(found) == {"api", "apps/pensionsimulator"}
