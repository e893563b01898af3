"""Node: a Prisma schema whose only generator is another tool's (set 407, #19).

A SvelteKit app keeps `prisma/schema.prisma` for its models and migrations (`prisma migrate
deploy`), but its one generator is `prisma-kysely`, which writes the query builder's table types
(`src/lib/db/schema.d.ts`); the code queries through Kysely over `pg` and never declares
`@prisma/client`. Prisma is then the migration tool, not the data layer. The counter-cases: a
schema generating Prisma's client, or naming no generator at all, is still the ORM's."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DATASOURCE = 'datasource db {\n  provider = "postgresql"\n  url      = env("DB_URL")\n}\n\n'
_KYSELY_GENERATOR = (
    'generator kysely {\n  provider  = "prisma-kysely"\n  output    = "../src/lib/db"\n'
    '  fileName  = "schema.d.ts"\n}\n\n'
)
_CLIENT_GENERATOR = 'generator client {\n  provider = "prisma-client-js"\n}\n\n'
_MODELS = "model flight {\n  id   Int    @id @default(autoincrement())\n  from String\n}\n"
_DB = (
    "import { Kysely, PostgresDialect } from 'kysely';\nimport pg from 'pg';\n"
    "import type { DB } from './schema';\nimport { env } from '$env/dynamic/private';\n\n"
    "export const pool = new pg.Pool({ connectionString: env.DB_URL });\n"
    "export const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });\n"
)
_ROUTE = (
    "import { json } from '@sveltejs/kit';\nimport { db } from '$lib/db';\n\n"
    "export const GET = async () => {\n"
    "  const flights = await db.selectFrom('flight').selectAll().execute();\n"
    "  return json(flights);\n};\n"
)


def _app(schema: str) -> dict[str, str]:
    data = {
        "name": "flights",
        "type": "module",
        "scripts": {"build": "vite build", "db:migrate-deploy": "prisma migrate deploy"},
        "dependencies": {"kysely": "^0.28.11", "pg": "^8.20.0"},
        "devDependencies": {
            "@sveltejs/adapter-node": "^5.2.0",
            "@sveltejs/kit": "^2.55.0",
            "prisma": "^6.19.1",
            "prisma-kysely": "^1.8.0",
            "svelte": "^5.0.0",
            "vite": "^7.0.0",
        },
    }
    return {
        "package.json": json.dumps(data, indent=2),
        "svelte.config.js": "import adapter from '@sveltejs/adapter-node';\n"
        "export default { kit: { adapter: adapter({}) } };\n",
        "prisma/schema.prisma": schema,
        "src/lib/db/index.ts": _DB,
        "src/routes/api/flights/+server.ts": _ROUTE,
        "src/hooks.server.ts": "export const handle = async ({ event, resolve }) => "
        "resolve(event);\n",
    }


def _names(schema: str, tmp_path: Path, kind: K) -> list[str]:
    app = by_folder(write(tmp_path, _app(schema)))["."]
    assert first(app, K.FRAMEWORK)[0] == "SvelteKit"
    return [f.name for f in app.findings if f.kind is kind]


def test_a_schema_generating_only_another_tools_types_is_no_orm(tmp_path: Path) -> None:
    schema = _DATASOURCE + _KYSELY_GENERATOR + _MODELS
    assert "Prisma" not in _names(schema, tmp_path, K.ORM)
    assert "Prisma Migrate" in _names(schema, tmp_path / "again", K.MIGRATIONS)


def test_a_schema_generating_prismas_client_is_the_orm(tmp_path: Path) -> None:
    schema = _DATASOURCE + _CLIENT_GENERATOR + _KYSELY_GENERATOR + _MODELS
    assert "Prisma" in _names(schema, tmp_path, K.ORM)


def test_a_schema_naming_no_generator_is_the_orm(tmp_path: Path) -> None:
    assert "Prisma" in _names(_DATASOURCE + _MODELS, tmp_path, K.ORM)
