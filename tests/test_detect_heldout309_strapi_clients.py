"""Strapi's generated SQLite default beside a deployment naming PostgreSQL, as set 309 showed it
(benchmarks/detect_heldout309.yaml, #19): `config/database.js` keeps create-strapi-app's
`env('DATABASE_CLIENT', 'sqlite')` and `better-sqlite3`, while the Compose file running the app
beside `postgres:17-alpine` sets `DATABASE_CLIENT: postgres` (or reads it from a variable the
env example beside it sets to `postgres`). The template's default is a fallback then, and the
deployed engine is the application's. A deployment setting `sqlite` keeps SQLite."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DATABASE_JS = """const path = require('path');

module.exports = ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  const connections = {
    postgres: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', 'localhost'),
        port: env.int('DATABASE_PORT', 5432),
      },
    },
    sqlite: {
      connection: {
        filename: path.join(__dirname, '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };

  return { connection: { client, ...connections[client] } };
};
"""


def _compose(client: str) -> str:
    return (
        "services:\n"
        "  db:\n"
        "    image: postgres:17-alpine\n"
        "  backend:\n"
        "    build: ./backend\n"
        "    environment:\n"
        f"      DATABASE_CLIENT: {client}\n"
        "      DATABASE_HOST: db\n"
    )


def _tree(compose: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "backend/package.json": json.dumps(
            {
                "name": "backend",
                "private": True,
                "scripts": {"develop": "strapi develop", "start": "strapi start"},
                "dependencies": {
                    "@strapi/strapi": "5.6.0",
                    "better-sqlite3": "11.3.0",
                },
            },
            indent=2,
        ),
        "backend/config/database.js": _DATABASE_JS,
        "backend/config/server.js": (
            "module.exports = ({ env }) => ({ host: env('HOST', '0.0.0.0'), port: 1337 });\n"
        ),
        "backend/src/index.js": "module.exports = { register() {}, bootstrap() {} };\n",
        "docker-compose.yml": compose,
        **(extra or {}),
    }


def test_a_compose_client_outranks_the_template_default(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_compose("postgres"))))
    assert first(backends["backend"], K.DATABASE)[0] == "PostgreSQL"


def test_a_client_read_from_the_env_example_counts(tmp_path: Path) -> None:
    compose = _compose("${STRAPI_DATABASE_CLIENT}")
    extra = {".env.example": "STRAPI_DATABASE_CLIENT=postgres\nSTRAPI_DATABASE_HOST=db\n"}
    backends = by_folder(write(tmp_path, _tree(compose, extra)))
    assert first(backends["backend"], K.DATABASE)[0] == "PostgreSQL"


def test_a_deployment_setting_sqlite_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the deployment chooses the template's engine itself.
    backends = by_folder(write(tmp_path, _tree(_compose("sqlite"))))
    assert first(backends["backend"], K.DATABASE)[0] == "SQLite"
