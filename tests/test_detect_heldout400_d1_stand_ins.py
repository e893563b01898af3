"""A Hono Worker querying its bound D1 database through hand-written statements, with
better-sqlite3 for its Node run (#19): the SQL goes through D1's statement API, no data library,
so the data layer is none; the engine is SQLite."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

WRANGLER = (
    'name = "api"\nmain = "src/index.js"\n\n[[d1_databases]]\nbinding = "DB"\n'
    'database_name = "api-db"\ndatabase_id = "xxx"\n'
)
INDEX = (
    "import { Hono } from 'hono';\nconst app = new Hono();\n"
    "app.get('/p/:id', async (c) => {\n"
    "  const row = await c.env.DB.prepare('SELECT * FROM pastes WHERE id = ?')"
    ".bind(c.req.param('id')).first();\n  return c.json(row);\n});\nexport default app;\n"
)
TASKS = (
    "import Database from 'better-sqlite3';\n"
    "export const open = (path) => new Database(path);\n"
)


def _backend(tmp_path: Path, index: str, **deps: str) -> object:
    manifest = {
        "name": "api",
        "type": "module",
        "dependencies": {"hono": "^4.10.6", "better-sqlite3": "^12.5.0", **deps},
    }
    files = {
        "backend/package.json": json.dumps(manifest, indent=2),
        "backend/wrangler.toml": WRANGLER,
        "backend/src/index.js": index,
        "backend/src/tasks.js": TASKS,
    }
    return by_folder(write(tmp_path, files))["backend"]


def test_sqlite_driver_beside_queried_d1_is_no_data_layer(tmp_path: Path) -> None:
    backend = _backend(tmp_path, INDEX)
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_driver_stays_when_d1_is_not_queried(tmp_path: Path) -> None:
    index = "import { Hono } from 'hono';\nconst app = new Hono();\nexport default app;\n"
    backend = _backend(tmp_path, index)
    assert first(backend, K.QUERY)[0] == "better-sqlite3"
