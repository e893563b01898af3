"""A gap the 446th held-out set showed (benchmarks/detect_heldout446.yaml), as a small fixture
of the real files' shape (#19): an Express API whose only test suite is Cucumber's Gherkin
features, declared as the pre-7 `cucumber` package (or `@cucumber/cucumber` since), names
Cucumber; beside a unit runner, the unit runner stays the main test framework."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_APP = (
    "const express = require('express');\nconst mongoose = require('mongoose');\n\n"
    "mongoose.connect(process.env.APP_DATABASE_URI || 'mongodb://localhost/keeper');\n"
    "const app = express();\napp.get('/api/documents', (req, res) => res.json([]));\n"
    "app.listen(3000);\n"
)

_FEATURE = (
    "Feature: Document API\n\n  Scenario: Create a document\n"
    "    Given I am a valid API user\n    When I create a document\n"
    "    Then I should retrieve the document\n"
)

_STEPS = (
    "module.exports = function () {\n"
    "  this.Given(/^I am a valid API user$/, function (done) { done(); });\n};\n"
)


def _tree(tests: dict[str, str], **extra: str) -> dict[str, str]:
    manifest = {
        "name": "keeper-core-api",
        "version": "2.0.0",
        "main": "src/app.js",
        "scripts": {"start": "node src/app.js", "test": "gulp test"},
        "dependencies": {"express": "^4.14.0", "mongoose": "^4.6.0"},
        "devDependencies": tests,
    }
    return {
        "package.json": json.dumps(manifest, indent=2) + "\n",
        "src/app.js": _APP,
        "features/document.feature": _FEATURE,
        "features/step_definitions/document.steps.js": _STEPS,
        **extra,
    }


def test_the_pre_7_cucumber_package_names_cucumber(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree({"cucumber": "^1.2.1", "gulp-cucumber": "0.0.21"})))
    assert first(found["."], FindingKind.TEST) == ("Cucumber", "^1.2.1")


def test_the_scoped_cucumber_package_names_cucumber(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree({"@cucumber/cucumber": "^10.0.1"})))
    assert first(found["."], FindingKind.TEST)[0] == "Cucumber"


def test_a_unit_runner_beside_cucumber_stays_the_main_test_framework(tmp_path: Path) -> None:
    tests = {"cucumber": "^1.2.1", "mocha": "^10.2.0"}
    unit = {"test/app.test.js": "describe('app', () => { it('starts', () => {}); });\n"}
    found = by_folder(write(tmp_path, _tree(tests, **unit)))
    assert first(found["."], FindingKind.TEST)[0] == "Mocha"
