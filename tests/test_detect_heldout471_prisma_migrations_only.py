"""A gap the 471st held-out set showed, as a small fixture of the real files' shape (#19): an
Express server in a folder of its own declares `@prisma/client` and `prisma` and keeps a
`prisma/schema.prisma`, yet no module of it builds a Prisma client: its queries run through a
`pg.Pool` (pgtyped's generated queries), and one module imports only an enum's type from
`@prisma/client`. Prisma keeps the schema and migrations; the data layer is pg
(`prisma_migrations_only`). A module building the client keeps Prisma the ORM."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SCHEMA = (
    'generator client {\n  provider = "prisma-client-js"\n}\n\n'
    'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n'
    "model WorkOrder {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n"
)

_CLIENT = (
    "import pg from 'pg';\n\n"
    "const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });\n\n"
    "export async function useClient() {\n  return pool.connect();\n}\n"
)

_DB = (
    "import { PreparedQuery } from '@pgtyped/runtime';\n"
    "import * as workOrder from './queries/generated/work-order.sql.js';\n"
    "import { useClient } from './client.js';\n\n"
    "export const db = { workOrder };\n"
)

_ROUTES = (
    "import express from 'express';\n"
    "import { WorkOrderStatus } from '@prisma/client';\n"
    "import { db } from '../db/db.js';\n\n"
    "export const router = express.Router();\n"
    "router.get('/work-orders', async (req, res) => res.json(await db.workOrder.get()));\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "web/package.json": package_json(
            {
                "express": "^4.18.2",
                "pg": "^8.11.3",
                "@pgtyped/runtime": "^2.3.0",
                "@prisma/client": "^5.5.2",
            },
            {"prisma": "^5.5.2"},
            scripts={"start": "node dist/index.js", "migrate": "prisma migrate deploy"},
        ),
        "web/prisma/schema.prisma": _SCHEMA,
        "web/services/db/client.ts": _CLIENT,
        "web/services/db/db.ts": _DB,
        "web/services/routes/work-orders.ts": _ROUTES,
        "web/index.ts": "import express from 'express';\n"
        "import { router } from './services/routes/work-orders.js';\n"
        "const app = express();\napp.use('/api', router);\napp.listen(process.env.PORT);\n",
        **extra,
    }


def test_prisma_keeping_only_the_migrations_is_no_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    web = found["web"]
    assert first(web, K.FRAMEWORK)[0] == "Express"
    assert first(web, K.ORM) == ("", "")
    assert first(web, K.QUERY)[0] == "pg"
    assert first(web, K.MIGRATIONS)[0] == "Prisma Migrate"
    assert first(web, K.DATABASE)[0] == "PostgreSQL"


def test_a_module_building_the_client_keeps_prisma(tmp_path: Path) -> None:
    # Counter-case: a module builds the client the routes query.
    tree = _tree(
        **{
            "web/services/db/prisma.ts": "import { PrismaClient } from '@prisma/client';\n"
            "export const prisma = new PrismaClient();\n"
        }
    )
    found = by_folder(write(tmp_path, tree))
    assert first(found["web"], K.ORM)[0] == "Prisma"
