"""An Angular application whose SSR server (the `@angular/ssr` template's server.ts) hands
out the browser build and renders every other path, with the template's commented-out example
of an `/api` route (held-out set 58, #19): a UI, not a backend. The same server with a real
`/api` route is one."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PACKAGE = json.dumps(
    {
        "name": "logistics-angular",
        "private": True,
        "scripts": {"build": "ng build", "test": "vitest"},
        "dependencies": {
            "@angular/core": "^21.0.0",
            "@angular/platform-browser": "^21.0.0",
            "@angular/ssr": "^21.0.0",
            "express": "^5.2.1",
        },
        "devDependencies": {"typescript": "~6.0.3", "vitest": "^4.1.5"},
    }
)

_SERVER = """import { join } from "node:path";
import { AngularNodeAppEngine, writeResponseToNodeResponse } from "@angular/ssr/node";
import express from "express";

const browserDistFolder = join(import.meta.dirname, "../browser");
const app = express();
const angularApp = new AngularNodeAppEngine();

/**
 * Example Express Rest API endpoints can be defined here.
 * ```ts
 * app.get('/api/{*splat}', (req, res) => {
 *   // Handle API request
 * });
 * ```
 */
%s
app.use(express.static(browserDistFolder, { maxAge: "1y", index: false }));

app.use((req, res, next) => {
  angularApp.handle(req).then((r) => (r ? writeResponseToNodeResponse(r, res) : next()));
});

const port = process.env["PORT"] || 7005;
app.listen(port);
"""


def _tree(route: str) -> dict[str, str]:
    return {
        "src/Client/App.Angular/package.json": _PACKAGE,
        "src/Client/App.Angular/projects/website/src/server.ts": _SERVER % route,
    }


def test_an_angular_ssr_server_with_a_commented_api_example_is_a_ui(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _tree(""))) == {}


def test_an_angular_ssr_server_with_a_real_api_route_stays_a_backend(tmp_path: Path) -> None:
    route = "app.get('/api/health', (req, res) => res.json({ ok: true }));\n"
    assert list(by_folder(write(tmp_path, _tree(route)))) == ["src/Client/App.Angular"]
