"""A Node status page on Express and Knex declaring the drivers of three engines (pg, mysql2,
better-sqlite3), whose knexfile falls back to a SQLite file when DATABASE_URL is unset
(benchmarks/detect_heldout160.yaml, #19): with nothing else choosing, the engine the program's
own code falls back to breaks the drivers' tie, not the engines' names. A Compose file running
a server engine still outranks it, and so does a lookup's default kept in a development file
nowhere (it stays a development fallback)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_KNEXFILE = (
    'import dotenv from "dotenv";\n'
    "dotenv.config();\n\n"
    'const databaseURL = process.env.DATABASE_URL || "sqlite://./database/app.sqlite.db";\n'
    'const [databaseType, databasePath] = databaseURL.split("://");\n\n'
    "export default {\n"
    '  client: databaseType === "sqlite" ? "better-sqlite3" : databaseType,\n'
    "  connection: databaseType === \"sqlite\" ? { filename: databasePath } : databaseURL,\n"
    "  useNullAsDefault: true,\n"
    "};\n"
)

_MAIN = (
    'import express from "express";\n'
    'import knex from "knex";\n'
    'import config from "../knexfile";\n\n'
    "const db = knex(config);\n"
    "const app = express();\n"
    'app.get("/healthcheck", async (_req, res) => res.json(await db("monitors").select()));\n'
    "app.listen(3000);\n"
)

_COMPOSE = (
    "services:\n"
    "  app:\n"
    "    build: .\n"
    "    environment:\n"
    "      DATABASE_URL: mysql://user:password@mysql:3306/app\n"
    "  mysql:\n"
    "    image: mysql:8\n"
)


def _engine(tmp_path: Path, *, compose: bool = False) -> str:
    files = {
        "package.json": package_json(
            {
                "better-sqlite3": "^12.5.0",
                "express": "^5.2.1",
                "knex": "^3.1.0",
                "mysql2": "^3.15.3",
                "pg": "^8.16.3",
            },
            scripts={"start": "node build/main.js"},
        ),
        "knexfile.ts": _KNEXFILE,
        "scripts/main.ts": _MAIN,
    }
    if compose:
        files["docker-compose.yml"] = _COMPOSE
    return first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]


def test_the_lookups_default_breaks_the_drivers_tie(tmp_path: Path) -> None:
    assert _engine(tmp_path) == "SQLite"


def test_a_compose_database_still_outranks_it(tmp_path: Path) -> None:
    assert _engine(tmp_path, compose=True) == "MySQL"
