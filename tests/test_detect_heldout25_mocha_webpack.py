"""One package for an Express API and its React UI (held-out set 65, #19): the server's tests
run through `mocha-webpack` in `test-api`, the UI's through jest in `test-ui`, and `npm test`
runs every script. Mocha is the backend's test framework, however many UI specs Jest has."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind

_SCRIPTS = {
    "test-api": 'mocha-webpack --exit --webpack-config "api/testConfig.js" "api/src/**/*-test.js"',
    "test-ui": "jest --config ui/jest.config.json --env node",
    "test": "yarn test-api && yarn test-ui",
}

_SERVER = """import express from 'express';
import mongoose from 'mongoose';

const app = express();
mongoose.connect(process.env.MONGODB_PATH);
app.listen(8080);
"""

_API_TEST = """import { expect } from 'chai';

describe('statements', () => {
  it('stores a statement', () => {
    expect(1).to.equal(1);
  });
});
"""

_UI_SPEC = """describe('duck', () => {
  it('logs out', () => {
    const logout = jest.fn();
    expect(logout).not.toHaveBeenCalled();
  });
});
"""


def _tree(scripts: dict[str, str]) -> dict[str, str]:
    files = {
        "package.json": package_json(
            {"express": "^4.13.4", "mongoose": "^5.4.0"},
            {"jest": "^19.0.2", "mocha": "^2.3.3", "mocha-webpack": "^0.7.0"},
            scripts=scripts,
        ),
        "api/src/server.js": _SERVER,
        "api/src/statements-test.js": _API_TEST,
    }
    files.update({f"ui/src/components/c{i}.spec.js": _UI_SPEC for i in range(4)})
    return files


def test_mocha_webpack_runs_the_server_tests_beside_a_ui_jest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_SCRIPTS)))["."]
    assert first(backend, FindingKind.TEST)[0] == "Mocha"


def test_without_the_ui_split_the_more_used_runner_stays_first(tmp_path: Path) -> None:
    scripts = {("test-app" if k == "test-ui" else k): v for k, v in _SCRIPTS.items()}
    backend = by_folder(write(tmp_path, _tree(scripts)))["."]
    assert first(backend, FindingKind.TEST)[0] == "Jest"
