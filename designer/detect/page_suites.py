"""End-to-end suites that drive a browser UI's pages rather than call an API.

A Node package named as tests installing Cypress or Playwright beside the tree's only backend is
that backend's suite when its specs call the API (`cy.request('/api/hosts')`,
`cy.task('backendApiGet', …)`): `harnesses.hand_over` lends it then. When its specs mostly click
through pages instead (`cy.visit('/')`, `cy.get('[name=user]')`, `page.goto(…)`,
`page.getByRole(…)`) and a browser application of the tree serves those pages (a Vite/React
package beside the API), the suite tests that UI, and the API only through it: the API has no
test of its own. Counted over the suite's own sources (specs, support commands, configuration),
page commands against API calls; a suite too large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import END_TO_END, Unit
from designer.detect.codewalk import all_code_files
from designer.detect.walker import TEST_FOLDERS, read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

_ENDINGS = (".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx")

MAX_FILES = 400
"""Sources read per suite at most: a larger one is left alone."""

_HEAD = 65_536
"""Bytes read of a source."""

_PAGE = re.compile(
    r"\bcy\s*\.\s*(?:visit|get|contains|xpath|click|type|check|select)\s*\("
    r"|\bpage\s*\.\s*(?:goto|locator|click|fill|type|check|getBy\w+)\s*\("
)
"""A command driving a page: Cypress's visits and DOM queries, Playwright's page actions."""

_API = re.compile(
    r"\bcy\s*\.\s*(?:request|task)\s*\("
    r"|\brequest\s*\.\s*(?:get|post|put|patch|delete|fetch)\s*\("
    r"|\bfetch\s*\("
)
"""A call of an API: Cypress's requests and Node-side tasks, Playwright's request context,
fetch."""

_MIN_PAGE = 5
"""Page commands a suite needs at least to be a UI's: a stray `cy.visit` proves nothing."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.pages` on the Node packages named as tests, with an end-to-end tool, whose
    sources drive pages more than they call an API."""
    for unit in units.values():
        if unit.folder.rpartition("/")[2] not in TEST_FOLDERS:
            continue
        if not any(
            s.kind is FindingKind.TEST and s.name in END_TO_END
            for s in unit.signals.get(LANGUAGE, [])
        ):
            continue
        files = all_code_files(
            top, unit.folder, _ENDINGS, MAX_FILES, skip_dir=lambda d: d == "node_modules"
        )
        if not files:
            continue
        page = api = 0
        for path in files:
            text = read_head(top, path, _HEAD)
            if text is None:
                continue
            page += len(_PAGE.findall(text))
            api += len(_API.findall(text))
        unit.pages = page >= _MIN_PAGE and page > api
