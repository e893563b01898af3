"""A FastAPI application whose package lives in `backend/` while the root's `pyproject.toml`
and `uv.lock` declare and pin what it runs on (held-out set 494, #19). `backend/` keeps a
`pyproject.toml` of metadata only (name, version, authors) and an older pin list: the backend is
keyed at the root, whose project the Dockerfile installs (`py_root_projects`). Its engine is the
program's own default (`os.getenv("DB_URL") or "sqlite+aiosqlite:///…"`): the Compose files named
for the engine each starts (`docker-compose.my.yml`, `docker-compose.pg.yml`, beside a
`docker-compose.sqlite.yml` running the app alone) are alternatives the user picks from, their
`DB_URL` settings too (`compose_variants.named_variants`). Counter-cases: a package folder whose
own `pyproject.toml` declares dependencies stays a project of its own; a Compose file not named
for its engine stays the deployment."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """\
[project]
name = "cards"
version = "1.8.2"
requires-python = ">=3.13"
dependencies = [
    "aiosqlite>=0.22.1",
    "asyncmy>=0.2.11",
    "asyncpg>=0.31.0",
    "fastapi>=0.138.0",
    "sqlalchemy>=2.0",
    "uvicorn>=0.49.0",
]

[tool.uv]
package = false
"""

_LOCK = """\
version = 1
requires-python = ">=3.13"

[[package]]
name = "fastapi"
version = "0.138.0"
source = { registry = "https://pypi.org/simple" }
"""

_META = """\
[project]
name = "Cards"
version = "0.0.11"
description = "Keeps your discount cards in one place."
requires-python = ">=3.11"
"""

_CONFIG = """\
import os


class Config:
    DB_URL = (
        os.getenv("DB_URL")
        or "sqlite+aiosqlite:////cards/cards.db"
    )
"""

_APP = """\
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import create_async_engine

from backend.config import Config

engine = create_async_engine(Config.DB_URL)
app = FastAPI()


@app.get("/api/health")
async def health():
    return {"ok": True}
"""

_MYSQL = """\
services:
  db:
    image: mysql:8.3
  app:
    image: acme/cards:latest
    environment:
      DB_URL: mysql+asyncmy://cards:pass@db:3306/cards
"""

_PG = """\
services:
  db:
    image: postgres:16
  app:
    image: acme/cards:latest
    environment:
      DB_URL: postgresql+asyncpg://cards:pass@db:5432/cards
"""


def _project(meta: str = _META, mysql_name: str = "docker-compose.my.yml") -> dict[str, str]:
    return {
        "pyproject.toml": _ROOT,
        "uv.lock": _LOCK,
        "Dockerfile": (
            "FROM python:3.13\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\n"
            "RUN uv sync --locked --no-dev\nCOPY backend /app/backend\n"
            'CMD ["python", "-m", "backend.start"]\n'
        ),
        mysql_name: _MYSQL,
        "docker-compose.pg.yml": _PG,
        "docker-compose.sqlite.yml": "services:\n  app:\n    image: acme/cards:latest\n",
        "backend/__init__.py": "",
        "backend/pyproject.toml": meta,
        "backend/requirements.txt": "fastapi==0.121.0\nSQLAlchemy==2.0.44\naiosqlite==0.21.0\n",
        "backend/config.py": _CONFIG,
        "backend/app.py": _APP,
        "backend/start.py": (
            "import uvicorn\n\nif __name__ == '__main__':\n"
            "    uvicorn.run('backend.app:app', host='0.0.0.0', port=8000)\n"
        ),
    }


def test_a_metadata_only_package_folder_is_keyed_at_the_root(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _project()))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "FastAPI"


def test_compose_files_named_for_their_engines_are_alternatives(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _project()))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_package_folder_declaring_dependencies_keeps_its_key(tmp_path: Path) -> None:
    meta = _META + 'dependencies = ["fastapi>=0.121.0"]\n'
    found = by_folder(write(tmp_path, _project(meta=meta)))
    assert "." not in found and "backend" in found


def test_a_compose_file_not_named_for_its_engine_is_the_deployment(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _project(mysql_name="docker-compose.prod.yml")))
    assert first(found["."], K.DATABASE)[0] == "MySQL"
