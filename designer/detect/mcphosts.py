"""Node servers that host an MCP server for AI clients.

A Model Context Protocol server reached over HTTP (the MCP SDK's Streamable HTTP or SSE server
transport) often mounts its transport on an Express application: its routes carry the protocol
to AI clients, which call the product's tools through it. With no database of its own (a Redis
channel between its instances is no store of the product's), it is a bridge to the product, no
backend beside it. Telling so needs the text of its server files: only the few files the
framework was seen started in are read again, and only for packages with no data layer or
engine.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_TRANSPORT = re.compile(r"""["']@modelcontextprotocol/sdk/server/(?:streamableHttp|sse)\.js["']""")
"""The MCP SDK's HTTP server transports, imported where the server is built."""

MAX_FILES = 3
"""Server files read per package: the few the framework is started in."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages with no data layer or engine whose server files
    mount an MCP server's HTTP transport."""
    for unit in units.values():
        texts = dataless_servers(top, unit, "node")
        if any(_TRANSPORT.search(text) for text in texts):
            unit.no_web = True


def dataless_servers(top: str, unit: Unit, language: str) -> list[str]:
    """The texts of the files in which the code of `language` starts its framework (at most
    `MAX_FILES`), for a package with no data layer or engine of its own; none otherwise."""
    started = sorted(
        {
            s.evidence.path
            for s in unit.signals.get(language, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
    )
    if not started or shows_own_data(unit):
        return []
    return [read_text(top, path)[0] or "" for path in started[:MAX_FILES]]
