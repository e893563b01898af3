"""Node: Drizzle kept only for its schema and migrations is not the data layer (set 218, #19).

A pnpm workspace's API depends on a `database` package that declares drizzle-orm and postgres.js:
its client module opens postgres.js and exports the tagged `sql` every service queries with,
while drizzle-orm serves only drizzle-kit (an introspected schema over `drizzle-orm/pg-core`, and
a migration script handing `drizzle(sql)` to the migrator). With no module building Drizzle's
database object outside the migration runner, the driver is the data layer
(`drizzle_schema_only`). A module building it (`drizzle(client)` from
`drizzle-orm/postgres-js`) keeps Drizzle."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _workspace() -> dict[str, str]:
    return {
        "package.json": '{\n  "name": "product",\n  "private": true\n}\n',
        "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n  - 'packages/*'\n",
        "apps/api/package.json": (
            '{\n  "name": "@acme/api",\n  "dependencies": {\n    "express": "^4.21.1",\n'
            '    "@acme/database": "workspace:*"\n  }\n}\n'
        ),
        "apps/api/src/server.ts": "import express from 'express';\n\n"
        "import { sql } from '@acme/database';\n\nconst app = express();\n"
        "app.get('/courses', async (_req, res) => res.json(await sql`select * from courses`));\n"
        "app.listen(3000);\n",
        "packages/database/package.json": (
            '{\n  "name": "@acme/database",\n  "main": "./src/index.ts",\n'
            '  "dependencies": {\n    "drizzle-orm": "^0.34.1",\n    "postgres": "3.4.4"\n'
            '  },\n  "devDependencies": {\n    "drizzle-kit": "^0.25.0"\n  }\n}\n'
        ),
        "packages/database/src/index.ts": "export * from './client.js';\n"
        "export * from '../drizzle/schema.js';\n",
        "packages/database/src/client.ts": "import postgres from 'postgres';\n\n"
        "export const sql = postgres({ host: 'localhost' });\n",
        "packages/database/drizzle/schema.ts": "import { pgTable, text } from "
        "'drizzle-orm/pg-core';\n\nexport const courses = pgTable('courses', "
        "{ id: text('id') });\n",
        "packages/database/scripts/migrate.ts": "import { drizzle } from "
        "'drizzle-orm/postgres-js';\nimport { migrate } from "
        "'drizzle-orm/postgres-js/migrator';\nimport postgres from 'postgres';\n\n"
        "await migrate(drizzle(postgres({ max: 1 })), { migrationsFolder: './drizzle' });\n",
    }


def test_drizzle_for_its_schema_and_migrations_leaves_the_driver(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    api = found["apps/api"]
    assert first(api, K.FRAMEWORK)[0] == "Express"
    assert first(api, K.ORM) == ("", "")
    assert first(api, K.QUERY)[0] == "postgres.js"


def test_a_module_building_drizzle_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the client module builds Drizzle's database object on the driver.
    files = _workspace()
    files["packages/database/src/client.ts"] = (
        "import { drizzle } from 'drizzle-orm/postgres-js';\nimport postgres from 'postgres';\n\n"
        "export const db = drizzle(postgres({ host: 'localhost' }));\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["apps/api"], K.ORM)[0] == "Drizzle"
