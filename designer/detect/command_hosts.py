"""Python servers that run command-line tools for another service.

A product that drives third-party analysis tools (scanners, sandboxes, converters) may ship
each in a container of its own whose Flask application hands itself to Flask-Shell2HTTP
(`Shell2HTTP(app, executor)` and `register_command(endpoint=…, command_name=…)`): its routes
start a command and return its output to the product's own backend, which calls them. With no
data layer or engine of its own, such a container is a tool the product runs, no backend
beside it. Telling so needs the text of its server files: only the few files the framework
was seen started in are read again, and only for packages with no data of their own.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.mcphosts import dataless_servers

_RUNNER = re.compile(r"^[ \t]*from[ \t]+flask_shell2http[ \t]+import[ \t]+Shell2HTTP\b", re.M)
"""Flask-Shell2HTTP imported where the application is built."""

_HANDED = re.compile(r"\bShell2HTTP\(")
"""The application handed to it (`Shell2HTTP(app, executor)`)."""

def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python packages with no data layer or engine whose server
    files hand their Flask application to Flask-Shell2HTTP."""
    for unit in units.values():
        texts = dataless_servers(top, unit, "python")
        if any(_RUNNER.search(text) and _HANDED.search(text) for text in texts):
            unit.no_web = True
