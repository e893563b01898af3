"""Held-out set 45's Yarn-workspace misses (benchmarks/detect_heldout45.yaml), as a small
fixture of the real files' shape (#19): an Express API written with OvernightJS controllers
(`class extends Server`, then `server.app.listen`) over Prisma, and beside it a Next.js
dashboard that imports only the generated model types from the `@prisma/client` the workspace
root installs, its one API route a health check: a UI, not a second backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = (
    'import "dotenv/config";\n'
    'import { Server } from "@overnightjs/core";\n'
    'import { json } from "express";\n'
    'import { Users } from "./controllers/Users";\n'
    'import { prisma } from "./database/prisma";\n\n'
    "const server = new (class extends Server {\n"
    "\tpublic constructor() {\n\t\tsuper();\n"
    '\t\tthis.app.use(json({ limit: "50mb" }));\n'
    "\t\tthis.addControllers([new Users()]);\n\t}\n})();\n\n"
    "void prisma.$connect().then(() => {\n\tserver.app.listen(4000);\n});\n"
)
_CONTROLLER = (
    'import { Controller, Get } from "@overnightjs/core";\n'
    'import type { Request, Response } from "express";\n\n'
    '@Controller("users")\nexport class Users {\n'
    '\t@Get("@me")\n\tpublic async me(req: Request, res: Response) {\n'
    "\t\treturn res.json({});\n\t}\n}\n"
)


def _workspace(dashboard_hook: str) -> dict[str, str]:
    return {
        "package.json": json.dumps(
            {
                "name": "mailer",
                "private": True,
                "workspaces": {"packages": ["packages/*"]},
                "dependencies": {"@prisma/client": "^5.17.0"},
                "devDependencies": {"prisma": "^5.17.0"},
            }
        ),
        "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n'
        '  url      = env("DATABASE_URL")\n}\n\nmodel Email {\n  id String @id\n}\n',
        "docker-compose.dev.yml": "services:\n  db:\n    image: postgres\n    ports:\n"
        "      - 55432:5432\n",
        "prisma/.env.example": "DATABASE_URL=postgresql://postgres:postgres@localhost:55432/db\n",
        "packages/api/package.json": json.dumps(
            {
                "name": "@mailer/api",
                "private": True,
                "scripts": {"start": "node ./dist/app.js", "build": "tsc"},
                "dependencies": {
                    "@overnightjs/core": "^1.7.6",
                    "@prisma/client": "^5.17.0",
                    "express": "^4.19.2",
                },
                "devDependencies": {"typescript": "^5.5.3"},
            }
        ),
        "packages/api/src/app.ts": _APP,
        "packages/api/src/controllers/Users.ts": _CONTROLLER,
        "packages/api/src/database/prisma.ts": 'import { PrismaClient } from "@prisma/client";'
        "\n\nexport const prisma = new PrismaClient();\n",
        "packages/dashboard/package.json": json.dumps(
            {
                "name": "@mailer/dashboard",
                "private": True,
                "scripts": {"build": "next build", "start": "next start"},
                "dependencies": {"next": "14.2.5", "react": "18.3.1", "react-dom": "18.3.1"},
            }
        ),
        "packages/dashboard/src/pages/api/health.ts": "import type { NextApiRequest, "
        'NextApiResponse } from "next";\n\nexport default async function handler(\n'
        "  req: NextApiRequest,\n  res: NextApiResponse,\n) {\n"
        '  res.status(200).json({ status: "ok" });\n}\n',
        "packages/dashboard/src/lib/hooks/emails.ts": dashboard_hook,
    }


_TYPES_ONLY = (
    'import { Email } from "@prisma/client";\nimport useSWR from "swr";\n\n'
    "export function useEmails() {\n"
    '  return useSWR<Email[]>("/emails");\n}\n'
)


def test_an_overnight_express_api_beside_a_dashboard_typed_by_the_schema(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace(_TYPES_ONLY)))
    assert sorted(found) == ["packages/api"]
    api = found["packages/api"]
    assert first(api, K.FRAMEWORK)[0] == "Express"
    assert first(api, K.ORM)[0] == "Prisma"
    assert first(api, K.DATABASE)[0] == "PostgreSQL"


def test_a_next_app_opening_the_root_prisma_client_stays_a_backend(tmp_path: Path) -> None:
    hook = (
        'import { PrismaClient } from "@prisma/client";\n\n'
        "const prisma = new PrismaClient();\n\n"
        "export async function emails() {\n  return prisma.email.findMany();\n}\n"
    )
    found = by_folder(write(tmp_path, _workspace(hook)))
    assert sorted(found) == ["packages/api", "packages/dashboard"]
    assert first(found["packages/dashboard"], K.ORM)[0] == "Prisma"

