"""Held-out set 155 (#19): an Express server that keeps its data in SQLite through node-sqlite3
and `sqlite`, its promise wrapper (`open({ filename, driver: sqlite3.Database })`), writing
its own SQL with no ORM. The driver its code opens is the data layer (`sqlite3`), as
better-sqlite3 is for code written to it. A server declaring sqlite3 only as the driver of an
ORM (Knex here) keeps the ORM as its data layer, and one whose code never imports the driver
(declared for a tool, or left over) gets no data layer from it.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = """import express from 'express';
import * as db from './src/bookmarks-db.js';

const app = express();
app.get('/bookmarks', async (req, res) => res.json(await db.getBookmarks()));
app.listen(process.env.PORT || 3000);
"""

_DB = """import sqlite3 from 'sqlite3';
import { open } from 'sqlite';

const dbFile = './.data/bookmarks.db';
let db;

export async function init() {
  db = await open({ filename: dbFile, driver: sqlite3.Database });
  await db.run('CREATE TABLE IF NOT EXISTS bookmarks (id INTEGER PRIMARY KEY, url TEXT)');
}

export async function getBookmarks() {
  return db.all('SELECT * FROM bookmarks');
}
"""


def _tree(root: Path, deps: dict[str, str], files: dict[str, str]) -> Path:
    return write(
        root,
        {
            "package.json": package_json({"express": "^4.18.2", **deps}),
            "server.js": _SERVER,
            **files,
        },
    )


def test_the_sqlite3_driver_the_code_opens_is_the_data_layer(tmp_path: Path) -> None:
    tree = _tree(
        tmp_path, {"sqlite": "^5.0.1", "sqlite3": "^5.1.5"}, {"src/bookmarks-db.js": _DB}
    )
    backend = by_folder(tree)["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert first(backend, K.QUERY)[0] == "sqlite3"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_an_orm_over_the_driver_stays_the_data_layer(tmp_path: Path) -> None:
    knex = (
        "import knex from 'knex';\n\nexport const db = knex({ client: 'sqlite3', "
        "connection: { filename: './data.db' }, useNullAsDefault: true });\n"
    )
    tree = _tree(tmp_path, {"knex": "^3.1.0", "sqlite3": "^5.1.5"}, {"src/db.js": knex})
    backend = by_folder(tree)["."]
    assert first(backend, K.ORM)[0] == "Knex"
    assert first(backend, K.QUERY) == ("", "")


def test_a_driver_no_code_imports_names_no_data_layer(tmp_path: Path) -> None:
    tree = _tree(
        tmp_path,
        {"sqlite3": "^5.1.5"},
        {"src/store.js": "export const items = new Map();\n"},
    )
    backend = by_folder(tree)["."]
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.ORM) == ("", "")
