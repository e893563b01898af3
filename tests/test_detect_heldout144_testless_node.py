"""Node: a unit-test runner declared in a repository with no test file is no test (set 144, #19).

An Express server in a workspace keeps a `"test": "jest"` script left by its template, and a
Fastify server declares Vitest and a `vitest run` script: neither repository holds a test file
or a test folder anywhere, so the runner finds nothing and the project has no test framework
(`testless_node`, the Node reading of `testless_pytest`). A test file anywhere, a runner's own
configuration file or a CI step running the tests keeps the runner."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _server(dev: dict[str, str], test_script: str) -> dict[str, str]:
    return {
        "package.json": '{\n  "name": "root",\n  "private": true,\n'
        '  "workspaces": ["client", "server"]\n}\n',
        "server/package.json": package_json(
            {"express": "^4.21.1", "better-sqlite3": "^11.5.0"},
            dev or None,
            scripts={"start": "node src/app.js", "test": test_script},
        ),
        "server/src/app.js": "const express = require('express');\n"
        "const Database = require('better-sqlite3');\n"
        "const db = new Database('data/app.db');\n"
        "const app = express();\n"
        "app.get('/api/items', (req, res) => res.json(db.prepare('SELECT * FROM items').all()));\n"
        "app.listen(5000);\n",
        "client/package.json": package_json({"react": "^18", "react-dom": "^18"}),
        "client/src/main.jsx": "import React from 'react';\n",
    }


def test_a_jest_script_with_no_test_file_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server({}, "jest")))
    assert first(found["server"], K.FRAMEWORK)[0] == "Express"
    assert first(found["server"], K.TEST) == ("", "")


def test_a_declared_vitest_with_no_test_file_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server({"vitest": "^1.2.2"}, "vitest run")))
    assert first(found["server"], K.TEST) == ("", "")


def test_a_test_file_anywhere_keeps_the_runner(tmp_path: Path) -> None:
    # Counter-case: one spec file, even beside the code, and the runner runs something.
    files = _server({"vitest": "^1.2.2"}, "vitest run")
    files["server/src/app.spec.js"] = "import { it } from 'vitest';\nit('ok', () => {});\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.TEST)[0] == "Vitest"


def test_a_test_folder_keeps_the_runner(tmp_path: Path) -> None:
    # Counter-case: Mocha's default `test/` folder, whatever its files are called.
    files = _server({"mocha": "^10"}, "mocha")
    files["server/test/items.js"] = "describe('items', () => { it('ok', () => {}); });\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.TEST)[0] == "Mocha"


def test_a_ci_step_running_the_tests_keeps_the_runner(tmp_path: Path) -> None:
    # Counter-case: the project's CI runs `npm test`; it says a suite runs.
    files = _server({}, "jest")
    files[".github/workflows/ci.yml"] = (
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: npm ci\n      - run: npm test\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.TEST)[0] == "Jest"


def test_an_end_to_end_runner_is_left_alone(tmp_path: Path) -> None:
    # Counter-case: Cypress's suites are `*.cy.js` files this walk does not name.
    files = _server({"cypress": "^13"}, "cypress run")
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.TEST)[0] == "Cypress"


def test_a_test_script_naming_a_folder_of_the_package_keeps_the_runner(tmp_path: Path) -> None:
    # Counter-case (set 77's timeoff-management): Mocha run over `t/`, a folder named otherwise,
    # whose files are not named as tests.
    files = _server({"mocha": "^6.2.2"}, "node node_modules/mocha/bin/mocha --recursive t")
    files["server/t/unit/leave.js"] = "const expect = require('chai').expect;\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.TEST)[0] == "Mocha"


def test_a_test_script_naming_a_missing_path_drops_the_runner(tmp_path: Path) -> None:
    files = _server({"mocha": "^6.2.2"}, "mocha --recursive t")
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.TEST) == ("", "")
