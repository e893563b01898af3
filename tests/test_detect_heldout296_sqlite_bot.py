"""Held-out set 296 (#19): a bot's FastAPI whose own data is SQLite through the standard library.

Its requirements.txt pins SQLAlchemy and psycopg2-binary that no module imports; its
database.py opens its own files with `sqlite3.connect`. The root Compose file runs a PgBouncer
image whose `DATABASE_URL` is the upstream of the portal built from another folder. The
declared ORM and driver are dropped for the sqlite3 the code opens, and the pooler's URL
configures no program of the tree. A module importing SQLAlchemy keeps it.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = """fastapi==0.140.7
uvicorn==0.51.0
SQLAlchemy==2.0.51
psycopg2-binary==2.9.12
"""

_API = """from fastapi import FastAPI

app = FastAPI()


@app.get("/health")
def health():
    return {"ok": True}
"""

_DATABASE = """import sqlite3


def orders(db_path):
    conn = sqlite3.connect(db_path)
    return conn.execute("SELECT * FROM orders").fetchall()
"""

_COMPOSE = """services:
  pgbouncer:
    image: edoburu/pgbouncer:v1.24.1-p1
    environment:
      - "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}"
  bot:
    build:
      context: .
      dockerfile: Dockerfile.bot
    depends_on:
      - pgbouncer
"""


def _files(database: str = _DATABASE) -> dict[str, str]:
    return {
        "requirements.txt": _REQUIREMENTS,
        "bot_rest_api.py": _API,
        "database.py": database,
        "docker-compose.yml": _COMPOSE,
        "Dockerfile.bot": 'FROM python:3.11-slim\nCOPY . .\nCMD ["python", "bot_rest_api.py"]\n',
    }


def test_stdlib_sqlite_outweighs_unimported_orm_and_pooler(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files()))["."]
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY)[0] == "sqlite3"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_imported_orm_stays(tmp_path: Path) -> None:
    database = _DATABASE + "\nfrom sqlalchemy import create_engine\n"
    backend = by_folder(write(tmp_path, _files(database)))["."]
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
