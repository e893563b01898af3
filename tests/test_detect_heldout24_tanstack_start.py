"""TanStack Start (#19): a pnpm workspace's web application whose server functions
(`createServerFn`) query PostgreSQL through the workspace's Drizzle package is a backend; the
same framework with no data of its own is a UI."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = json.dumps(
    {
        "name": "@app/web",
        "private": True,
        "type": "module",
        "scripts": {
            "dev": "vite",
            "build": "vite build",
            "start": "node .output/server/index.mjs",
            "test": "vitest run --dir src",
        },
        "dependencies": {
            "@platform/db-postgres": "workspace:*",
            "@tanstack/react-router": "1.168.10",
            "@tanstack/react-start": "1.167.16",
            "react": "19.2.5",
            "react-dom": "19.2.5",
        },
        "devDependencies": {"vite": "8.0.5", "vitest": "4.1.0"},
    },
    indent=2,
)
_DB = json.dumps(
    {
        "name": "@platform/db-postgres",
        "private": True,
        "type": "module",
        "main": "src/index.ts",
        "dependencies": {"drizzle-orm": "1.0.0-beta.15", "pg": "8.16.0"},
    },
    indent=2,
)
_FUNCTIONS = (
    'import { withPostgres, FeatureFlagRepository } from "@platform/db-postgres"\n'
    'import { createServerFn } from "@tanstack/react-start"\n\n'
    'export const listFlags = createServerFn({ method: "GET" }).handler(async () => {\n'
    "  return withPostgres((db) => FeatureFlagRepository.list(db))\n})\n"
)
_CLIENT = (
    'import { drizzle } from "drizzle-orm/node-postgres"\nimport { Pool } from "pg"\n\n'
    "export const withPostgres = (run) => run(drizzle(new Pool({ connectionString: "
    "process.env.DATABASE_URL })))\n"
)


def _tree(web: str, functions: str) -> dict[str, str]:
    return {
        "package.json": json.dumps({"name": "root", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "apps/web/package.json": web,
        "apps/web/vite.config.ts": 'import { defineConfig } from "vite"\n\n'
        "export default defineConfig({})\n",
        "apps/web/src/domains/flags/flags.functions.ts": functions,
        "apps/web/src/domains/flags/flags.test.ts": 'import { it } from "vitest"\n\n'
        'it("lists", () => {})\n',
        "packages/db-postgres/package.json": _DB,
        "packages/db-postgres/src/index.ts": _CLIENT,
    }


def test_server_functions_over_a_workspace_database_make_a_backend(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_WEB, _FUNCTIONS)))["apps/web"]
    assert first(backend, K.FRAMEWORK) == ("TanStack Start", "1.167.16")
    assert first(backend, K.ORM)[0] == "Drizzle"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "Vitest"


def test_a_tanstack_start_app_without_data_is_a_ui(tmp_path: Path) -> None:
    web = _WEB.replace('"@platform/db-postgres": "workspace:*",', "")
    functions = (
        'import { createServerFn } from "@tanstack/react-start"\n\n'
        'export const hello = createServerFn({ method: "GET" }).handler(async () => "hi")\n'
    )
    files = _tree(web, functions)
    del files["packages/db-postgres/package.json"], files["packages/db-postgres/src/index.ts"]
    assert "apps/web" not in by_folder(write(tmp_path, files))
