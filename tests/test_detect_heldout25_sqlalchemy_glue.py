"""FastAPI services that declare SQLAlchemy only through a package built on it (held-out sets 67
and 68, #19): FastAPI-SQLAlchemy's sessions, SQLAlchemy-Utils' column types. Their data layer
is SQLAlchemy, at the release the lock resolves, not the driver beneath (psycopg2, asyncpg)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = """[tool.poetry]
name = "store-backend"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.10"
fastapi = "^0.79.0"
uvicorn = "^0.18.2"
FastAPI-SQLAlchemy = "^0.2.1"
alembic = "^1.8.1"
psycopg2-binary = "^2.9.3"

[tool.poetry.dev-dependencies]
pytest = "^7.1.2"
"""


def _locked(*packages: tuple[str, str]) -> str:
    return "".join(
        f'[[package]]\nname = "{name}"\nversion = "{version}"\ncategory = "main"\n'
        f'optional = false\npython-versions = ">=3.7"\n\n'
        for name, version in packages
    )


def test_fastapi_sqlalchemy_makes_sqlalchemy_the_data_layer(tmp_path: Path) -> None:
    files = {
        "backend/pyproject.toml": _PYPROJECT,
        "backend/poetry.lock": _locked(
            ("fastapi", "0.79.0"),
            ("fastapi-sqlalchemy", "0.2.1"),
            ("sqlalchemy", "1.4.37"),
            ("psycopg2-binary", "2.9.3"),
            ("pytest", "7.1.2"),
        ),
        "backend/app/main.py": (
            "from fastapi import FastAPI\nfrom fastapi_sqlalchemy import DBSessionMiddleware\n\n"
            "app = FastAPI()\napp.add_middleware(DBSessionMiddleware, db_url='postgresql://db')\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["backend"]
    assert first(backend, K.ORM) == ("SQLAlchemy", "1.4.37")


_ASYNC_PYPROJECT = """[tool.poetry]
name = "portal-api"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.12"
fastapi = "^0.115.0"
asyncpg = "^0.28.0"
alembic = "^1.11.1"
sqlalchemy_utils = "^0.41.1"
"""


def test_sqlalchemy_utils_makes_sqlalchemy_the_data_layer(tmp_path: Path) -> None:
    files = {
        "apiv2/pyproject.toml": _ASYNC_PYPROJECT,
        "apiv2/poetry.lock": _locked(
            ("fastapi", "0.115.14"),
            ("asyncpg", "0.28.0"),
            ("alembic", "1.18.1"),
            ("sqlalchemy", "2.0.46"),
            ("sqlalchemy-utils", "0.41.2"),
        ),
        "apiv2/main.py": (
            "from fastapi import FastAPI\nfrom sqlalchemy.ext.asyncio import create_async_engine"
            "\n\napp = FastAPI()\nengine = create_async_engine('postgresql+asyncpg://db/app')\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["apiv2"]
    assert first(backend, K.ORM) == ("SQLAlchemy", "2.0.46")
