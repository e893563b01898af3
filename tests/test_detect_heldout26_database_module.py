"""A Node server whose database module takes its client from a server kit of the registry
(`import { db } from "acme-server"`, `db.clients.postgres`), the kit requiring only the `pg`
driver in the lock, and whose framework is started inside that kit (held-out set 67, #19): the
driver the kit runs on is the server's data access. A kit only the server's other modules
import, running on a bare driver, lends nothing (a session store on `pg`)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DATABASE = """import { db } from 'acme-server'

const pg = db.clients.postgres

export const database: typeof pg = Object.create(pg)

database.connect = async () => {
  const connectionString = `postgres://${process.env.PG_USER}@${process.env.PG_HOST}/builder`
  return pg.connect(connectionString)
}
"""

_SERVER = """import { ExpressApp } from 'acme-server'

const app = new ExpressApp()
app.listen(5000)
"""

_PLAIN = """const pg = require('pg')

const connectionString = `postgres://${process.env.PG_USER}@${process.env.PG_HOST}/builder`
module.exports = { connectionString }
"""

_LOCK = {
    "name": "builder",
    "lockfileVersion": 3,
    "packages": {
        "": {"dependencies": {"acme-server": "^3.1.0", "express": "^4.18.2"}},
        "node_modules/acme-server": {"version": "3.1.0", "dependencies": {"pg": "^8.7.1"}},
        "node_modules/pg": {"version": "8.7.1"},
        "node_modules/express": {"version": "4.18.2"},
    },
}


def _tree(database: str) -> dict[str, str]:
    manifest = {
        "name": "builder",
        "main": "dist/server.js",
        "dependencies": {"acme-server": "^3.1.0", "express": "^4.18.2"},
    }
    return {
        "package.json": json.dumps(manifest, indent=2),
        "package-lock.json": json.dumps(_LOCK, indent=2),
        "Dockerfile": "FROM node:18\nCMD [\"node\", \"dist/server.js\"]\n",
        "src/server.ts": _SERVER,
        "src/database/database.ts": database,
    }


def test_the_kit_the_database_module_takes_its_client_from_lends_its_driver(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree(_DATABASE)))["."]
    assert first(backend, K.QUERY)[0] == "pg"


def test_a_kit_the_database_module_does_not_import_lends_nothing(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_PLAIN)))["."]
    assert first(backend, K.QUERY) == ("", "")
