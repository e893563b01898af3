"""Held-out set 361 (#19): an event-ingestion service (Hono on Bun) imports by name the model
objects of its workspace's data package (`import { dbSalt } from "database"`); each model module
queries through the package's own client module (`import { prismaClient } from "../client"`),
which opens Prisma. The names reach the store through that relative import, so the package
lends the service its data layer. A service importing only an id helper that reaches no client
still takes no data from it (`library_names`)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DB = {
    "packages/database/package.json": json.dumps(
        {
            "name": "database",
            "private": True,
            "type": "module",
            "main": "./src/index.ts",
            "dependencies": {"@prisma/client": "^5.4.2", "nanoid": "^5.0.4"},
            "devDependencies": {"prisma": "^5.4.2"},
        },
        indent=2,
    ),
    "packages/database/prisma/schema.prisma": (
        'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n\n'
        "model Salt {\n  id String @id\n}\n"
    ),
    "packages/database/src/index.ts": (
        "export * from './client';\nexport * from './models/salt';\nexport * from './utils/id';\n"
    ),
    "packages/database/src/client.ts": (
        "import { Prisma, PrismaClient } from '@prisma/client';\n\n"
        "export const prismaClient = new PrismaClient();\n"
    ),
    "packages/database/src/models/salt.ts": (
        "import type { Salt } from '@prisma/client';\n"
        "import { prismaClient } from '../client';\n\n"
        "export const dbSalt = {\n"
        "  latest: () => prismaClient.salt.findMany({ take: 2 }),\n};\n"
    ),
    "packages/database/src/utils/id.ts": (
        "import { nanoid } from 'nanoid';\n\nexport function generateUserId() {\n"
        "  return nanoid();\n}\n"
    ),
}


def _hub(names: str) -> dict[str, str]:
    manifest = {
        "name": "hub",
        "private": True,
        "type": "module",
        "scripts": {"start": "bun run src/index.ts"},
        "dependencies": {"database": "workspace:*", "hono": "^4.6.13"},
    }
    return {
        "apps/hub/package.json": json.dumps(manifest, indent=2),
        "apps/hub/Dockerfile": 'FROM oven/bun:1\nCOPY . .\nCMD ["bun", "run", "src/index.ts"]\n',
        "apps/hub/src/index.ts": (
            "import { Hono } from 'hono';\n"
            f"import {{ {names} }} from 'database';\n\n"
            "const app = new Hono();\n"
            f"app.post('/e', async (c) => c.json(await Promise.all([{names}])));\n\n"
            "export default { port: 4004, fetch: app.fetch };\n"
        ),
    }


def _tree(names: str) -> dict[str, str]:
    return {
        "package.json": json.dumps(
            {"name": "suite", "private": True, "workspaces": ["apps/*", "packages/*"]}
        ),
        **_DB,
        **_hub(names),
    }


def test_models_on_the_package_client_lend_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("dbSalt, generateUserId")))["apps/hub"]
    assert first(backend, K.ORM)[0] == "Prisma"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_helper_reaching_no_client_lends_nothing(tmp_path: Path) -> None:
    # Counter-case: the id helper imports only nanoid; no module it reaches opens the store.
    backend = by_folder(write(tmp_path, _tree("generateUserId"))).get("apps/hub")
    assert backend is None or first(backend, K.ORM)[0] != "Prisma"
