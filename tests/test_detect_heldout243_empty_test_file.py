"""Node: a test file with no test in it is no test (set 243, #19).

A Koa API declares Mocha (`"test": "mocha"`, a devDependency) and keeps Mocha's `test/` folder,
but the folder holds only `mocha.opts` and a `test.js` whose whole text is `'use strict';`; the
CI file's test step is commented out. Mocha runs nothing, and the project has no test framework
(`testless_node`). A test file with a test in it, another file in the folder, or a CI step that
runs keeps the runner."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _api() -> dict[str, str]:
    return {
        "package.json": package_json(
            {"koa": "^1.2.0", "koa-router": "^5.4.0", "nano": "^7.1.0"},
            {"mocha": "^5.2.0"},
            scripts={"start": "node server.js", "test": "mocha"},
        ),
        "server.js": "'use strict';\n\nconst koa = require('koa');\nconst nano = require('nano');\n"
        "const db = nano('http://localhost:5984/items');\nconst app = koa();\n"
        "app.use(function *() { this.body = yield db.getAsync('x'); });\napp.listen(3000);\n",
        "test/mocha.opts": "--bail\n",
        "test/test.js": "'use strict';\n",
        ".travis.yml": "language: node_js\nnode_js:\n  - node\n# script: \"npm run test\"\n",
    }


def test_a_test_folder_of_placeholders_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api()))
    assert first(found["."], K.FRAMEWORK)[0] == "Koa"
    assert first(found["."], K.TEST) == ("", "")


def test_a_test_with_code_keeps_the_runner(tmp_path: Path) -> None:
    # Counter-case: the same file with one test in it.
    files = _api()
    files["test/test.js"] = (
        "'use strict';\n\ndescribe('api', () => {\n  it('works', () => {});\n});\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Mocha"


def test_another_file_in_the_test_folder_keeps_the_runner(tmp_path: Path) -> None:
    # Counter-case: the folder holds a fixture besides the placeholders.
    files = _api()
    files["test/fixtures.json"] = '{"name": "x"}\n'
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Mocha"


def test_a_ci_step_running_the_tests_keeps_the_runner(tmp_path: Path) -> None:
    # Counter-case: the CI's test step is not commented out.
    files = _api()
    files[".travis.yml"] = "language: node_js\nnode_js:\n  - node\nscript: \"npm run test\"\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Mocha"
