"""A Python service whose own tables live in PostgreSQL through asyncpg, a dozen modules
importing it, and which reads a MongoDB beside it in one module (an import source), its env
file naming only the store by URL (benchmarks/detect_heldout113.yaml, #19): the SQL layer most
of the code imports is the data layer and its engine the primary one. Where the store's client
is imported as often, nothing is decided by the census: the store's URL keeps it first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    "[project]\n"
    'name = "query"\n'
    'version = "1.0.0"\n'
    'requires-python = ">=3.11"\n'
    "dependencies = [\n"
    '    "asyncpg",\n'
    '    "fastapi",\n'
    '    "pymongo (>=4.17.0,<5.0.0)",\n'
    "]\n"
)

_MAIN = (
    "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
    "@app.get('/health')\ndef health():\n    return {}\n"
)

_MONGO = (
    "from pymongo import AsyncMongoClient\n\n\n"
    "def client(uri):\n    return AsyncMongoClient(uri)\n"
)

_TABLE = "from asyncpg import Connection\n\n\nasync def create(connection: Connection):\n    pass\n"


def _tree(tmp_path: Path, tables: int, readers: int) -> dict[str, str]:
    files = {
        "pyproject.toml": _PYPROJECT,
        ".env": "POSTGRES_HOST=localhost:5512\nMONGO_URI=mongodb://localhost:27017\n",
        "query/__init__.py": "",
        "query/main.py": _MAIN,
    }
    for i in range(tables):
        files[f"query/tables/t{i}.py"] = _TABLE
    for i in range(readers):
        files[f"query/sources/m{i}.py"] = _MONGO
    return files


def test_the_sql_layer_most_modules_import_is_primary(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(tmp_path, tables=6, readers=1)))["."]
    assert first(backend, K.QUERY)[0] == "asyncpg"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_store_imported_as_often_keeps_its_rank(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(tmp_path, tables=3, readers=3)))["."]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
