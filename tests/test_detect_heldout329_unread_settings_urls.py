"""Held-out set 329 (#19): a FastAPI service on Motor keeps, in its pydantic settings, a
PostgreSQL `database_url` default beside the `mongo_url` its database module opens; nothing
reads the old field. The engine is MongoDB. A module reading the field keeps PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = """from pydantic import BaseSettings


class Settings(BaseSettings):
    secret_key: str
    database_url: str = "postgresql://postgres:postgres@postgres/postgres"
    mongo_url: str = "mongodb://root:example@localhost:27017/?authMechanism=DEFAULT"


settings = Settings()
"""

_DATABASE = """from motor.motor_asyncio import AsyncIOMotorClient

from app.config import settings

client = AsyncIOMotorClient(settings.mongo_url)
db = client["app"]
"""

_COMPOSE = """services:
  mongo:
    image: mongo
  app:
    build: .
    depends_on:
      - mongo
"""


def _tree(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "requirements.txt": "fastapi==0.70.0\npydantic==1.8.2\nuvicorn==0.14.0\nmotor==3.0.0\n"
        "pytest\n",
        "Procfile": "web: uvicorn app.main:app --host 0.0.0.0 --port $PORT\n",
        "docker-compose.yml": _COMPOSE,
        "app/__init__.py": "",
        "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "app/config.py": _SETTINGS,
        "app/services/__init__.py": "",
        "app/services/database.py": _DATABASE,
        **(extra or {}),
    }


def _engines(root: Path) -> list[str]:
    return [f.name for f in by_folder(root)["."].findings if f.kind is K.DATABASE]


def test_an_unread_settings_url_gives_way_to_the_client_the_code_opens(tmp_path: Path) -> None:
    engines = _engines(write(tmp_path, _tree()))
    assert engines == ["MongoDB"]


def test_a_read_settings_url_keeps_its_engine(tmp_path: Path) -> None:
    reader = "from app.config import settings\n\nDSN = settings.database_url\n"
    engines = _engines(write(tmp_path, _tree({"app/services/sql.py": reader})))
    assert "PostgreSQL" in engines
