"""Node: a test file requiring `tape` is a tape test (set 147, #19).

An Express API keeps some twenty-five tape suites under test/ (`const test = require('tape')`),
which `npm test` runs as `node test/` through an index requiring each in turn: no runner's
command in any script names tape, so only its declaration spoke for it. One extra script runs a
single file on Node's own runner (`node --test ./test/one.test.js`, `require('node:test')`),
and that file's import outweighed tape, seen only in the manifest. tape's files now count as
node:test's do, and the tool of more test files is the main one."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = {
    "name": "api-server",
    "main": "app.js",
    "scripts": {
        "start": "node app.js",
        "test": "NODE_ENV=test MYSQL_HOST=127.0.0.1 node test/ ",
        "test:encrypt": "SECRET=12345 node --test ./test/encrypt.test.js",
    },
    "dependencies": {"express": "^4.21.2", "mysql2": "^3.11.0"},
    "devDependencies": {"tape": "^5.7.5", "nyc": "^15.1.0"},
}
_APP = (
    "const express = require('express');\nconst app = express();\n"
    "const {pool} = require('./lib/db');\n"
    "app.get('/v1/accounts', async(req, res) => res.json(await pool.query('SELECT 1')));\n"
    "app.listen(3000);\n"
)
_DB = "const mysql = require('mysql2');\nexports.pool = mysql.createPool({}).promise();\n"
_TAPE = (
    "const test = require('tape') ;\nconst request = require('./http-client');\n\n"
    "test('{name} tests', async(t) => {\n  t.pass('ok');\n  t.end();\n});\n"
)
_NODE_TEST = (
    "const { describe, it } = require('node:test');\nconst assert = require('assert');\n\n"
    "describe('encrypt', () => {\n  it('works', () => assert.equal(1, 1));\n});\n"
)


def _app(tape: int) -> dict[str, str]:
    files = {
        "package.json": json.dumps(_PACKAGE, indent=2),
        "app.js": _APP,
        "lib/db.js": _DB,
        "test/encrypt.test.js": _NODE_TEST,
        "test/http-client.js": "module.exports = {};\n",
    }
    names = [f"suite{i}" for i in range(tape)]
    for name in names:
        files[f"test/{name}.js"] = _TAPE.replace("{name}", name)
    files["test/index.js"] = "".join(f"require('./{name}');\n" for name in names)
    return files


def test_tape_suites_outnumbering_a_node_test_file_make_tape_the_tool(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(tape=6)))
    assert first(found["."], K.TEST)[0] == "tape"


def test_node_test_stays_the_tool_where_no_file_requires_tape(tmp_path: Path) -> None:
    # Counter-case: tape declared but no suite requires it; the one node:test file decides.
    found = by_folder(write(tmp_path, _app(tape=0)))
    assert first(found["."], K.TEST)[0] == "node:test"
