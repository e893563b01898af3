"""Node: `jest-cli` declared in place of `jest` is Jest (set 458, #19).

Projects of Jest's early releases, and the boilerplates built then, declare Jest's command-line
package `jest-cli` rather than `jest` itself, with the runner's settings under the manifest's
`"jest"` key. An Express program serving its React app from one package.json, with jest-cli
18 and test files its `testRegex` matches, is tested with Jest; the same package with no test
file has none, as for `jest` (`testless_node.drop_unused`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = (
    "const express = require('express');\nconst app = express();\n"
    "app.use('/api', require('./api'));\napp.listen(3000);\n"
)


def _repo(**extra: str) -> dict[str, str]:
    return {
        "package.json": package_json(
            {"express": "4.17.1", "sequelize": "^6.33.0", "mysql2": "^2.3.3", "react": "^15.4.1"},
            {"jest-cli": "18.0.0"},
            scripts={"start": "node server"},
            jest={"testRegex": "tests/.*\\.test\\.js$"},
        ),
        "server/index.js": _SERVER,
        "server/api.js": "const { Sequelize } = require('sequelize');\nmodule.exports = {};\n",
        **extra,
    }


def test_jest_cli_with_test_files_is_jest(tmp_path: Path) -> None:
    test = {"app/containers/Home/tests/index.test.js": "it('renders', () => {});\n"}
    found = by_folder(write(tmp_path, _repo(**test)))
    assert first(found["."], K.TEST) == ("Jest", "18.0.0")


def test_jest_cli_with_no_test_file_is_none(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert first(found["."], K.TEST)[0] == ""
