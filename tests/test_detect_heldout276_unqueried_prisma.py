"""Next.js: an app's own Prisma client that none of its code queries is no data (set 276, #19).

A workspace's internal editor is a Next.js app that keeps a copy of the product's Prisma schema
and a module building a client (`prisma/client.ts`), generated so that its pages can import the
models' types and enums from `@/db`, while every read and write goes to the product's API
through a fetch client: it keeps no data of its own, a UI (`next_unqueried_prisma`).
Counter-cases: a route handler writing through the client, and a page handing the client to a
helper, keep the app a backend with Prisma."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = json.dumps(
    {
        "name": "@acme/editor",
        "private": True,
        "scripts": {"build": "next build", "start": "next start", "test": "vitest run"},
        "dependencies": {
            "@prisma/adapter-pg": "7.6.0",
            "@prisma/client": "7.6.0",
            "next": "^16.2.6",
            "react": "^19.0.0",
            "react-dom": "^19.0.0",
        },
        "devDependencies": {"prisma": "7.6.0", "typescript": "^5.8.3", "vitest": "^3.2.6"},
    },
    indent=4,
)

_SCHEMA = (
    'generator client {\n  provider = "prisma-client-js"\n}\n\n'
    'datasource db {\n  provider = "postgresql"\n}\n\n'
    "enum Frequency {\n  monthly\n  yearly\n}\n\n"
    "model Policy {\n  id        String    @id\n  name      String\n  frequency Frequency\n}\n"
)

_CLIENT = (
    "import { PrismaClient } from '@prisma/client';\n"
    "import { PrismaPg } from '@prisma/adapter-pg';\n\n"
    "function createPrismaClient(): PrismaClient {\n"
    "  const url = new URL(process.env.DATABASE_URL!);\n"
    "  url.searchParams.delete('sslmode');\n"
    "  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });\n"
    "}\n\n"
    "export const db = createPrismaClient();\n"
)

_API_CLIENT = (
    "const API_URL = process.env.NEXT_PUBLIC_API_URL ?? 'http://localhost:3333';\n\n"
    "export async function apiClient<T>(path: string, init?: RequestInit): Promise<T> {\n"
    "  const response = await fetch(`${API_URL}${path}`, { ...init, credentials: 'include' });\n"
    "  return response.json() as Promise<T>;\n}\n"
)

_PAGE = (
    "'use client';\n\n"
    "import type { Policy } from '@/db';\n"
    "import { Frequency } from '@/db';\n"
    "import { apiClient } from '@/app/lib/api-client';\n\n"
    "export default async function PoliciesPage() {\n"
    "  const policies = await apiClient<Policy[]>('/v1/policies');\n"
    "  return <ul>{policies.map((p) => <li key={p.id}>{p.name} {Frequency.monthly}</li>)}</ul>;\n"
    "}\n"
)


def _editor() -> dict[str, str]:
    return {
        "package.json": _PACKAGE,
        "tsconfig.json": '{\n  "compilerOptions": {\n    "paths": {"@/*": ["./*"], '
        '"@/db": ["./prisma"], "@/db/server": ["./prisma/server"]}\n  }\n}\n',
        "next.config.mjs": "export default { transpilePackages: ['@acme/db'] };\n",
        "prisma/schema/schema.prisma": _SCHEMA,
        "prisma/client.ts": _CLIENT,
        "prisma/index.ts": "export * from '@prisma/client';\n",
        "prisma/server.ts": "export * from '@prisma/client';\nexport { db } from './client';\n",
        "app/layout.tsx": "export default function Layout({ children }) {\n"
        "  return <html><body>{children}</body></html>;\n}\n",
        "app/policies/page.tsx": _PAGE,
        "app/lib/api-client.ts": _API_CLIENT,
        "app/policies/page.test.tsx": "import { db } from '@/db/server';\n\n"
        "it('loads', async () => { await db.policy.findMany(); });\n",
    }


def test_a_client_nothing_queries_is_no_data(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _editor()))
    assert "." not in found, {f: first(b, K.ORM) for f, b in found.items()}


def test_a_route_writing_through_the_client_keeps_a_backend(tmp_path: Path) -> None:
    # Counter-case: a route handler writes through the client.
    files = _editor()
    files["app/api/policies/route.ts"] = (
        "import { db } from '@/db/server';\n\n"
        "export async function POST(request: Request) {\n"
        "  const body = await request.json();\n"
        "  return Response.json(await db.policy.create({ data: body }));\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Next.js"
    assert first(found["."], K.ORM)[0] == "Prisma"


def test_a_client_handed_to_a_helper_keeps_a_backend(tmp_path: Path) -> None:
    # Counter-case: the client's binding used outside an import (handed to a helper).
    files = _editor()
    files["app/reports/page.tsx"] = (
        "import { db } from '@/db/server';\nimport { loadReport } from '@/app/lib/report';\n\n"
        "export default async function ReportPage() {\n"
        "  const report = await loadReport(db);\n  return <pre>{report}</pre>;\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "Prisma"


def test_a_route_building_and_querying_its_own_client_keeps_a_backend(tmp_path: Path) -> None:
    # Counter-case: the module that builds the client queries it itself.
    files = _editor()
    files["app/api/users/route.ts"] = (
        "import { PrismaClient } from '@prisma/client';\n\nconst prisma = new PrismaClient();\n\n"
        "export async function GET() {\n"
        "  return Response.json(await prisma.policy.findMany());\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "Prisma"
