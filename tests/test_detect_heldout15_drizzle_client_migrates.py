"""Node: a Drizzle client module that also runs the migrations keeps Drizzle (set 15, #19).

A pnpm workspace's apps depend on a `db` package declaring drizzle-orm and better-sqlite3. Its
client module opens better-sqlite3, builds Drizzle's database object on it through
`drizzle-orm/better-sqlite3` and exports it (`export const db = drizzle(sqlite)`), and it also
imports `drizzle-orm/better-sqlite3/migrator` for a helper that migrates an in-memory database.
A module importing the migrator is a migration runner only while it keeps what it builds to
itself (the package's index imports the driver for its error type): this one hands `db` to
the application, so Drizzle is the data layer (`drizzle_schema_only`); so does one exported
by name (`export { db }`). Counter-case: a
package exporting the raw driver, whose migration helper builds Drizzle under a name it never
exports, leaves the driver the data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CLIENT = (
    "import Database from 'better-sqlite3';\n"
    "import { drizzle } from 'drizzle-orm/better-sqlite3';\n"
    "import { migrate } from 'drizzle-orm/better-sqlite3/migrator';\n\n"
    "import * as schema from './schema';\n\n"
    "const sqlite = new Database('./db.db');\n\n"
    "export const db = drizzle(sqlite, { schema });\n\n"
    "export function getInMemoryDB() {\n"
    "  const db = drizzle(new Database(':memory:'), { schema });\n"
    "  migrate(db, { migrationsFolder: './drizzle' });\n  return db;\n}\n"
)


def _workspace(client: str = _CLIENT) -> dict[str, str]:
    return {
        "package.json": '{\n  "name": "product",\n  "private": true\n}\n',
        "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n  - 'packages/*'\n",
        "apps/api/package.json": (
            '{\n  "name": "@acme/api",\n  "dependencies": {\n    "express": "^4.21.1",\n'
            '    "drizzle-orm": "^0.45.2",\n    "@acme/db": "workspace:*"\n  }\n}\n'
        ),
        "apps/api/src/server.ts": "import express from 'express';\n\n"
        "import { db } from '@acme/db';\n\nconst app = express();\n"
        "app.get('/items', async (_req, res) => res.json(await db.query.items.findMany()));\n"
        "app.listen(3000);\n",
        "packages/db/package.json": (
            '{\n  "name": "@acme/db",\n  "main": "index.ts",\n  "dependencies": {\n'
            '    "better-sqlite3": "^11.3.0",\n    "drizzle-kit": "^0.31.10",\n'
            '    "drizzle-orm": "^0.45.2"\n  }\n}\n'
        ),
        "packages/db/index.ts": "import Database from 'better-sqlite3';\n\n"
        "export * from './drizzle';\nexport { SqliteError } from 'better-sqlite3';\n"
        "export type Sqlite = Database.Database;\n",
        "packages/db/drizzle.ts": client,
        "packages/db/schema.ts": "import { sqliteTable, text } from "
        "'drizzle-orm/sqlite-core';\n\nexport const items = sqliteTable('items', "
        "{ id: text('id') });\n",
        "packages/db/drizzle.config.ts": "export default {\n  dialect: 'sqlite',\n"
        "  schema: './schema.ts',\n  out: './drizzle',\n};\n",
        "packages/db/migrate.ts": "import { migrate } from "
        "'drizzle-orm/better-sqlite3/migrator';\n\nimport { db } from './drizzle';\n\n"
        "migrate(db, { migrationsFolder: './drizzle' });\n",
    }


def test_a_client_exporting_drizzle_beside_its_migrator_keeps_drizzle(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    api = found["apps/api"]
    assert first(api, K.FRAMEWORK)[0] == "Express"
    assert first(api, K.ORM)[0] == "Drizzle"
    assert first(api, K.DATABASE)[0] == "SQLite"


def test_a_client_exporting_drizzle_by_name_keeps_drizzle(tmp_path: Path) -> None:
    client = _CLIENT.replace("export const db = ", "const db = ") + "\nexport { db };\n"
    found = by_folder(write(tmp_path, _workspace(client)))
    assert first(found["apps/api"], K.ORM)[0] == "Drizzle"


def test_a_migration_helper_keeping_drizzle_to_itself_leaves_the_driver(tmp_path: Path) -> None:
    # Counter-case: the package exports the raw better-sqlite3 handle the application queries
    # with; Drizzle is built, under a name it never exports, only to run the migrations.
    files = _workspace(
        "import { drizzle } from 'drizzle-orm/better-sqlite3';\n"
        "import { migrate } from 'drizzle-orm/better-sqlite3/migrator';\n\n"
        "import { sqlite } from './client';\n\n"
        "export function runMigrations() {\n"
        "  const db = drizzle(sqlite);\n"
        "  migrate(db, { migrationsFolder: './drizzle' });\n}\n"
    )
    files["packages/db/client.ts"] = (
        "import Database from 'better-sqlite3';\n\nexport const sqlite = new Database('./db.db');\n"
    )
    files["packages/db/index.ts"] = "export * from './client';\nexport * from './drizzle';\n"
    files["packages/db/migrate.ts"] = (
        "import { runMigrations } from './drizzle';\n\nrunMigrations();\n"
    )
    files["apps/api/src/server.ts"] = (
        "import express from 'express';\n\nimport { sqlite } from '@acme/db';\n\n"
        "const app = express();\n"
        "app.get('/items', (_req, res) => res.json(sqlite.prepare('select 1').all()));\n"
        "app.listen(3000);\n"
    )
    api = by_folder(write(tmp_path, files))["apps/api"]
    assert first(api, K.ORM) == ("", "")
    assert first(api, K.QUERY)[0] == "better-sqlite3"
