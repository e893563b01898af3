"""A Node library of a workspace keeping a server that tries out its own build, as set 140
showed it (benchmarks/detect_heldout140.yaml, #19): a webhook SDK published from
`packages/webhook` (`main` and an `exports` map pointing into `dist/`, no `start` script,
express among its devDependencies only) keeps an `index.cjs` of Express lines loading
`./dist/index.cjs` and mounting its handler on a route. The product's API lives beside it. The
package is a library, not a backend; one whose server loads its sources, whose framework is a
run-time dependency or which has a `start` script is left to the other rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_API = {
    "apps/api/package.json": package_json(
        {"express": "^4.19.2", "pg": "^8.11.0"}, scripts={"start": "node index.js"}
    ),
    "apps/api/index.js": (
        "const express = require('express');\nconst { Pool } = require('pg');\n"
        "const pool = new Pool();\nconst app = express();\n"
        "app.get('/api/posts', async (req, res) =>\n"
        "  res.json((await pool.query('SELECT 1')).rows));\n"
        "app.listen(4000);\n"
    ),
}

_DEMO = (
    "const express = require('express')\n"
    "const { createHandler, Events } = require('{module}')\n"
    "const app = express()\n\napp.use(express.json())\n\n"
    "const handler = createHandler({ secret: 'test' })\n"
    "app.post('/webhook', (req, res) => {\n  handler(req, res)\n})\n"
    "handler.emitter.on(Events.POST_UPDATE, (event) => {\n  console.log(event)\n})\n\n"
    "app.listen('13333')\n"
)


def _library(
    module: str = "./dist/index.cjs",
    runtime: bool = False,
    scripts: dict[str, str] | None = None,
) -> dict[str, str]:
    data: dict[str, object] = {
        "name": "@blog/webhook",
        "version": "1.0.0",
        "main": "dist/index.cjs",
        "module": "dist/index.mjs",
        "exports": {".": {"require": "./dist/index.cjs", "import": "./dist/index.mjs"}},
        "scripts": scripts or {"build": "tsdown", "test": "vitest run"},
        "devDependencies": {
            **({} if runtime else {"express": "5.2.1"}),
            "tsdown": "0.22.14",
            "typescript": "6.0.3",
            "vitest": "4.1.11",
        },
        "dependencies": {"express": "5.2.1"} if runtime else {},
    }
    return {
        "package.json": '{"name": "root", "private": true}\n',
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "packages/webhook/package.json": json.dumps(data, indent=2) + "\n",
        "packages/webhook/tsconfig.json": '{"compilerOptions": {"strict": true}}\n',
        "packages/webhook/index.cjs": _DEMO.replace("{module}", module),
        "packages/webhook/src/index.ts": (
            "export function createHandler(options: { secret: string }) {\n"
            "  return (req: unknown, res: unknown) => undefined\n}\n"
        ),
        "packages/webhook/test/handler.test.ts": (
            "import { describe, it } from 'vitest'\ndescribe('h', () => it('x', () => {}))\n"
        ),
    }


@pytest.mark.parametrize("module", ["./dist/index.cjs", "@blog/webhook"])
def test_a_library_trying_out_its_own_build_is_no_backend(tmp_path: Path, module: str) -> None:
    found = by_folder(write(tmp_path, {**_API, **_library(module)}))
    assert set(found) == {"apps/api"}


@pytest.mark.parametrize(
    "library",
    [
        # The server loads the package's sources: a server of its own, bundled at build time.
        {"module": "./src/index"},
        # Express at run time: the package ships a server.
        {"runtime": True},
        # A start script: the package is run, not only imported.
        {"scripts": {"build": "tsdown", "start": "node index.cjs"}},
    ],
)
def test_other_shapes_are_left_to_the_other_rules(
    tmp_path: Path, library: dict[str, object]
) -> None:
    found = by_folder(write(tmp_path, {**_API, **_library(**library)}))  # type: ignore[arg-type]
    assert "packages/webhook" in found
