"""A Flask application served through a Starlette shell that mounts it with WSGIMiddleware
beside an MCP endpoint: Flask is the application's framework. Beside it, Flask started in
code no manifest of the tree's root declares (an extension's app.py, a script's mock
server) runs on what another project installed: no backend (#19,
benchmarks/detect_heldout59.yaml)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "alembic>=1.13,<2\nFlask==3.1.3\nflask-restx==1.3.2\nsqlalchemy>=2.0,<3\n"
    "psycopg[binary,pool]>=3.1,<4\nstarlette>=1.0,<2\nuvicorn[standard]>=0.30,<1\n"
    "a2wsgi==1.10.8\n"
)

_APP = "from flask import Flask\n\napp = Flask(__name__)\n"

_ASGI = (
    "from a2wsgi import WSGIMiddleware\nfrom starlette.applications import Starlette\n"
    "from starlette.routing import Mount\n\nfrom application.app import app as flask_app\n"
    "from application.mcp_server import mcp\n\nmcp_app = mcp.http_app(path=\"/\")\n\n"
    "asgi_app = Starlette(\n    routes=[\n        Mount(\"/mcp\", app=mcp_app),\n"
    "        Mount(\"/\", app=WSGIMiddleware(flask_app, workers=8)),\n    ],\n)\n"
)


def _tree(asgi: str = _ASGI, **extra: str) -> dict[str, str]:
    return {
        "application/requirements.txt": _REQUIREMENTS,
        "application/app.py": _APP,
        "application/asgi.py": asgi,
        **extra,
    }


def test_the_mounted_wsgi_application_is_the_framework(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["application"]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Flask", "==3.1.3")


def test_a_starlette_app_of_its_own_beside_flask_leaves_the_choice(tmp_path: Path) -> None:
    asgi = (
        "from starlette.applications import Starlette\nfrom starlette.routing import Route\n\n"
        "asgi_app = Starlette(routes=[Route(\"/stream\", stream)])\n"
    )
    backend = by_folder(write(tmp_path, _tree(asgi)))["application"]
    assert backend.ambiguous


def test_undeclared_flask_in_the_roots_extensions_is_no_backend(tmp_path: Path) -> None:
    files = _tree(
        **{
            "pytest.ini": "[pytest]\ntestpaths = tests\n",
            "tests/conftest.py": "import pytest\n",
            "tests/requirements.txt": "pytest>=8.0.0\n",
            "extensions/chatwoot/__init__.py": "",
            "extensions/chatwoot/app.py": _APP,
            "scripts/mock_llm.py": _APP,
        }
    )
    backends = by_folder(write(tmp_path, files))
    assert set(backends) == {"application"}
    assert first(backends["application"], K.TEST)[0] == "pytest"


def test_a_python_app_without_a_manifest_alone_stays(tmp_path: Path) -> None:
    files = {"app.py": _APP, "views.py": "from app import app\n"}
    assert set(by_folder(write(tmp_path, files))) == {"."}
