"""A workspace's end-to-end test package that starts the application it tests from its
scripts, as documenso keeps it (set 13, benchmarks/detect_heldout13.yaml, #19): the package
`packages/app-tests` depends on the libraries it seeds data with, not on `@documenso/remix`,
but its `test:e2e` script runs `start-server-and-test "npm run start -w @documenso/remix"
http://localhost:3000 "playwright test"`. Playwright is the application's test tool. A script
that only builds another package before its tests starts no server and hands nothing over."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_SERVER = (
    "import { serve } from '@hono/node-server';\nimport { Hono } from 'hono';\n"
    "import { PrismaClient } from '@prisma/client';\n\n"
    "const prisma = new PrismaClient();\nconst app = new Hono();\n"
    "app.get('/api/documents', async (c) => c.json(await prisma.document.findMany()));\n"
    "serve({ fetch: app.fetch, port: 3000 });\n"
)


def _tree(script: str) -> dict[str, str]:
    app = {
        "name": "@sign/web",
        "private": True,
        "scripts": {"start": "node server/main.js"},
        "dependencies": {
            "@hono/node-server": "^1.19.11",
            "hono": "^4.13.1",
            "@prisma/client": "^6.19.0",
            "@sign/lib": "*",
        },
    }
    tests = {
        "name": "@sign/app-tests",
        "scripts": {"test:e2e": script},
        "devDependencies": {"@sign/lib": "*", "@playwright/test": "1.56.1"},
        "dependencies": {"start-server-and-test": "^2.1.3"},
    }
    lib = {"name": "@sign/lib", "dependencies": {"zod": "^3.0.0"}}
    return {
        "package.json": json.dumps({"name": "sign", "workspaces": ["apps/*", "packages/*"]}),
        "apps/web/package.json": json.dumps(app),
        "apps/web/server/main.js": _SERVER,
        "packages/app-tests/package.json": json.dumps(tests),
        "packages/app-tests/e2e/sign.spec.ts": (
            "import { test, expect } from '@playwright/test';\n\n"
            "test('signs', async ({ page }) => {\n  await page.goto('/');\n});\n"
        ),
        "packages/lib/package.json": json.dumps(lib),
        "packages/lib/index.ts": "export const version = 1;\n",
    }


def test_the_package_whose_script_starts_the_server_tests_it(tmp_path: Path) -> None:
    script = (
        'NODE_ENV=test start-server-and-test "npm run start -w @sign/web" '
        'http://localhost:3000 "playwright test $E2E_TEST_PATH"'
    )
    found = by_folder(write(tmp_path, _tree(script)))
    assert set(found) == {"apps/web"}
    assert first(found["apps/web"], FindingKind.TEST) == ("Playwright", "1.56.1")


def test_yarn_and_pnpm_selections_name_the_server_too(tmp_path: Path) -> None:
    for start in ("yarn workspace @sign/web start", "pnpm --filter=@sign/web start"):
        root = tmp_path / start.split()[0]
        script = f"start-test '{start}' 3000 'playwright test'"
        found = by_folder(write(root, _tree(script)))
        assert first(found["apps/web"], FindingKind.TEST)[0] == "Playwright", start


def test_a_script_only_building_a_package_before_its_tests_hands_nothing_over(
    tmp_path: Path,
) -> None:
    # Counter-case: `--filter` builds a library; no server is started for these tests.
    script = "pnpm --filter @sign/web build && playwright test"
    found = by_folder(write(tmp_path, _tree(script)))
    assert first(found["apps/web"], FindingKind.TEST) == ("", "")
