"""Held-out set 289 (#19): a pnpm workspace whose server package runs `vitest run
--passWithNoTests` with no test of its own. It depends on the workspace's core package, whose
`test/` folder keeps only the setup file its runner imports, and a route module of the server is
named `nab-test.ts`; the workspace's one Vitest test is the UI package's. The server has no
test framework: neither its folder nor the library it uses holds a test Vitest would run, and
the root's Vitest (its devDependency) tests the UI."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _workspace(core_test: str) -> dict[str, str]:
    return {
        "package.json": package_json(
            {}, dev={"vitest": "^2.1.9"}, workspaces=["packages/*"],
            scripts={"start": "node packages/server/dist/server"},
        ),
        "pnpm-workspace.yaml": "packages:\n  - packages/*\n",
        "packages/server/package.json": json.dumps(
            {
                "name": "@acme/server",
                "version": "0.0.0",
                "scripts": {"test": "vitest run --passWithNoTests", "build": "tsc"},
                "dependencies": {"@acme/core": "workspace:*", "express": "^5.2.1"},
            },
            indent=2,
        ),
        "packages/server/tsconfig.json": "{}\n",
        "packages/server/src/server.ts": (
            "import express from 'express';\nimport { nab } from './routes/nab-test.js';\n"
            "const app = express();\napp.use('/api', nab);\napp.listen(3000);\n"
        ),
        "packages/server/src/routes/nab-test.ts": (
            "import { Router } from 'express';\nexport const nab = Router();\n"
            "nab.post('/test', (_req, res) => res.json({ ok: true }));\n"
        ),
        "packages/core/package.json": json.dumps(
            {
                "name": "@acme/core",
                "version": "0.0.0",
                "scripts": {"test": 'tsx --test --import ./test/setup.ts "src/**/*.test.ts"'},
                "dependencies": {"better-sqlite3": "^12.10.0"},
            },
            indent=2,
        ),
        "packages/core/src/db.ts": (
            "import Database from 'better-sqlite3';\nexport const db = new Database('data.db');\n"
        ),
        f"packages/core/test/{core_test}": "process.env.NODE_ENV = 'test';\n",
        "packages/frontend/package.json": json.dumps(
            {
                "name": "@acme/frontend",
                "version": "0.0.0",
                "scripts": {"test": "vitest run --passWithNoTests"},
                "dependencies": {"react": "^19.0.0"},
                "devDependencies": {"vitest": "^2.1.9"},
            },
            indent=2,
        ),
        "packages/frontend/vitest.config.ts": "export default {};\n",
        "packages/frontend/src/lib/__tests__/template.test.ts": (
            "import { test } from 'vitest';\ntest('renders', () => {});\n"
        ),
    }


def test_a_server_package_with_no_test_around_it_has_none(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _workspace("setup.ts")))["packages/server"]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert first(backend, K.TEST) == ("", "")


def test_a_library_holding_tests_still_lends_them(tmp_path: Path) -> None:
    """The core package's test folder holding a test: the server's Vitest may run it."""
    backend = by_folder(write(tmp_path, _workspace("db.test.ts")))["packages/server"]
    assert first(backend, K.TEST)[0] == "Vitest"
