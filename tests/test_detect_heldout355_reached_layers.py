"""Held-out set 355 (#19): a Fastify service imports `{ createPool, type AugmentedPool }` from
its workspace's db package, which declares Kysely and pg: `createPool` is defined in a module
over `pg`'s Pool, while Kysely is imported only by another module of the package the service
never names. The layers a workspace package lends count only where the modules the service
reaches import them: its data layer is pg, not Kysely (`library_names`, `workspace_data`). A
service naming the Kysely factory takes Kysely. An inline type import runs nothing; a comment
line quoting an import imports nothing (`node_imports`)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.node_imports import named
from designer.model.stack import FindingKind as K

_DB = {
    "packages/db/package.json": json.dumps(
        {
            "name": "@s/db",
            "private": True,
            "main": "./src/index.ts",
            "exports": {".": "./src/index.ts", "./kysely": "./src/kysely.ts"},
            "dependencies": {"kysely": "^0.28.7", "pg": "^8.11.3"},
        },
        indent=2,
    ),
    "packages/db/src/index.ts": "export * from './pools';\nexport * from './kysely';\n",
    "packages/db/src/pools.ts": (
        "import { Pool } from 'pg';\n\nexport type AugmentedPool = Pool & { name: string };\n\n"
        "export function createPool(url: string): AugmentedPool {\n"
        "  return Object.assign(new Pool({ connectionString: url }), { name: 'p' });\n}\n"
    ),
    "packages/db/src/kysely.ts": (
        "import { Kysely, PostgresDialect } from 'kysely';\nimport { Pool } from 'pg';\n\n"
        "export function createKysely(url: string) {\n"
        "  return new Kysely({ dialect: new PostgresDialect({ pool: new Pool({ "
        "connectionString: url }) }) });\n}\n"
    ),
}


def _tree(imports: str) -> dict[str, str]:
    return {
        "package.json": json.dumps({"name": "suite", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        **_DB,
        "apps/notify/package.json": json.dumps(
            {
                "name": "@s/notify",
                "private": True,
                "type": "module",
                "scripts": {"start": "node dist/server.js"},
                "dependencies": {"@s/db": "workspace:*", "fastify": "^5.2.1"},
            },
            indent=2,
        ),
        "apps/notify/Dockerfile": 'FROM node:22\nCOPY . .\nCMD ["node", "dist/server.js"]\n',
        "apps/notify/src/server.ts": (
            "import Fastify from 'fastify';\n"
            f"import {{ {imports} }} from '@s/db';\n\n"
            "const app = Fastify();\n"
            "app.post('/n', async () => ({ ok: true }));\n"
            "await app.listen({ port: 3000 });\n"
        ),
        "apps/notify/src/db.ts": (
            f"import {{ {imports} }} from '@s/db';\n\n"
            "export const db = " + ("createKysely" if "createKysely" in imports else "createPool")
            + "(process.env.DATABASE_URL!);\n"
        ),
    }


def _layers(root: Path) -> set[str]:
    backend = by_folder(root)["apps/notify"]
    return {f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)}


def test_the_pools_module_lends_pg_only(tmp_path: Path) -> None:
    assert _layers(write(tmp_path, _tree("createPool, type AugmentedPool"))) == {"pg"}


def test_the_kysely_factory_lends_kysely(tmp_path: Path) -> None:
    assert "Kysely" in _layers(write(tmp_path, _tree("createKysely")))


def test_a_comment_quoting_an_import_imports_nothing() -> None:
    text = "// a named import (`import { PrismaClient } from '@prisma/client'`) throws\n"
    assert named(text + "import { z } from 'zod';\n") == {"zod"}
