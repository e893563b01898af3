"""Held-out set 88 (#19): an env example pointing the program's embedded database at a path.

The service (FastAPI over SQLAlchemy's async engine, asyncpg and aiosqlite both declared)
takes one setting for its database: a server's URL (`postgres://…`) or, when it is none, a
folder where it opens a SQLite file. Its `.env.example` sets that folder under a comment
naming SQLite, and offers the PostgreSQL URL only commented out:

    # To use SQLite, choose a directory to store the database
    MINT_DATABASE=data/mint
    # To use PostgreSQL, set the connection string
    # MINT_DATABASE=postgres://cashu:cashu@localhost:5432/cashu

The example's setting names SQLite; a Compose file beside it, for an identity provider's own
PostgreSQL, does not outrank it. Without the comment (a bare path says no engine) the old
answer, PostgreSQL, stays; so it does when the comment names both engines.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = """fastapi==0.115.6
uvicorn==0.31.1
sqlalchemy[asyncio]==2.0.37
asyncpg==0.30.0
aiosqlite==0.20.0
"""

_APP = """from fastapi import FastAPI

app = FastAPI(title="mint")


@app.get("/v1/info")
async def info() -> dict:
    return {"name": "mint"}
"""

_DB = """from sqlalchemy.ext.asyncio import create_async_engine


class Database:
    def __init__(self, name: str, location: str):
        if location.startswith(("postgres://", "postgresql+asyncpg://")):
            uri = location.replace("postgres://", "postgresql+asyncpg://")
        else:
            uri = f"sqlite+aiosqlite:///{location}/{name}.sqlite3"
        self.engine = create_async_engine(uri)
"""

_ENV = """DEBUG=FALSE
MINT_LISTEN_PORT=3338

# To use SQLite, choose a directory to store the database
MINT_DATABASE=data/mint
# To use PostgreSQL, set the connection string
# MINT_DATABASE=postgres://cashu:cashu@localhost:5432/cashu
"""

_KEYCLOAK_COMPOSE = """services:
  postgres:
    image: postgres:16.4
  keycloak:
    image: quay.io/keycloak/keycloak:25.0.6
    environment:
      KC_DB: postgres
      KC_DB_URL: jdbc:postgresql://postgres/cashu
    depends_on:
      - postgres
"""


def _tree(env: str) -> dict[str, str]:
    return {
        "requirements.txt": _REQUIREMENTS,
        "cashu/mint/app.py": _APP,
        "cashu/core/db.py": _DB,
        ".env.example": env,
        "docker/keycloak/docker-compose.yml": _KEYCLOAK_COMPOSE,
    }


def test_a_path_under_a_comment_naming_sqlite_is_the_sqlite_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_ENV)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_sqlite_file_path_needs_no_comment(tmp_path: Path) -> None:
    env = "DATABASE_PATH=./data/app.sqlite3\n"
    backend = by_folder(write(tmp_path, _tree(env)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_bare_path_without_the_comment_says_no_engine(tmp_path: Path) -> None:
    env = _ENV.replace("# To use SQLite, choose a directory to store the database\n", "")
    backend = by_folder(write(tmp_path, _tree(env)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_comment_naming_both_engines_says_no_engine(tmp_path: Path) -> None:
    env = _ENV.replace("To use SQLite,", "SQLite or PostgreSQL:")
    backend = by_folder(write(tmp_path, _tree(env)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_database_name_is_no_path(tmp_path: Path) -> None:
    # `DB_DATABASE=mint` names a server's database, even under a comment mentioning SQLite.
    env = "# SQLite is used in tests only\nDB_DATABASE=mint\n"
    backend = by_folder(write(tmp_path, _tree(env)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
