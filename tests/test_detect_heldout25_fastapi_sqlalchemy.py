"""A FastAPI service whose sessions come from FastAPI-SQLAlchemy (held-out set 68, #19): its
data layer is SQLAlchemy, at the release the lock resolves, not the psycopg2 driver beneath."""

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
