"""A gap the 448th held-out set showed (benchmarks/detect_heldout448.yaml), as a small fixture
of the real files' shape (#19): a pnpm workspace with an Express API (`apps/api`, no test of its
own), its Vite/React UI (`apps/ui`) and an `e2e/` package installing Cypress whose specs click
through the UI's pages (`cy.visit('/')`, `cy.get(…)`, `cy.contains(…)`). That suite tests the
UI, and the API only through it: the API has no test framework. A suite calling the API
(`cy.request('/api/…')`) stays the only backend's, as does a page suite with no browser app in
the tree (the backend serves its pages itself)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_API = {
    "apps/api/package.json": json.dumps(
        {"name": "@acme/api", "dependencies": {"express": "4.18.2", "knex": "2.4.2", "pg": "^8"}}
    ),
    "apps/api/src/server.ts": (
        "import express from 'express'\nimport knex from 'knex'\n\n"
        "const db = knex({ client: 'postgresql', connection: process.env.DATABASE_URL })\n"
        "const app = express()\n"
        "app.get('/db', async (req, res) => res.json(await db('databases')))\n"
        "app.listen(7205)\n"
    ),
}

_UI = {
    "apps/ui/package.json": json.dumps(
        {
            "name": "@acme/ui",
            "dependencies": {"react": "^17.0.2", "react-dom": "^17.0.2", "vite": "^5.1.3"},
        }
    ),
    "apps/ui/src/index.tsx": "import React from 'react'\nimport ReactDOM from 'react-dom'\n",
}

_WORKSPACE = {
    "package.json": json.dumps({"name": "acme", "private": True}),
    "pnpm-workspace.yaml": 'packages:\n  - "apps/*"\n  - "e2e"\n',
}

_PAGES = (
    "describe('Accounts', () => {\n  it('edits an account', () => {\n"
    "    cy.visit('/')\n    cy.get('[name=\"username\"]').type('user')\n"
    "    cy.get('[name=\"password\"]').type('pass')\n    cy.contains('Login').click()\n"
    "    cy.get('.account').first().click()\n    cy.contains('Save').click()\n"
    "  })\n})\n"
)

_CALLS = (
    "describe('Databases', () => {\n  it('lists', () => {\n"
    "    cy.request('/api/db').its('status').should('eq', 200)\n"
    "    cy.request('POST', '/api/db', { name: 'x' })\n  })\n})\n"
)


def _suite(spec: str) -> dict[str, str]:
    return {
        "e2e/package.json": json.dumps({"name": "@acme/e2e", "dependencies": {"cypress": "^15"}}),
        "e2e/cypress.config.ts": (
            "import { defineConfig } from 'cypress'\n\n"
            "export default defineConfig({ e2e: { baseUrl: process.env.CYPRESS_URL } })\n"
        ),
        "e2e/cypress/e2e/accounts.cy.ts": spec,
    }


def test_a_suite_clicking_through_the_ui_is_not_the_apis(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_WORKSPACE, **_API, **_UI, **_suite(_PAGES)}))
    assert set(found) == {"apps/api"}
    assert first(found["apps/api"], FindingKind.TEST) == ("", "")


def test_a_suite_calling_the_api_stays_its(tmp_path: Path) -> None:
    # Counter-case: specs requesting the API's routes test the API, a UI beside or not.
    found = by_folder(write(tmp_path, {**_WORKSPACE, **_API, **_UI, **_suite(_CALLS)}))
    assert first(found["apps/api"], FindingKind.TEST)[0] == "Cypress"


def test_a_page_suite_with_no_browser_app_stays_the_backends(tmp_path: Path) -> None:
    # Counter-case: with no browser app in the tree, the pages are the backend's own.
    found = by_folder(write(tmp_path, {**_WORKSPACE, **_API, **_suite(_PAGES)}))
    assert first(found["apps/api"], FindingKind.TEST)[0] == "Cypress"
