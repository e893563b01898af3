"""Held-out set 325 (#19): a workspace package whose scripts run `wrangler dev src/index.ts` and
`wrangler deploy --minify src/index.ts` (wrangler and @cloudflare/workers-types among its
devDependencies, no wrangler.toml) is a Cloudflare Worker on Hono: an edge function, no
backend. A server whose script deploys a Worker kept under another configuration
(`wrangler deploy --config=workers/cdn.toml`) stays a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_WORKER = """import { Hono } from "hono";
import { cors } from "hono/cors";

const app = new Hono()
  .use("*", cors({ origin: "*" }))
  .get("/:projectId/:environment", (c) => c.json({ project: c.req.param("projectId") }));

export default app;
"""

_SERVER = """import express from "express";
const app = express();
app.get("/health", (_req, res) => res.send("ok"));
app.listen(process.env.PORT || 3000);
"""


def _worker() -> dict[str, str]:
    data = {
        "name": "@acme/cdn",
        "private": True,
        "scripts": {
            "dev": "wrangler dev src/index.ts",
            "deploy": "wrangler deploy --minify src/index.ts",
        },
        "dependencies": {"hono": "^4.5.8"},
        "devDependencies": {"@cloudflare/workers-types": "^4.20231218.0", "wrangler": "^3.22.0"},
    }
    return {"package.json": json.dumps(data, indent=2), "src/index.ts": _WORKER}


def _server() -> dict[str, str]:
    data = {
        "name": "api",
        "scripts": {
            "start": "node src/index.js",
            "deploy-worker": "yarn wrangler deploy --config=workers/cdn.toml --env prod",
        },
        "dependencies": {"express": "^4.19.2"},
        "devDependencies": {"wrangler": "^4.0.0"},
    }
    return {
        "package.json": json.dumps(data, indent=2),
        "src/index.js": _SERVER,
        "workers/cdn.toml": 'name = "cdn"\nmain = "index.js"\n',
        "workers/index.js": "export default { fetch: (r) => fetch(r) };\n",
    }


def test_package_its_scripts_deploy_with_wrangler_is_a_worker(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _worker()))


def test_server_deploying_another_configured_worker_stays_a_backend(tmp_path: Path) -> None:
    assert "." in by_folder(write(tmp_path, _server()))
