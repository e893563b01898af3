"""An end-to-end suite kept as a Node package of its own beside the tree's only backend, as
nginx-proxy-manager keeps it (set 19, benchmarks/detect_heldout19.yaml, #19): `backend/` is an
Express API with no tests of its own, `frontend/` its UI, and `test/` a package installing
Cypress whose specs call the API. No workspace ties `test/` to `backend/`: with one backend in
the tree, Cypress is its test tool. Beside two backends nobody can tell which it tests."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _api(folder: str) -> dict[str, str]:
    package = {
        "name": folder,
        "dependencies": {"express": "^5.2.1", "knex": "^3.1.0", "mysql2": "^3.11.0"},
    }
    return {
        f"{folder}/package.json": json.dumps(package),
        f"{folder}/index.js": (
            "const express = require('express');\nconst knex = require('knex');\n"
            "const db = knex({ client: 'mysql2' });\nconst app = express();\n"
            "app.get('/api/hosts', async (req, res) => res.json(await db('host')));\n"
            "app.listen(3000);\n"
        ),
    }


_SUITE = {
    "test/package.json": json.dumps({"name": "npm-test", "dependencies": {"cypress": "^15.15.0"}}),
    "test/cypress/e2e/api/Hosts.cy.js": (
        "describe('Hosts', () => {\n  it('lists', () => {\n"
        "    cy.request('/api/hosts').its('status').should('eq', 200);\n  });\n});\n"
    ),
    "frontend/package.json": json.dumps(
        {"name": "frontend", "dependencies": {"react": "^19.0.0", "vite": "^7.0.0"}}
    ),
    "frontend/src/main.jsx": "import React from 'react';\n",
}


def test_a_suite_package_beside_the_only_backend_tests_it(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_api("backend"), **_SUITE}))
    assert set(found) == {"backend"}
    assert first(found["backend"], FindingKind.TEST)[0] == "Cypress"


def test_beside_two_backends_the_suite_is_nobodys(tmp_path: Path) -> None:
    # Counter-case: which of two APIs the suite drives cannot be told from the tree.
    found = by_folder(write(tmp_path, {**_api("backend"), **_api("admin"), **_SUITE}))
    assert set(found) == {"backend", "admin"}
    assert first(found["backend"], FindingKind.TEST) == ("", "")


def test_a_python_backend_keeps_the_root_projects_pytest(tmp_path: Path) -> None:
    # Counter-case: beside a Python API, the root's pytest project (`tests/` with its
    # requirements) is its suite, not the browser tests kept in a Node package below it.
    files = {
        "application/requirements.txt": "flask==3.1.3\nsqlalchemy==2.0.40\npsycopg==3.2.0\n",
        "application/app.py": (
            "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/api/answer')\n"
            "def answer():\n    return {}\n"
        ),
        "tests/requirements.txt": "pytest>=8.0.0\n",
        "tests/test_answer.py": "def test_answer():\n    assert True\n",
        "pytest.ini": "[pytest]\ntestpaths = tests\n",
        "tests/e2e/package.json": json.dumps(
            {"name": "e2e", "devDependencies": {"@playwright/test": "^1.50.0"}}
        ),
        "tests/e2e/specs/chat.spec.ts": "import { test } from '@playwright/test';\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["application"], FindingKind.TEST)[0] == "pytest"
