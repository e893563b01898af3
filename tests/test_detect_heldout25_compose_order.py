"""A Compose service whose written-out environment names no database waits for the database
only to start in order (#19, set 68): the relay's engine is none, while the API configured
with a DATABASE_URL keeps the database it depends on."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_KOA = "const Koa = require('koa');\n\nconst app = new Koa();\napp.listen(3007);\n"

_COMPOSE = """services:
  relay:
    build:
      context: ..
      dockerfile: ./relay/Dockerfile
    environment:
      NODE_ENV: development
      GRAPHQL_URL: http://api:3001/graphql
    depends_on:
      - database
  api:
    build:
      context: ..
      dockerfile: ./api/Dockerfile
    environment:
      DATABASE_URL: postgresql://api:api@database/api
    depends_on:
      - database
  database:
    image: 'postgres:15'
"""


def test_a_service_waiting_for_a_database_it_is_not_told_of(tmp_path: Path) -> None:
    files = {
        "relay/package.json": package_json({"koa": "^2.15.4"}, main="index.js"),
        "relay/index.js": _KOA,
        "relay/Dockerfile": "FROM node:20\nCOPY . .\nCMD [\"node\", \"index.js\"]\n",
        "api/package.json": package_json({"koa": "^2.15.4", "pg": "^8.11.3"}, main="index.js"),
        "api/index.js": _KOA,
        "api/Dockerfile": "FROM node:20\nCOPY . .\nCMD [\"node\", \"index.js\"]\n",
        "localenv/docker-compose.yml": _COMPOSE,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["relay"], K.DATABASE)[0] == ""
    assert first(found["api"], K.DATABASE)[0] == "PostgreSQL"
