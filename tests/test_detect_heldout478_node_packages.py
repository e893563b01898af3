"""Gaps the 478th held-out set showed (benchmarks/detect_heldout478.yaml), as small fixtures of
the real files' shape (#19): an Express server whose `server/` folder holds a package.json of
`{"type": "module"}` alone (the server is the root package's); a repository whose root
`.gitignore` covers `package.json*` while it commits its root's and its server's manifests; a
Hono server on Bun that keeps its framework and Kysely among its devDependencies (its build
bundles them) and opens SQLite through Bun's own `bun:sqlite`."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_ROOT = json.dumps(
    {
        "name": "reader",
        "scripts": {"dev": "node server/index.js", "build": "next build"},
        "dependencies": {"better-sqlite3": "^12.0.0", "express": "^5.0.0", "next": "15.5.2"},
    },
    indent=2,
)

_SERVER = (
    'import express from "express";\nimport next from "next";\nimport db from "./db.js";\n\n'
    "const app = next({});\nconst handle = app.getRequestHandler();\n"
    "const server = express();\nserver.get('/api/books', (req, res) => res.json(db.books()));\n"
    "server.all('*', (req, res) => handle(req, res));\nserver.listen(3000);\n"
)

_DB = 'import database from "better-sqlite3";\nexport default database("comics.db");\n'


def _switched(switch: str) -> dict[str, str]:
    return {
        "package.json": _ROOT,
        "server/package.json": switch,
        "server/index.js": _SERVER,
        "server/db.js": _DB,
        "src/pages/index.js": "export default function Home() { return null; }\n",
    }


def test_a_module_switch_is_no_package_of_its_own(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _switched('{ "type": "module" }')))
    assert set(found) == {"."}
    assert first(found["."], FindingKind.FRAMEWORK)[0] == "Express"


def test_a_named_package_with_dependencies_stays_one(tmp_path: Path) -> None:
    own = json.dumps({"name": "api", "type": "module", "dependencies": {"express": "^5.0.0"}})
    assert "server" in by_folder(write(tmp_path, _switched(own)))


_WORKSPACE_ROOT = json.dumps(
    {
        "name": "library",
        "scripts": {"server": "cd server && npm start", "client": "cd client && npm start"},
        "devDependencies": {"concurrently": "^4.1.0"},
    },
    indent=2,
)

_API = json.dumps(
    {
        "name": "library",
        "scripts": {"start": "nodemon server.js"},
        "dependencies": {"express": "^4.16.4", "mongoose": "^5.12.7"},
    },
    indent=2,
)

_API_CODE = (
    "const express = require('express');\nconst mongoose = require('mongoose');\n"
    "const app = express();\nmongoose.connect(process.env.MONGO_URL);\n"
    "app.get('/api/works', (req, res) => res.json([]));\napp.listen(5000);\n"
)


def _ignored(gitignore: str) -> dict[str, str]:
    return {
        ".gitignore": gitignore,
        "package.json": _WORKSPACE_ROOT,
        "server/package.json": _API,
        "server/server.js": _API_CODE,
    }


def test_manifests_an_ignore_covers_at_the_root_too_are_read(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _ignored("node_modules/\npackage.json*\n")))
    assert set(found) == {"server"}
    assert first(found["server"], FindingKind.ORM)[0] == "Mongoose"


def test_a_manifest_ignored_below_the_root_alone_stays_ignored(tmp_path: Path) -> None:
    # `server/package.json` ignored by path, the root's not: a generated copy, as before.
    found = by_folder(write(tmp_path, _ignored("node_modules/\n/server/package.json\n")))
    assert "server" not in found


_HIVE = json.dumps(
    {
        "name": "hive",
        "type": "module",
        "scripts": {"start": "bun run .output/server/index.mjs", "test": "bun test src"},
        "dependencies": {"pino": "10.3.1"},
        "devDependencies": {"hono": "4.12.34", "kysely": "0.29.3", "nitro": "3.0.0"},
    },
    indent=2,
)

_APP = (
    'import { Hono } from "hono";\nimport { db } from "./db";\n\n'
    "const app = new Hono();\napp.get('/books', async (c) => c.json(await db.selectFrom('book')"
    ".selectAll().execute()));\nexport default app;\n"
)

_HIVE_DB = (
    'import { Kysely, SqliteDialect } from "kysely";\n'
    'import { Database } from "bun:sqlite";\n\n'
    "export const db = new Kysely({ dialect: new SqliteDialect({ database: "
    "new Database(process.env.DB_PATH) }) });\n"
)


def test_a_bundled_servers_dev_data_layer_and_bun_sqlite(tmp_path: Path) -> None:
    files = {"package.json": _HIVE, "src/app.ts": _APP, "src/db.ts": _HIVE_DB}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.QUERY)[0] == "Kysely"
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"


def test_a_dev_data_layer_beside_a_run_time_framework_stays_a_tool(tmp_path: Path) -> None:
    # Hono installed at run time: the package is not bundled, its dev Kysely is a tool's.
    data = json.loads(_HIVE)
    data["dependencies"]["hono"] = data["devDependencies"].pop("hono")
    files = {"package.json": json.dumps(data), "src/app.ts": _APP, "src/db.ts": _HIVE_DB}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.QUERY)[0] != "Kysely"
