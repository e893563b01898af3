"""A Node server whose tests are split into the UI's script and the server's (held-out set
56, #19): `test:unit:frontend` runs Vitest over many UI test files, `test:unit:forge` runs
Mocha over the server's; the server's runner is the main one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = (
    "const fastify = require('fastify')\n\nconst server = fastify({ logger: true })\n"
    "server.listen({ port: 3000 })\n"
)


def _files(test_script: str) -> dict[str, str]:
    files = {
        "package.json": package_json(
            {"fastify": "^5.8.5", "sequelize": "^6.33.0", "sqlite3": "^6.0.1"},
            dev={"mocha": "^11.7.5", "vitest": "^4.1.9"},
            scripts={
                "test": test_script,
                "test:unit": "npm-run-all test:unit:forge test:unit:frontend",
                "test:unit:forge": 'mocha "test/unit/forge/**/*_spec.js"',
                "test:unit:frontend": "vitest run --config ./config/vitest.config.ts",
            },
        ),
        "forge/forge.js": _SERVER,
        "config/vitest.config.ts": "export default { test: { environment: 'jsdom' } }\n",
        "test/unit/forge/routes_spec.js": "describe('routes', () => { it('works', () => {}) })\n",
    }
    for n in range(4):
        files[f"test/unit/frontend/view{n}.spec.js"] = (
            "import { describe, expect, it } from 'vitest'\n\ndescribe('v', () => {})\n"
        )
    return files


def test_server_script_runner_is_the_main_one(tmp_path: Path) -> None:
    root = write(tmp_path, _files("npm-run-all --sequential lint test:unit"))
    assert first(by_folder(root)["."], K.TEST)[0] == "Mocha"


def test_npm_test_running_a_runner_keeps_it(tmp_path: Path) -> None:
    root = write(tmp_path, _files("vitest run"))
    assert first(by_folder(root)["."], K.TEST)[0] == "Vitest"
