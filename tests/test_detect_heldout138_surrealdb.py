"""SurrealDB's clients as a backend's data layer (benchmarks/detect_heldout138.yaml, #19): the
Python SDK `surrealdb` (a FastAPI service awaiting `AsyncSurreal` queries), the JavaScript SDK
(`surrealdb`, `surrealdb.js` before 1.0) and the Rust crate `surrealdb`, each the data layer,
named by its package, over the SurrealDB engine; and the official image in a Compose file."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, package_json, write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "notes"\nversion = "1.0.0"\nrequires-python = ">=3.11"\n'
    'dependencies = [\n    "fastapi>=0.104.0",\n    "surrealdb>=1.0.4",\n'
    '    "uvicorn>=0.24.0",\n]\n\n[dependency-groups]\ndev = [\n    "pytest>=9.0.3",\n]\n'
)
_MAIN = 'from fastapi import FastAPI\n\napp = FastAPI(title="Notes API")\n'
_REPOSITORY = (
    "from surrealdb import AsyncSurreal, RecordID\n\n\n"
    "async def repo_query(query: str):\n"
    '    async with AsyncSurreal("ws://localhost:8000/rpc") as db:\n'
    "        return await db.query(query)\n"
)
_COMPOSE = (
    "services:\n  surrealdb:\n    image: surrealdb/surrealdb:v2\n"
    "  notes:\n    build: .\n    environment:\n      - SURREAL_URL=ws://surrealdb:8000/rpc\n"
    "    depends_on:\n      - surrealdb\n"
)


def test_python_sdk_is_the_data_layer_over_surrealdb(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": _PYPROJECT,
        "api/main.py": _MAIN,
        "notes/database/repository.py": _REPOSITORY,
        "docker-compose.yml": _COMPOSE,
        "tests/test_notes.py": "def test_note():\n    assert True\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "FastAPI"
    assert first(backend, K.QUERY)[0] == "surrealdb"
    assert first(backend, K.DATABASE)[0] == "SurrealDB"


def test_without_the_client_surrealdb_is_not_named(tmp_path: Path) -> None:
    """Counter-case: the same service on SQLAlchemy over PostgreSQL names no SurrealDB."""
    files = {
        "pyproject.toml": _PYPROJECT.replace('"surrealdb>=1.0.4"', '"sqlalchemy>=2.0"').replace(
            '"uvicorn>=0.24.0",', '"uvicorn>=0.24.0",\n    "psycopg2-binary>=2.9",'
        ),
        "api/main.py": _MAIN,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert all(f.name not in ("SurrealDB", "surrealdb") for f in backend.findings)


@pytest.mark.parametrize("package", ["surrealdb", "surrealdb.js"])
def test_javascript_sdk_is_the_data_layer_over_surrealdb(tmp_path: Path, package: str) -> None:
    files = {
        "package.json": package_json({package: "^1.3.2", "express": "^4.21.2"}),
        "src/server.js": (
            "const express = require('express')\n\nconst app = express()\napp.listen(3000)\n"
        ),
        "src/db.js": (
            f"const {{ Surreal }} = require('{package}')\n\nmodule.exports = new Surreal()\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "surrealdb"
    assert first(backend, K.DATABASE)[0] == "SurrealDB"


def test_rust_crate_is_the_data_layer_over_surrealdb(tmp_path: Path) -> None:
    files = {
        "Cargo.toml": cargo('axum = "0.8.8"', 'surrealdb = "2.3"', 'tokio = "1"'),
        "src/main.rs": (
            "use axum::Router;\nuse surrealdb::Surreal;\n\n#[tokio::main]\nasync fn main() {\n"
            '    let listener = tokio::net::TcpListener::bind("0.0.0.0:5050").await.unwrap();\n'
            "    axum::serve(listener, Router::new()).await.unwrap();\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "surrealdb"
    assert first(backend, K.DATABASE)[0] == "SurrealDB"
