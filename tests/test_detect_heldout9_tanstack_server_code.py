"""A TanStack Start dashboard whose server code reaches no data (#19): its components import
the workspace's database package for the types of what the API sends, and another workspace
package (which itself depends on the database package) for its constants, while its server
functions and server routes only read cookies and environment settings. The data those
packages hold is none of its server's: a UI, not a backend. Where a server function reaches
the database package through the application's own module (`@/server/projects`), it is a
backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_START = json.dumps(
    {
        "name": "@app/start",
        "private": True,
        "type": "module",
        "scripts": {"dev": "vite dev", "build": "vite build", "test": "vitest"},
        "dependencies": {
            "@app/payments": "workspace:*",
            "@tanstack/react-router": "^1.132.0",
            "@tanstack/react-start": "^1.132.56",
            "react": "19.2.3",
            "react-dom": "19.2.3",
        },
        "devDependencies": {"@app/db": "workspace:*", "vite": "7.3.0", "vitest": "^3.0.5"},
    },
    indent=2,
)
_DB = json.dumps(
    {
        "name": "@app/db",
        "private": True,
        "main": "index.ts",
        "dependencies": {"@prisma/client": "^6.14.0"},
        "devDependencies": {"prisma": "^6.14.0"},
    }
)
_PAYMENTS = json.dumps(
    {
        "name": "@app/payments",
        "private": True,
        "main": "index.ts",
        "dependencies": {"@app/db": "workspace:*"},
    }
)
_ENVS = (
    "import { createServerFn } from '@tanstack/react-start';\n\n"
    "export const getServerEnvs = createServerFn().handler(() => ({\n"
    "  apiUrl: String(process.env.API_URL),\n}));\n"
)
_HEALTH = (
    "import { createFileRoute } from '@tanstack/react-router';\n\n"
    "export const Route = createFileRoute('/api/healthcheck')({\n"
    "  server: {\n    handlers: {\n      GET: async () => new Response('OK'),\n    },\n  },\n});\n"
)
_SIDEBAR = (
    "import type { IServiceOrganization } from '@app/db';\n"
    "import { FREE_PRODUCT_IDS } from '@app/payments/constants';\n\n"
    "export function Sidebar(props: { org: IServiceOrganization }) {\n"
    "  return FREE_PRODUCT_IDS.includes(props.org.productId) ? null : props.org.name;\n}\n"
)
_PROJECTS_FN = (
    "import { createServerFn } from '@tanstack/react-start';\n"
    "import { listProjects } from '@/server/projects';\n\n"
    "export const getProjects = createServerFn({ method: 'GET' }).handler(listProjects);\n"
)
_PROJECTS = (
    "import { db } from '@app/db';\n\n"
    "export const listProjects = () => db.project.findMany();\n"
)


_WIDGETS = 240
"""A dashboard's many component modules: more than the workspace lending reads to see what it
imports from each library, which then leaves the answer to the manifests."""


def _tree() -> dict[str, str]:
    widgets = {
        f"apps/start/src/components/widgets/widget-{n}.tsx": f"export const W{n} = () => {n};\n"
        for n in range(_WIDGETS)
    }
    return widgets | {
        "package.json": json.dumps({"name": "root", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "apps/start/package.json": _START,
        "apps/start/src/server/get-envs.ts": _ENVS,
        "apps/start/src/routes/api/healthcheck.tsx": _HEALTH,
        "apps/start/src/components/sidebar.tsx": _SIDEBAR,
        "packages/db/package.json": _DB,
        "packages/db/index.ts": "import { PrismaClient } from '@prisma/client';\n\n"
        "export const db = new PrismaClient();\n",
        "packages/db/prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n'
        '  url      = env("DATABASE_URL")\n}\n',
        "packages/payments/package.json": _PAYMENTS,
        "packages/payments/constants.ts": "export const FREE_PRODUCT_IDS = ['free'];\n",
        "packages/payments/index.ts": "import { db } from '@app/db';\n\n"
        "export const plans = () => db.plan.findMany();\n",
    }


def test_server_code_reaching_no_data_is_a_ui(tmp_path: Path) -> None:
    assert "apps/start" not in by_folder(write(tmp_path, _tree()))


def test_a_server_function_reaching_the_database_through_its_own_module(tmp_path: Path) -> None:
    # Counter-case: a server function calls the app's own module, which opens the database
    # package the app now depends on at run time.
    files = _tree()
    start = json.loads(_START)
    start["dependencies"]["@app/db"] = start["devDependencies"].pop("@app/db")
    files["apps/start/package.json"] = json.dumps(start, indent=2)
    files["apps/start/src/server/get-projects.ts"] = _PROJECTS_FN
    files["apps/start/src/server/projects.ts"] = _PROJECTS
    backend = by_folder(write(tmp_path, files))["apps/start"]
    assert first(backend, K.FRAMEWORK)[0] == "TanStack Start"
    assert first(backend, K.ORM)[0] == "Prisma"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
