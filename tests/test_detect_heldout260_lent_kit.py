"""Python: the framework and driver a registry kit lends the application (set 260, #19).

A payment system's package declares only its organisation's server kit (`servekit==0.4.2`) in
pyproject.toml; uv.lock records that the kit requires fastapi, asyncpg and uvicorn and resolves
fastapi 0.123.0 and asyncpg 0.31.0. Its servers are the kit's (`Server(...)`), which makes the
FastAPI application and runs it, while the project's own routers are FastAPI's (`from fastapi
import APIRouter`) and its stores take asyncpg pools: the kit lends the application FastAPI at
the locked release and asyncpg (on PostgreSQL). Counter-cases: modules that never import
fastapi are given no framework by the kit, and a kit's driver the modules never import is no
data layer of theirs."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "till"\nversion = "2026.2.1"\nrequires-python = ">=3.11"\n'
    'dependencies = [\n    "servekit==0.4.2",\n    "PyYAML==6.0.3",\n]\n'
)

_UV_LOCK = (
    "version = 1\nrevision = 3\nrequires-python = \">=3.11\"\n\n"
    '[[package]]\nname = "asyncpg"\nversion = "0.31.0"\n'
    'source = { registry = "https://pypi.org/simple" }\n\n'
    '[[package]]\nname = "fastapi"\nversion = "0.123.0"\n'
    'source = { registry = "https://pypi.org/simple" }\n'
    'dependencies = [\n    { name = "starlette" },\n]\n\n'
    '[[package]]\nname = "pyyaml"\nversion = "6.0.3"\n'
    'source = { registry = "https://pypi.org/simple" }\n\n'
    '[[package]]\nname = "servekit"\nversion = "0.4.2"\n'
    'source = { registry = "https://pypi.org/simple" }\n'
    'dependencies = [\n    { name = "asyncpg" },\n    { name = "fastapi" },\n'
    '    { name = "uvicorn" },\n]\n\n'
    '[[package]]\nname = "till"\nversion = "2026.2.1"\nsource = { editable = "." }\n'
    'dependencies = [\n    { name = "pyyaml" },\n    { name = "servekit" },\n]\n\n'
    '[package.metadata]\nrequires-dist = [\n'
    '    { name = "pyyaml", specifier = "==6.0.3" },\n'
    '    { name = "servekit", specifier = "==0.4.2" },\n]\n'
)

_SERVER = (
    "from servekit.http import Server\n\nfrom .routers import orders\n\n\n"
    "def run(config):\n"
    '    server = Server(title="Till API", config=config.http, cors=True)\n'
    "    server.add_router(orders.router)\n    server.run()\n"
)

_ROUTER = (
    "from fastapi import APIRouter\n\n"
    'router = APIRouter(prefix="/orders")\n\n\n'
    '@router.get("")\nasync def list_orders():\n    return []\n'
)

_STORE = (
    "import asyncpg\n\n\nclass Store:\n"
    "    def __init__(self, pool: asyncpg.Pool):\n        self.pool = pool\n"
)


def _till() -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "uv.lock": _UV_LOCK,
        "till/__init__.py": "",
        "till/server.py": _SERVER,
        "till/routers/__init__.py": "",
        "till/routers/orders.py": _ROUTER,
        "till/store.py": _STORE,
        # The image that runs it: what makes the package a deployed program, not a library.
        "Dockerfile": 'FROM python:3.12\nCOPY . /app\nRUN pip install /app\nCMD ["till"]\n',
    }


def test_a_kit_lends_its_framework_and_driver(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _till()))
    assert first(found["."], K.FRAMEWORK) == ("FastAPI", "0.123.0")
    assert first(found["."], K.QUERY) == ("asyncpg", "0.31.0")
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_code_not_importing_the_framework_is_lent_none(tmp_path: Path) -> None:
    # Counter-case: the routes are plain functions the kit's server registers; no module
    # imports fastapi, so the kit's framework is not shown to be the application's.
    files = _till()
    files["till/routers/orders.py"] = "async def list_orders():\n    return []\n"
    found = by_folder(write(tmp_path, files))
    assert "." not in found or first(found["."], K.FRAMEWORK)[0] != "FastAPI"


def test_a_kit_driver_never_imported_lends_no_data(tmp_path: Path) -> None:
    # Counter-case: the store keeps files, not rows; asyncpg is only the kit's.
    files = _till()
    files["till/store.py"] = "import json\n\n\nclass Store:\n    path = 'orders.json'\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("FastAPI", "0.123.0")
    assert first(found["."], K.QUERY) == ("", "")
