"""Held-out set 361 (#19): two API apps of a pnpm workspace name no framework: each program
(`start: node dist/server.js`, built from src/server.ts) calls `startServer` of the workspace's
`api-server` kit, which builds the app on the workspace's `express` package, and that package
requires Express and listens. One Dockerfile at the root builds every app (the app a build
argument), so no app folder holds one. Each app is the backend, on the Express the `express`
package starts; that package is no service of its own (`workspace_servers`). A CLI of the same
workspace whose start script runs a program importing no kit stays no backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(name: str, deps: dict[str, str], **extra: object) -> str:
    return json.dumps(
        {"name": name, "private": True, "type": "module", "dependencies": deps, **extra},
        indent=2,
    )


_EXPORTS = {".": {"development": "./src/index.ts", "default": "./dist/index.js"}}

_TREE = {
    "package.json": json.dumps({"name": "suite", "private": True}),
    "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\ncatalog:\n  express: 5.2.1\n",
    "docker/Dockerfile": (
        "FROM node:24-slim AS builder\nARG APP\nCOPY . .\nRUN pnpm --filter @s/${APP} build\n"
        "FROM builder AS api\nCMD [\"node\", \"dist/server.js\"]\n"
    ),
    "packages/express/package.json": _package(
        "@s/express", {"express": "catalog:"}, exports=_EXPORTS
    ),
    "packages/express/src/index.ts": (
        "import express, { type Express } from 'express';\n\n"
        "export function createBaseApp(): Express {\n  const app = express();\n"
        "  app.disable('x-powered-by');\n  return app;\n}\n\n"
        "export function startServer({ app, port }: { app: Express; port: number }) {\n"
        "  return app.listen(port);\n}\n"
    ),
    "packages/api-server/package.json": _package(
        "@s/api-server", {"@s/express": "workspace:*", "express": "catalog:"}, exports=_EXPORTS
    ),
    "packages/api-server/src/index.ts": (
        "import { createBaseApp, startServer } from '@s/express';\n\n"
        "export function createApiApp() {\n  const app = createBaseApp();\n  return app;\n}\n\n"
        "export { startServer };\n"
    ),
    "packages/db/package.json": _package("@s/db", {"pg": "8.16.0"}, exports=_EXPORTS),
    "packages/db/src/index.ts": "import pg from 'pg';\n\nexport const pool = new pg.Pool();\n",
    "apps/api/package.json": _package(
        "@s/api",
        {"@s/api-server": "workspace:*", "@s/db": "workspace:*"},
        scripts={"build": "tsc", "start": "node dist/server.js"},
    ),
    "apps/api/src/server.ts": (
        "import { createApiApp, startServer } from '@s/api-server';\n\n"
        "startServer({ app: createApiApp(), port: 3001 });\n"
    ),
    "apps/cli/package.json": _package(
        "@s/cli", {"@s/db": "workspace:*"}, scripts={"start": "node dist/cli.js"}
    ),
    "apps/cli/src/cli.ts": "import { pool } from '@s/db';\n\nawait pool.query('select 1');\n",
}


def test_the_app_runs_the_server_its_kit_builds(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _TREE))
    assert first(backends["apps/api"], K.FRAMEWORK)[0] == "Express"
    assert "packages/express" not in backends
    assert "packages/api-server" not in backends


def test_a_cli_importing_no_kit_is_no_backend(tmp_path: Path) -> None:
    assert "apps/cli" not in by_folder(write(tmp_path, _TREE))
