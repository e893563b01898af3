"""Python projects whose only aiohttp server answers probes.

aiohttp is started by hand as well as by `web.run_app`: a `web.Application` run by an
`AppRunner` that a `TCPSite` binds (`ecosystems.python`). A message consumer's shared library
does just that for its health checks: a probe class builds the application, routes
`/healthz`, `/readyz` and the build's metadata (`/meta`), and binds it beside the queue
subscription. Such a server answers operators, not clients (HELDOUT.md: a program whose only
routes serve operators is no backend), so where every aiohttp application a project starts is
routed in its own module and every route there is an operator's path (`probes.OPERATOR_PATH`,
or the metadata path), the project serves no HTTP API (`Unit.no_web`). A module registering
no route it can read (`app.add_routes(routes)` filled elsewhere) is left as it is. Only the
few files the start was seen in are read again.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.probes import OPERATOR_PATH
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

FRAMEWORK = "aiohttp"

_RUNNER = re.compile(r"\bweb\.AppRunner\s*\(")
"""The hand-started server (an `AppRunner`), not `web.run_app`'s."""

_ROUTE = re.compile(
    r"""\.add_route\(\s*['"]\w+['"]\s*,\s*['"]([^'"]*)['"]"""
    r"""|\.add_(?:get|post|put|patch|delete|head|view)\(\s*['"]([^'"]*)['"]"""
    r"""|\bweb\.(?:get|post|put|patch|delete|head|view|route)\(\s*(?:['"]\w+['"]\s*,\s*)?"""
    r"""['"]([^'"]*)['"]"""
    r"""|@\w+\.(?:get|post|put|patch|delete|head|view|route)\(\s*(?:['"]\w+['"]\s*,\s*)?"""
    r"""['"]([^'"]*)['"]"""
)
"""A route an aiohttp module registers, and its path: `app.router.add_route('GET', '/x', …)`,
`router.add_get('/x', …)`, `web.get('/x', …)`, `@routes.get('/x')`."""

_METADATA = re.compile(r"/_?meta/?")
"""The build's metadata (name and version), which probes answer beside health and readiness."""

MAX_FILES = 3
"""Files read per project: the few the server's start was seen in."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python projects whose only framework started in code is
    aiohttp run by an `AppRunner` in modules routing only operators' paths."""
    for unit in units.values():
        started = [
            s
            for s in unit.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        ]
        if not started or any(s.name != FRAMEWORK for s in started):
            continue
        paths = sorted({s.evidence.path for s in started})
        if len(paths) > MAX_FILES:
            continue
        texts = [read_text(top, path)[0] or "" for path in paths]
        if all(_RUNNER.search(text) for text in texts) and _probes_only(texts):
            unit.no_web = True


def _probes_only(texts: list[str]) -> bool:
    """Whether the modules route something and every route is an operator's path."""
    routes = [
        next(group for group in found.groups() if group is not None)
        for text in texts
        for found in _ROUTE.finditer(text)
    ]
    return bool(routes) and all(
        OPERATOR_PATH.fullmatch(route) or _METADATA.fullmatch(route) for route in routes
    )
