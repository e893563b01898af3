"""Held-out set 88 (#19): an API built on APIFlask, Flask's app class extended with OpenAPI.

The project's pyproject.toml declares `APIFlask` (not Flask, which APIFlask requires); its
uv.lock resolves apiflask beside the flask it brings; the app factory builds
`APIFlask(__name__, title=..., version=...)` and gunicorn serves `src.app:create_app()`. The
application is a Flask app, on the Flask release the lock resolves. Without APIFlask (a plain
library depending on nothing web) the folder is no backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = """[project]
name = "grants-api"
version = "0.1.0"
requires-python = ">=3.12"
dependencies = [
    "SQLAlchemy[mypy]>=2.0.21,<3",
    "APIFlask>=3.1.0,<4",
    "gunicorn>=23.0.0,<24",
    "psycopg[binary]>=3.1.19,<4",
]
"""

_LOCK = """version = 1
requires-python = ">=3.12"

[[package]]
name = "apiflask"
version = "3.1.1"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "flask" },
]

[[package]]
name = "flask"
version = "3.1.3"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "gunicorn"
version = "23.0.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "sqlalchemy"
version = "2.0.51"
source = { registry = "https://pypi.org/simple" }
"""

_APP = """from apiflask import APIFlask

from src.api.opportunities import opportunity_blueprint


def create_app() -> APIFlask:
    app = APIFlask(__name__, title="Grants API", version="v1")
    app.register_blueprint(opportunity_blueprint)
    return app
"""

_BLUEPRINT = """from apiflask import APIBlueprint

opportunity_blueprint = APIBlueprint("opportunity", __name__)


@opportunity_blueprint.get("/v1/opportunities/<int:opportunity_id>")
def get_opportunity(opportunity_id: int) -> dict:
    return {"id": opportunity_id}
"""


def _tree(app_class: str = "APIFlask") -> dict[str, str]:
    return {
        "api/pyproject.toml": _PYPROJECT.replace("APIFlask>=", f"{app_class}>=")
        if app_class
        else _PYPROJECT.replace('    "APIFlask>=3.1.0,<4",\n', ""),
        "api/uv.lock": _LOCK,
        "api/src/app.py": _APP,
        "api/src/api/opportunities.py": _BLUEPRINT,
    }


def test_an_apiflask_app_is_flask_on_the_locked_flask_release(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["api"]
    assert first(backend, K.FRAMEWORK) == ("Flask", "3.1.3")
    assert first(backend, K.ORM)[0] == "SQLAlchemy"


def test_without_apiflask_declared_nor_started_there_is_no_flask(tmp_path: Path) -> None:
    files = _tree(app_class="")
    files["api/src/app.py"] = "def create_app() -> None:\n    return None\n"
    files["api/src/api/opportunities.py"] = "VALUE = 1\n"
    found = by_folder(write(tmp_path, files))
    assert "api" not in found or first(found["api"], K.FRAMEWORK)[0] != "Flask"


def test_a_flask_subclass_of_another_name_is_not_read_as_apiflask(tmp_path: Path) -> None:
    # Only APIFlask's own class name: `MyFlask(__name__)` built by a library stays unseen.
    files = _tree(app_class="")
    files["api/src/app.py"] = _APP.replace("APIFlask", "MyFlask")
    found = by_folder(write(tmp_path, files))
    assert "api" not in found or first(found["api"], K.FRAMEWORK)[0] != "Flask"
