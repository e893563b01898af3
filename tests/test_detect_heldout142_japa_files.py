"""Node: a test file importing `@japa/runner` is a Japa test (set 142, #19).

An AdonisJS app runs its backend specs with Japa (`node ace test`, `tests/unit/**/*.spec.ts`
each starting `import { test } from '@japa/runner'`) and a few tests of its Inertia/Vue pages
with Vitest (`vitest.config.ts` including `tests/frontend/**` only). Vitest's files were seen
and Japa's were not, so the UI's tool outranked the backend's. Japa's files now count as
Vitest's do, and the tool of more test files is the main one."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = {
    "name": "app",
    "type": "module",
    "scripts": {
        "start": "node bin/server.js",
        "test": "pnpm test:backend-unit && pnpm test:frontend",
        "test:backend-unit": "node ace test unit",
        "test:frontend": "vitest --run",
    },
    "imports": {"#controllers/*": "./app/controllers/*.js"},
    "dependencies": {
        "@adonisjs/core": "^6.19.0",
        "@adonisjs/lucid": "^21.8.0",
        "@adonisjs/inertia": "^3.1.0",
        "pg": "^8.16.0",
        "vue": "^3.5.0",
    },
    "devDependencies": {"@japa/runner": "^4.4.0", "@japa/assert": "^4.1.1", "vitest": "^4.0.6"},
}
_VITEST_CONFIG = (
    "import { defineConfig } from 'vitest/config'\n\n"
    "export default defineConfig({\n"
    "  test: {\n    environment: 'happy-dom',\n"
    "    include: ['tests/frontend/**/*.{test,spec}.{js,ts}'],\n  },\n})\n"
)
_JAPA_SPEC = (
    "import { test } from '@japa/runner'\n\n"
    "test.group('{name}', () => {\n"
    "  test('works', ({ assert }) => {\n    assert.equal(1 + 1, 2)\n  })\n})\n"
)
_VITEST_SPEC = (
    "import { describe, expect, it } from 'vitest'\n\n"
    "describe('{name}', () => {\n  it('works', () => {\n    expect(1 + 1).toBe(2)\n  })\n})\n"
)


def _app(japa: int, vitest: int) -> dict[str, str]:
    files = {
        "package.json": json.dumps(_PACKAGE, indent=2),
        "adonisrc.ts": "import { defineConfig } from '@adonisjs/core/app'\n"
        "export default defineConfig({})\n",
        "bin/server.ts": "import { Ignitor } from '@adonisjs/core'\n"
        "new Ignitor(new URL('../', import.meta.url)).httpServer().start()\n",
        "start/routes.ts": "import router from '@adonisjs/core/services/router'\n"
        "router.get('/', async () => 'ok')\n",
        "config/database.ts": "import { defineConfig } from '@adonisjs/lucid'\n"
        "export default defineConfig({ connection: 'postgres',"
        " connections: { postgres: { client: 'pg' } } })\n",
        "tests/bootstrap.ts": "import type { Config } from '@japa/runner/types'\n"
        "export const plugins: Config['plugins'] = []\n",
        "vitest.config.ts": _VITEST_CONFIG,
    }
    for i in range(japa):
        files[f"tests/unit/case_{i}.spec.ts"] = _JAPA_SPEC.replace("{name}", f"case {i}")
    for i in range(vitest):
        files[f"tests/frontend/page_{i}.spec.ts"] = _VITEST_SPEC.replace("{name}", f"page {i}")
    return files


def test_japa_specs_outnumbering_the_pages_tests_make_japa_the_tool(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(japa=6, vitest=2)))
    assert first(found["."], K.TEST)[0] == "Japa"


def test_vitest_stays_the_tool_where_its_tests_are_the_package_s(tmp_path: Path) -> None:
    # Counter-case: Japa declared but with no spec of its own, every test on Vitest.
    found = by_folder(write(tmp_path, _app(japa=0, vitest=4)))
    assert first(found["."], K.TEST)[0] == "Vitest"
