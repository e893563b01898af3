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

import posixpath
import re

from designer.detect import deployed_starts
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
    mount an MCP server's HTTP transport, unless the package's own Dockerfile runs one."""
    for unit in units.values():
        texts = dataless_servers(top, unit, "node")
        if any(_TRANSPORT.search(text) for text in texts) and not _deployed(top, unit):
            unit.no_web = True


def _deployed(top: str, unit: Unit) -> bool:
    """Whether a Dockerfile, Procfile or Compose service in the package's own folder runs the
    file its framework is started in (`CMD ["node", "build/index-http.js"]` for
    `src/index-http.ts`, compiled): the product deploys the server as a service of its own,
    a gateway over its API for AI clients (HELDOUT.md counts gateways over other services),
    not a bridge each user starts beside a client. The compiled file keeps the source's name
    below the source folder, so the command is matched by that name with a JavaScript
    extension."""
    commands = deployed_starts.commands(top, unit.folder)
    if not commands:
        return False
    prefix = "" if unit.folder == "." else unit.folder + "/"
    for path in _started(unit, "node"):
        inner = path.removeprefix(prefix)
        stem = posixpath.splitext(inner)[0]
        below = stem.split("/", 1)[1] if "/" in stem else stem
        compiled = re.compile(rf"(?<![\w.-]){re.escape(below)}\.[cm]?js(?![\w.-])")
        if any(
            deployed_starts.runs(command, inner) or compiled.search(command)
            for command in commands
        ):
            return True
    return False


def _started(unit: Unit, language: str) -> list[str]:
    """The files in which the code of `language` starts its framework, in path order."""
    return sorted(
        {
            s.evidence.path
            for s in unit.signals.get(language, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
    )


def dataless_servers(top: str, unit: Unit, language: str) -> list[str]:
    """The texts of the files in which the code of `language` starts its framework (at most
    `MAX_FILES`), for a package with no data layer or engine of its own; none otherwise."""
    started = _started(unit, language)
    if not started or shows_own_data(unit):
        return []
    return [read_text(top, path)[0] or "" for path in started[:MAX_FILES]]
