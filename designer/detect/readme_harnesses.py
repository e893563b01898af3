"""Projects whose own README says they are a product's end-to-end test harness: not backends.

Beside a product's services, a repository may keep the program that tests them end to end: it
creates data in the systems the product connects to, triggers the product's runs and checks
what arrives, and may serve a small web UI and API of its own for starting test runs and
watching them (a FastAPI app behind a dashboard, its own Dockerfile for CI). Its code cannot
tell it from a small service; its README's lead can ("Airweave Integration Testing Framework",
"the integration test suite for …", "End-to-end test harness"). HELDOUT.md counts test
harnesses as no backends. A harness keeps no data: a project reaching a data layer or an
engine stays a backend whatever its README says. Like a double, it is left out only beside
another service of the tree (`monorepo`). Checked against every restored README (some ten
thousand, session 36): the lead's phrase named only test folders, none a backend of a set.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.readme_doubles import dataless_leads

_IS_A_HARNESS = re.compile(
    r"(?i)\b(?:end[- ]to[- ]end|e2e|integration|acceptance|system|smoke|contract|regression)"
    r"[ \t]+test(?:ing|s)?[ \t]+(?:framework|harness|suite|runner)\b"
)
"""The lead naming a kind of whole-product testing and what carries it out (`Integration
Testing Framework`, `end-to-end test suite`, `integration test harness`); a unit test runner
or testing library alone is no harness of a product."""

_IS_A_TEST_SERVER = re.compile(
    r"(?im)^\#{1,3}[ \t]*(?:[\w-]+[ \t]+){0,2}test(?:ing)?[ \t]+server[ \t]*$"
    r"|\b(?:server|app|application)[ \t]+exists[ \t]+to[ \t]+test\b"
)
"""A lead whose title calls the project a test server (`# Simple test server`) or whose prose
says it exists to test something (`This server exists to test timing issues with loading …`):
a page server a product's own tests or developers load, as a harness is, not a backend."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.harness` on the projects with a framework and no data whose README's lead
    calls them an end-to-end or integration test harness, suite, framework or runner, or a
    test server."""
    for unit, lead in dataless_leads(top, units, framework=True):
        if _IS_A_HARNESS.search(lead) or _IS_A_TEST_SERVER.search(lead):
            unit.harness = True
