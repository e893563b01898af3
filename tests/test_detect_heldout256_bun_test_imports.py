"""Node: a test file importing `bun:test` is tested with Bun's runner (set 256, #19).

A Bun workspace's Express services keep their tests beside the code (`*.test.ts` importing
`describe`, `it`, `expect` from `bun:test`), while the workspace's scripts start them through a
wrapper of their own (`bun scripts/test-env.ts backend --`) that names no runner, and a root
`playwright.config.ts` runs the UI's end-to-end suite. The files say which runner the unit
tests use, as a file importing Vitest's API does: `bun test`, not the end-to-end Playwright."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = (
    '{\n  "name": "planner",\n  "private": true,\n  "workspaces": ["packages/*"],\n'
    '  "scripts": {\n    "test": "bun test:backend",\n'
    '    "test:backend": "bun scripts/test-env.ts backend --",\n'
    '    "test:e2e": "bunx playwright test"\n  },\n'
    '  "devDependencies": {\n    "@playwright/test": "^1.50.0"\n  }\n}\n'
)

_BACKEND = (
    '{\n  "name": "@planner/backend",\n  "main": "src/app.ts",\n'
    '  "dependencies": {\n    "express": "^4.17.1",\n    "mongodb": "^7.2.0"\n  },\n'
    '  "devDependencies": {\n    "supertest": "^7.1.0"\n  }\n}\n'
)


def _workspace(test_import: str) -> dict[str, str]:
    return {
        "package.json": _ROOT,
        "playwright.config.ts": 'import { defineConfig } from "@playwright/test";\n'
        'export default defineConfig({ testDir: "./e2e" });\n',
        "e2e/home.spec.ts": 'import { test, expect } from "@playwright/test";\n'
        'test("home", async ({ page }) => { await page.goto("/"); });\n',
        "packages/backend/package.json": _BACKEND,
        "packages/backend/src/app.ts": 'import express from "express";\n'
        'import { MongoClient } from "mongodb";\n\nconst app = express();\n'
        'const client = new MongoClient(process.env.MONGO_URI ?? "");\n'
        'app.get("/health", (_req, res) => res.send("ok"));\napp.listen(3000);\n',
        "packages/backend/src/user/user.service.test.ts": f"{test_import}\n\n"
        'describe("user", () => {\n  it("works", () => {\n    expect(1).toBe(1);\n  });\n});\n',
    }


def test_a_test_file_importing_bun_test_is_bun_test(tmp_path: Path) -> None:
    files = _workspace('import { describe, expect, it } from "bun:test";')
    found = by_folder(write(tmp_path, files))
    assert first(found["packages/backend"], K.FRAMEWORK)[0] == "Express"
    assert first(found["packages/backend"], K.TEST)[0] == "bun test"


def test_a_test_file_importing_vitest_stays_vitest(tmp_path: Path) -> None:
    # Counter-case: the same workspace whose test file imports Vitest's API.
    files = _workspace('import { describe, expect, it } from "vitest";')
    found = by_folder(write(tmp_path, files))
    assert first(found["packages/backend"], K.TEST)[0] == "Vitest"


def test_bun_test_named_in_a_comment_is_no_import(tmp_path: Path) -> None:
    # Counter-case: a line naming the module without importing it (a comment, a string) says
    # nothing; the backend's only runner is then the workspace's end-to-end one, or none.
    files = _workspace('// ported from "bun:test"; the runner is chosen by the wrapper\n'
                       'const label = "bun:test";')
    found = by_folder(write(tmp_path, files))
    assert first(found["packages/backend"], K.TEST)[0] != "bun test"
