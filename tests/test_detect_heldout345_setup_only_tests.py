"""Node: a test folder keeping only a runner's setup file holds no test (set 345, #19).

A Moleculer service runner declares Mocha and `"test": "mocha test --recursive"`, and its
Dockerfile's test stage runs `npm run test`; but `test/` holds only `test/spec/00/global.js`,
putting chai's `assert` and `expect` on the globals, and no file defines a suite or asserts.
Mocha loads it, finds no test and passes: the project has no test framework, as a runner with
no test file has none elsewhere (`testless_node`, `testless_pytest`, `testless_jvm`). A file
of the folder defining a suite keeps Mocha."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _runner() -> dict[str, str]:
    return {
        "package.json": package_json(
            {"express": "^4.21.1", "pg": "^8.11.0"},
            {"mocha": "^10.2.0", "chai": "^4.3.7"},
            scripts={"start": "node src/server.js", "test": "mocha test --recursive --use_strict"},
        ),
        "src/server.js": "const express = require('express');\nconst { Pool } = require('pg');\n"
        "const pool = new Pool();\nconst app = express();\n"
        "app.get('/items', async (req, res) => res.json((await pool.query('select 1')).rows));\n"
        "app.listen(3040);\n",
        "Dockerfile": "FROM node:18 AS base\nCOPY . .\nRUN npm install\n\n"
        "FROM base AS tester\nRUN npm run test\n\nFROM base\nCMD [\"node\", \"src/server.js\"]\n",
        "test/spec/00/global.js": "const chai = require('chai')\n\nglobal.chai = chai\n"
        "global.assert = chai.assert\nglobal.expect = chai.expect\n"
        "global.should = chai.should()\n",
    }


def test_a_test_folder_holding_only_setup_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _runner()))
    assert first(found["."], K.FRAMEWORK)[0] == "Express"
    assert first(found["."], K.TEST) == ("", "")


def test_a_suite_beside_the_setup_keeps_mocha(tmp_path: Path) -> None:
    # Counter-case: one file defining a suite, and the Dockerfile's `npm run test` runs it.
    files = _runner()
    files["test/spec/items.js"] = "describe('items', () => {\n  it('lists', () => {});\n});\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Mocha"
