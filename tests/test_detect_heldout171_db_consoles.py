"""Compose: a database console's connections are not the application's (set 171, #19).

A FastAPI service keeps its tables in PostgreSQL through SQLAlchemy (its settings build a
`postgresql+asyncpg://` URL) and an optional MongoDB beside it. Its production Compose file runs
the published API image, both databases and a DbGate console handed their connections
(`URL_mg: mongodb://…@mongo:27017/`). Read as an application's settings, that URL made MongoDB
the deployed engine; a console's environment says what it browses, not what the app runs on
(`db_consoles`). The same URL in the API service's own environment still counts."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSE = """services:
  api:
    image: acme/lab-api:0.2.0
    env_file:
      - .env
    environment:
      POSTGRES_SERVER: postgres
      MONGODB_SERVER: mongo:27017{api_env}
    depends_on:
      - postgres
      - mongo
  postgres:
    image: postgres:12.18
  mongo:
    image: mongo:7.0.9
  console:
    image: dbgate/dbgate:latest
    environment:
      CONNECTIONS: pg,mg
      SERVER_pg: postgres
      ENGINE_pg: postgres@dbgate-plugin-postgres
      URL_mg: mongodb://${{MONGO_USER}}:${{MONGO_PASS}}@mongo:27017/
      ENGINE_mg: mongo@dbgate-plugin-mongo
"""


def _lab(api_env: str = "") -> dict[str, str]:
    return {
        "requirements.txt": "fastapi==0.109.0\nSQLAlchemy==2.0.25\nasyncpg==0.29.0\n"
        "motor==3.5.1\npymongo==4.8.0\nalembic==1.13.1\n",
        "docker-compose.prod.yml": _COMPOSE.format(api_env=api_env),
        "lab/__init__.py": "",
        "lab/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "lab/config.py": "POSTGRES_SERVER = 'localhost'\n\n\ndef url(user, password, db):\n"
        "    return f'postgresql+asyncpg://{user}:{password}@{POSTGRES_SERVER}/{db}'\n",
        "lab/models.py": "from sqlalchemy.orm import DeclarativeBase\n\n\n"
        "class Base(DeclarativeBase):\n    pass\n",
        "lab/audit.py": "from motor.motor_asyncio import AsyncIOMotorClient\n\n\n"
        "def client(user, password, server):\n"
        "    return AsyncIOMotorClient(f'mongodb://{user}:{password}@{server}/')\n",
    }


def test_a_console_url_is_not_the_apps_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _lab()))["."]
    assert first(found, K.FRAMEWORK)[0] == "FastAPI"
    assert first(found, K.DATABASE)[0] == "PostgreSQL"
    assert first(found, K.ORM)[0] == "SQLAlchemy"


def test_the_apps_own_url_still_counts(tmp_path: Path) -> None:
    # Counter-case: the API service itself is handed the MongoDB URL.
    found = by_folder(write(tmp_path, _lab("\n      MONGO_URL: mongodb://mongo:27017/lab")))
    assert first(found["."], K.DATABASE)[0] == "MongoDB"


def test_console_images() -> None:
    from designer.detect.db_consoles import is_console

    assert is_console("dbgate/dbgate:1.50.0")
    assert is_console("adminer")
    assert is_console("dpage/pgadmin4@sha256:abc")
    assert not is_console("postgres:16")
    assert not is_console("acme/lab-api:0.2.0")
