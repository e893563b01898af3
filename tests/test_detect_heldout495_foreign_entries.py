"""Held-out set 495 (#19): a FastAPI project in `backend/` (pyproject.toml with fastapi and
SQLAlchemy, its routers, models and tests) and, beside it at the root, the `api/` folder Vercel's
Python runtime reads: `api/index.py` builds the FastAPI application from `backend.api.routers`
and `api/requirements.txt` repeats the pins. The entry is `backend`'s application started
elsewhere, not a second backend; an `api/` folder with routes of its own in another module, or
importing no project of the tree, stays one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PYPROJECT = """[project]
name = "backend"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [
    "fastapi==0.114.0",
    "SQLAlchemy==2.0.35",
    "psycopg2-binary==2.9.9",
    "uvicorn==0.30.6",
]
"""

_ROUTER = """from fastapi import APIRouter
from sqlalchemy.orm import Session

router = APIRouter(prefix="/api/tsunami")


@router.get("/is-in-zone")
def is_in_zone(lon: float, lat: float) -> bool:
    return False
"""

_ENTRY = """from fastapi import FastAPI
from backend.api.routers import tsunami_api

app = FastAPI(docs_url="/docs")
app.include_router(tsunami_api.router)
"""

_REQUIREMENTS = "uvicorn==0.30.6\nfastapi==0.114.0\nSQLAlchemy==2.0.35\npsycopg2-binary==2.9.9\n"


def _files(**extra: str) -> dict[str, str]:
    return {
        "backend/pyproject.toml": _PYPROJECT,
        "backend/__init__.py": "",
        "backend/api/__init__.py": "",
        "backend/api/routers/__init__.py": "",
        "backend/api/routers/tsunami_api.py": _ROUTER,
        "backend/api/config.py": 'DATABASE_URL = "postgresql://u:p@db:5432/quakes"\n',
        "api/__init__.py": "",
        "api/index.py": _ENTRY,
        "api/requirements.txt": _REQUIREMENTS,
        "vercel.json": '{"routes": [{"src": "/api/(.*)", "dest": "api/index.py"}]}\n',
        **extra,
    }


def test_a_platform_entry_of_another_projects_app_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _files()))) == ["backend"]


def test_an_entry_with_routes_of_its_own_elsewhere_stays(tmp_path: Path) -> None:
    own = "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n" + (
        '@router.get("/api/status")\ndef status() -> str:\n    return "ok"\n'
    )
    backends = by_folder(write(tmp_path, _files(**{"api/status.py": own})))
    assert "api" in backends


def test_an_entry_importing_no_project_of_the_tree_stays(tmp_path: Path) -> None:
    entry = _ENTRY.replace("from backend.api.routers import tsunami_api\n", "").replace(
        "app.include_router(tsunami_api.router)\n",
        '@app.get("/api/hello")\ndef hello():\n    return "hi"\n',
    )
    backends = by_folder(write(tmp_path, _files(**{"api/index.py": entry})))
    assert "api" in backends
