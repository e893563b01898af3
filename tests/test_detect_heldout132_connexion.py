"""Connexion's Flask-backed app, as the hundred-and-thirty-second held-out set showed
(benchmarks/detect_heldout132.yaml, #19): a Connexion 3 `FlaskApp(__name__)` is a Flask
application (its `.app` is the Flask app) though Connexion runs it on a Starlette-based ASGI
stack and the code imports Starlette's CORS middleware; Connexion's `AsyncApp` has no Flask,
and a Starlette app the program really builds beside Flask stays a second framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "workflow-backend"\nversion = "0.1.0"\nrequires-python = ">=3.10"\n'
    "dependencies = [\n"
    '    "connexion[swagger-ui, flask, uvicorn] == 3.3.0",\n'
    '    "flask == 3.1.3",\n'
    '    "Flask-SQLAlchemy >= 3",\n'
    '    "starlette>=0.47.2",\n'
    "]\n"
)

_INIT = (
    "import os\n\n"
    "from connexion import FlaskApp\n"
    "from connexion.middleware import MiddlewarePosition\n"
    "from flask_sqlalchemy import SQLAlchemy\n"
    "from starlette.middleware.cors import CORSMiddleware\n\n"
    "db = SQLAlchemy()\n\n\n"
    "def create_app() -> FlaskApp:\n"
    "    connexion_app = FlaskApp(__name__, server_args={'instance_path': os.environ.get('X')})\n"
    "    app = connexion_app.app\n"
    "    connexion_app.add_middleware(\n"
    "        CORSMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION\n"
    "    )\n"
    "    connexion_app.add_api('api.yml', base_path='/v1.0')\n"
    "    db.init_app(app)\n"
    "    return connexion_app\n"
)


def _tree(init: str = _INIT, pyproject: str = _PYPROJECT) -> dict[str, str]:
    return {
        "backend/pyproject.toml": pyproject,
        "backend/src/workflow_backend/__init__.py": init,
        "backend/src/workflow_backend/api.yml": "openapi: 3.0.2\npaths: {}\n",
    }


def test_a_connexion_flask_app_is_flask_not_starlette(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    backend = found["backend"]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Flask", "== 3.1.3")


def test_connexions_older_app_name_is_flask_too(tmp_path: Path) -> None:
    # `connexion.App(__name__)`: the Flask-backed class under its older name.
    init = _INIT.replace("from connexion import FlaskApp\n", "import connexion\n").replace(
        "FlaskApp(__name__", "connexion.App(__name__"
    )
    backend = by_folder(write(tmp_path, _tree(init)))["backend"]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Flask", "== 3.1.3")


def test_a_connexion_async_app_is_not_read_as_flask(tmp_path: Path) -> None:
    # Counter-case: Connexion's AsyncApp runs no Flask; nothing here starts a Flask app.
    init = _INIT.replace("FlaskApp", "AsyncApp").replace("connexion_app.app", "connexion_app")
    pyproject = _PYPROJECT.replace('    "flask == 3.1.3",\n', "").replace(
        "swagger-ui, flask, uvicorn", "swagger-ui, uvicorn"
    )
    found = by_folder(write(tmp_path, _tree(init, pyproject)))
    for backend in found.values():
        started = [
            f for f in backend.findings if f.kind is K.FRAMEWORK and f.name == "Flask"
        ]
        assert not started


def test_a_starlette_app_built_beside_flask_stays_a_choice(tmp_path: Path) -> None:
    # Counter-case: a real Starlette application (`Starlette(routes=…)`) beside the Flask one
    # is a second framework seen in code, as before: the user chooses.
    files = _tree()
    files["backend/src/workflow_backend/side.py"] = (
        "from starlette.applications import Starlette\n"
        "from starlette.routing import Route\n\n"
        "async def hello(request):\n    ...\n\n"
        "side = Starlette(routes=[Route('/hello', hello)])\n"
    )
    plain = dict(files)
    plain["backend/src/workflow_backend/__init__.py"] = _INIT.replace(
        "from connexion import FlaskApp\n", "from flask import Flask\n"
    ).replace("FlaskApp(__name__", "Flask(__name__")
    connexion = by_folder(write(tmp_path / "connexion", files))["backend"]
    flask = by_folder(write(tmp_path / "flask", plain))["backend"]
    # The Connexion app is read as a plain Flask app is: both frameworks stay in view.
    names = {f.name for f in connexion.findings if f.kind is K.FRAMEWORK}
    assert {"Flask", "Starlette"} <= names
    assert connexion.ambiguous == flask.ambiguous
    assert first(connexion, K.FRAMEWORK) == first(flask, K.FRAMEWORK)
