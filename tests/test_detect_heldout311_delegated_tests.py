"""A `test` script that only runs other test scripts, as set 311 showed it
(benchmarks/detect_heldout311.yaml, #19): `"test": "npm run test:unit && npm run test:e2e"`
with `"test:unit": "vitest"`, while a leftover `jest.config.js` and `jest` stay among the
devDependencies that no script runs. The runner a script `npm test` runs starts is the main
one, as if `test` named it itself."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _tree(test: str) -> dict[str, str]:
    return {
        "package.json": json.dumps(
            {
                "name": "planner",
                "private": True,
                "scripts": {
                    "build": "next build",
                    "start": "next start",
                    "test:unit": "vitest",
                    "test:e2e": "npx playwright test",
                    "test": test,
                },
                "dependencies": {"next": "15.5.9", "react": "19.0.0", "@prisma/client": "6.3.1"},
                "devDependencies": {
                    "jest": "29.7.0",
                    "vitest": "3.2.4",
                    "@playwright/test": "1.50.0",
                    "prisma": "6.3.1",
                },
            },
            indent=2,
        ),
        # Left over from before the move to Vitest: no script runs Jest.
        "jest.config.js": "module.exports = { testEnvironment: 'jest-environment-jsdom' };\n",
        "vitest.config.ts": (
            "import { defineConfig } from 'vitest/config';\n\n"
            "export default defineConfig({ test: { environment: 'jsdom', globals: true } });\n"
        ),
        "prisma/schema.prisma": (
            'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n\n'
            "model User {\n  id Int @id\n}\n"
        ),
        "app/api/health/route.ts": (
            "export async function GET() {\n  return Response.json({});\n}\n"
        ),
        "app/api/users/route.ts": (
            "import { PrismaClient } from '@prisma/client';\n\n"
            "const prisma = new PrismaClient();\n\n"
            "export async function GET() {\n"
            "  return Response.json(await prisma.user.findMany());\n}\n"
        ),
        # Vitest's globals (`globals: true`): the test file imports no runner.
        "lib/dates.test.ts": (
            "import { add } from '@/lib/dates';\n\nit('adds', () => expect(add(1, 1)).toBe(2));\n"
        ),
        "lib/dates.ts": "export const add = (a: number, b: number) => a + b;\n",
    }


def test_the_runner_a_delegated_test_script_runs_is_the_main_one(tmp_path: Path) -> None:
    tree = _tree("npm run test:unit && npm run test:e2e")
    backends = by_folder(write(tmp_path, tree))
    assert first(backends["."], K.TEST)[0] == "Vitest"


def test_yarn_and_pnpm_delegation_count_too(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("pnpm run test:unit && pnpm test:e2e")))
    assert first(backends["."], K.TEST)[0] == "Vitest"


def test_a_test_script_naming_its_runner_still_decides(tmp_path: Path) -> None:
    # Counter-case: `test` running Jest itself keeps Jest, whatever other script runs Vitest.
    backends = by_folder(write(tmp_path, _tree("jest --passWithNoTests")))
    assert first(backends["."], K.TEST)[0] == "Jest"
