"""Node packages whose server only their own end-to-end suite starts: a stub for the tests.

A package of end-to-end tests may keep, beside its Playwright suite, a small server the tests
drive the product against (an Express mock of the APIs the product calls: OAuth, GraphQL,
file downloads). Playwright starts it itself: the config's `webServer.command` runs the
package's script that starts the server (`command: 'npm run serve'`, `"serve": "esr
server/index.ts"`), and waits for its URL before the tests run. The framework is a
devDependency, the package has no `start` script and nothing deploys it. HELDOUT.md counts mock
and stub servers, and test harnesses, as no backends.

So a Node package of that shape (`dev_only_frameworks`: its framework a devDependency only, no
data, nothing deploying it), without a `start` script, whose own Playwright config's
`webServer` command runs (directly, or through one of its scripts) a file where the framework
is started, is a stub, not a backend (`Unit.no_service`).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.node_dev_frameworks import dev_only_frameworks
from designer.detect.node_imports import package_json
from designer.detect.signals import Strength
from designer.detect.walker import read_text

CONFIGS = ("playwright.config.ts", "playwright.config.js", "playwright.config.mjs")
"""Playwright's config files, in the package's own folder."""

_WEB_SERVER = re.compile(r"\bwebServer\s*:\s*\{[^}]*?\bcommand\s*:\s*[`'\"]([^`'\"\n]+)[`'\"]")
"""The command the config's `webServer` starts before the tests."""

_RUNS_SCRIPT = re.compile(r"^(?:npm\s+run|yarn(?:\s+run)?|pnpm(?:\s+run)?)\s+([\w:.-]+)")
"""A package manager running one of the package's scripts (`npm run serve`)."""


def _commands(top: str, folder: str, scripts: dict) -> list[str]:
    """The commands the package's Playwright config starts as its web server, each script run
    through the package manager replaced by that script's own command."""
    base = "" if folder == "." else folder + "/"
    found = []
    for name in CONFIGS:
        text = read_text(top, base + name)[0] or ""
        for command in _WEB_SERVER.findall(text):
            run = _RUNS_SCRIPT.match(command.strip())
            script = scripts.get(run.group(1)) if run else None
            found.append(script if isinstance(script, str) else command)
    return found


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the Node packages whose dev-only server only their own Playwright
    config starts."""
    for folder, unit in units.items():
        frameworks = dev_only_frameworks(unit)
        if not frameworks:
            continue
        data = package_json(top, folder)
        scripts = data.get("scripts") if data else None
        if not isinstance(scripts, dict) or "start" in scripts:
            continue
        base = "" if folder == "." else folder + "/"
        starts = {
            s.evidence.path[len(base) :]
            for s in frameworks
            if s.strength is Strength.ENTRY and s.evidence.path.startswith(base)
        }
        commands = _commands(top, folder, scripts)
        if starts and any(start in command for command in commands for start in starts):
            unit.no_service = True
