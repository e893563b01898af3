"""Node: a package declaring Jest alone, with no test in its folder, has none (set 222, #19).

A monorepo keeps two Express services: the API, whose `tests/` hold its Jest suite, and a small
rule-management service whose `package.json` names `jest` among its devDependencies and a
`"test": "jest"` script, but whose folder holds nothing but `api.js`. Jest started in the
package's folder looks there and finds nothing; the sibling's tests are not this package's
(`testless_node.drop_untested_packages`). A test file or test folder in the package, a script
naming a path that exists, or a command file of the package running its tests keeps the
runner; a repository with no test at all is `testless_node.drop_unused`'s, as before."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = (
    "const express = require('express');\nconst app = express();\n"
    "app.get('/rules', (req, res) => res.json([]));\napp.listen(8010);\n"
)


def _repo(test_script: str = "jest --forceExit") -> dict[str, str]:
    return {
        "backend/package.json": package_json(
            {"express": "^4.18.2", "mongoose": "^8.0.0"},
            {"jest": "^29.7.0"},
            scripts={"start": "node src/app.js", "test": "jest"},
        ),
        "backend/src/app.js": (
            "const express = require('express');\nconst mongoose = require('mongoose');\n"
            "mongoose.connect('mongodb://db:27017/app');\nconst app = express();\n"
            "app.listen(4242);\n"
        ),
        "backend/tests/app.test.js": "test('up', () => expect(1).toBe(1));\n",
        "rules/package.json": package_json(
            {"express": "^4.18.2"},
            {"jest": "^29.7.0", "supertest": "^7.0.0"},
            scripts={"start": "node api.js", "test": test_script},
        ),
        "rules/api.js": _SERVER,
    }


def test_a_package_with_no_test_of_its_own_has_no_runner(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert first(found["rules"], K.FRAMEWORK)[0] == "Express"
    assert first(found["rules"], K.TEST) == ("", "")
    # The sibling keeps its suite.
    assert first(found["backend"], K.TEST)[0] == "Jest"


def test_a_test_file_in_the_package_keeps_jest(tmp_path: Path) -> None:
    # Counter-case: one spec beside the server.
    files = _repo()
    files["rules/api.spec.js"] = "test('rules', () => expect([]).toEqual([]));\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["rules"], K.TEST)[0] == "Jest"


def test_a_tests_folder_of_jest_keeps_it(tmp_path: Path) -> None:
    # Counter-case: Jest's own `__tests__/` folder, whatever its files are called.
    files = _repo()
    files["rules/__tests__/rules.js"] = "test('rules', () => expect([]).toEqual([]));\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["rules"], K.TEST)[0] == "Jest"


def test_a_script_naming_a_suite_elsewhere_keeps_jest(tmp_path: Path) -> None:
    # Counter-case: the package's script sends Jest to a folder that exists.
    found = by_folder(write(tmp_path, _repo("jest ../backend/tests --forceExit")))
    assert first(found["rules"], K.TEST)[0] == "Jest"


def test_a_command_file_of_the_package_keeps_jest(tmp_path: Path) -> None:
    # Counter-case: the package's own Dockerfile runs its tests.
    files = _repo()
    files["rules/Dockerfile"] = "FROM node:20\nCOPY . .\nRUN npm ci && npm test\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["rules"], K.TEST)[0] == "Jest"


def test_a_package_built_from_a_workspace_library_keeps_jest(tmp_path: Path) -> None:
    # Counter-case (set 163's shape): the app depends on a library of its own workspace, whose
    # folder holds the suite the app's Jest runs.
    files = _repo()
    files["rules/package.json"] = package_json(
        {"express": "^4.18.2", "@acme/rules-core": "workspace:*"},
        {"jest": "^29.7.0"},
        scripts={"start": "node api.js", "test": "jest"},
    )
    files["packages/rules-core/package.json"] = (
        '{"name": "@acme/rules-core", "version": "1.0.0", "main": "index.js"}\n'
    )
    files["packages/rules-core/index.js"] = "module.exports = { rules: [] };\n"
    files["packages/rules-core/index.test.js"] = "test('r', () => expect(1).toBe(1));\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["rules"], K.TEST)[0] == "Jest"
