"""Python applications served through a Starlette shell that mounts a WSGI application.

A Flask (or other WSGI) application may be served by an ASGI server through a small Starlette
app built beside it (`Starlette(routes=[Mount("/mcp", …), Mount("/", app=WSGIMiddleware(
flask_app))])`): the shell adds an MCP endpoint or a few async routes, and hands every other
request to the WSGI application. Starlette is the toolkit of the shell, the application's
framework is the one it mounts. Telling so needs the text of the files Starlette was started
in: only those few are read again, and only where one WSGI framework is started beside it.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_SHELL = "Starlette"

WSGI = frozenset({"Flask", "Django", "Pyramid", "Bottle", "Falcon", "CherryPy"})
"""Frameworks whose applications speak WSGI, which an ASGI shell serves through a middleware."""

_MOUNTED = re.compile(r"\bWSGIMiddleware\(")
"""The WSGI application wrapped to be mounted (Starlette's, a2wsgi's, asgiref's)."""

MAX_FILES = 3
"""Files read per package: the few Starlette is started in."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Make the one WSGI framework started beside a Starlette shell that mounts a WSGI
    application the package's primary framework (`Signal.primary`)."""
    for unit in units.values():
        signals = unit.signals.get("python")
        if not signals:
            continue
        started = [
            s
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        ]
        mounted = {s.name for s in started if s.name in WSGI}
        shells = sorted({s.evidence.path for s in started if s.name == _SHELL})
        if len(mounted) != 1 or not shells:
            continue
        texts = [read_text(top, path)[0] or "" for path in shells[:MAX_FILES]]
        if not any(_MOUNTED.search(text) for text in texts):
            continue
        unit.signals["python"] = [
            s.replace(primary=True) if s in started and s.name in mounted else s
            for s in signals
        ]
