"""Node: a Hono app served from an entry module through Hono's Node adapter (set 405, #19).

A workspace's service builds its Hono app in one module (`app.ts`: `createApp()` returning
`new Hono()` with its routes) and starts it in another (`index.ts`: `import { serve } from
"@hono/node-server"`, then `serve({ fetch: app.fetch, port })`), so no module both builds and
serves the app; beside another service of the workspace, a package whose framework no module
starts is a library. The entry module's import of Hono's own server says it starts one. The
counter-case: the same package without that entry module stays a library."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = (
    'import { Hono } from "hono";\nimport { handleClaimJob } from "./jobs/handlers";\n\n'
    "export function createApp(deps: { db: unknown }) {\n  const app = new Hono();\n"
    '  app.post("/jobs/claim", (c) => handleClaimJob(c, deps));\n'
    '  app.get("/health/live", (c) => c.text("ok"));\n  return app;\n}\n'
)
_HANDLERS = (
    'import type { Context } from "hono";\n\n'
    "export async function handleClaimJob(c: Context, deps: { db: unknown }) {\n"
    "  return c.json({ claimed: true });\n}\n"
)
_INDEX = (
    'import { serve } from "@hono/node-server";\nimport { createApp } from "./app";\n\n'
    "const app = createApp({ db: {} });\n\n"
    "serve({ fetch: app.fetch, hostname: \"0.0.0.0\", port: 8080 }, () => {\n"
    '  console.log("listening");\n});\n'
)


_SIBLING = {
    "apps/api/package.json": json.dumps(
        {"name": "api", "scripts": {"start": "node src/server.js"},
         "dependencies": {"express": "^4.21.0"}}, indent=2),
    "apps/api/src/server.js": "const express = require('express');\nconst app = express();\n"
    "app.get('/samples', (req, res) => res.json([]));\napp.listen(3000);\n",
}


def _service(index: str | None) -> dict[str, str]:
    data = {
        "name": "jobs-api",
        "type": "module",
        "scripts": {"build": "tsdown", "start": "node dist/index.mjs", "test": "vitest run"},
        "dependencies": {"@hono/node-server": "^2.1.0", "hono": "^4.13.0"},
        "devDependencies": {"tsdown": "^0.22.0", "vitest": "^4.1.0"},
    }
    files = {
        "package.json": json.dumps({"name": "root", "private": True}, indent=2),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
        **_SIBLING,
        "apps/jobs-api/package.json": json.dumps(data, indent=2),
        "apps/jobs-api/tsconfig.json": "{}\n",
        "apps/jobs-api/src/app.ts": _APP,
        "apps/jobs-api/src/jobs/handlers.ts": _HANDLERS,
    }
    if index is not None:
        files["apps/jobs-api/src/index.ts"] = index
    return files


def test_an_entry_serving_through_honos_node_adapter_is_hono(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(_INDEX)))
    assert first(found["apps/jobs-api"], K.FRAMEWORK) == ("Hono", "^4.13.0")
    assert first(found["apps/api"], K.FRAMEWORK)[0] == "Express"


def test_a_hono_app_nothing_serves_is_a_library(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(None)))
    assert "apps/jobs-api" not in found
    assert "apps/api" in found
