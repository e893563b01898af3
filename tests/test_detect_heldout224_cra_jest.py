"""Node: `react-scripts test` runs Jest, over an installed but unused Mocha (set 224, #19).

One package holds an Express server and its React UI, built by Create React App: the `test`
script is `react-scripts test`, which starts the Jest that react-scripts installs (Jest is not
among the package's own dependencies), over `*.test.js` files of the server and the UI alike,
while `mocha` sits among the dependencies with no script, configuration or file using it. The
runner `npm test` starts is the package's main one, as installed as a declared one
(`ecosystems.node._test_runner`). A package whose `test` script is the UI's while a
`test:server` script runs Mocha keeps Mocha for the server."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _app(**scripts: str) -> dict[str, str]:
    return {
        "package.json": package_json(
            {
                "express": "4.17.1",
                "mocha": "^7.1.1",
                "react": "^16.13.0",
                "react-dom": "^16.13.0",
                "react-scripts": "^3.4.1",
            },
            scripts={"start": "node index.js", "build": "react-scripts build", **scripts},
        ),
        "index.js": (
            "const express = require('express');\nconst app = express();\n"
            "app.post('/slack/events', (req, res) => res.send('ok'));\napp.listen(5000);\n"
        ),
        "src/lib/requests.js": "module.exports = { find: () => [] };\n",
        "src/lib/requests.test.js": (
            "jest.mock('./client');\nconst { find } = require('./requests');\n"
            "test('finds', () => expect(find()).toEqual([]));\n"
        ),
        "src/webapp/App.js": "export default function App() { return null; }\n",
    }


def test_react_scripts_test_is_jest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app(test="react-scripts test")))
    assert first(found["."], K.FRAMEWORK)[0] == "Express"
    assert first(found["."], K.TEST)[0] == "Jest"


def test_a_server_script_running_mocha_keeps_mocha(tmp_path: Path) -> None:
    # Counter-case: `npm test` is the UI's; the server's own script runs Mocha.
    files = _app(test="react-scripts test", **{"test:server": "mocha server/test"})
    files["server/test/app.js"] = "describe('app', () => it('runs', () => {}));\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Mocha"


def test_a_test_script_running_mocha_keeps_mocha(tmp_path: Path) -> None:
    # Counter-case: with no react-scripts test, the installed Mocha the script runs is the one.
    files = _app(test="mocha src/**/*.test.js")
    files["src/lib/requests.test.js"] = "describe('find', () => it('finds', () => {}));\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Mocha"
