"""Node servers that serve no HTTP API: they listen only to hand connections to WebSocket.

A WebSocket service (a tracker, a collaboration relay) often starts Express only for its
`listen`, registers no route, and passes every connection's upgrade to a WebSocket server
(`server.on('upgrade', …)`, `wss.handleUpgrade(…)`). Such a package, reaching no data of its
own, serves no client an HTTP API: it is no framework backend. Telling so needs the text of its
server files: only the few files the framework was seen started in are read again, and only for
packages with no data layer or store.

A server whose files register no route but do not take the upgrade themselves is left alone: it
may mount an API router built elsewhere (`app.use(router)`), which these files do not show.

So is a server registering WebSocket routes itself (express-ws's `app.ws('/', …)`) whose HTTP
routes only hand out its own page and static files (`res.sendFile(…index.html)`,
`express.static(…)`): a browser terminal streaming a pseudoterminal over the socket serves its
page, not an API.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.detect.assemble import BACKEND_KINDS, Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ROUTE = re.compile(r"""\.(?:get|post|put|patch|delete|all|use|route)[ \t]*\(""")
"""A route, a mount or a middleware registered on the application or a router."""

_UPGRADE = re.compile(r"""\.on[ \t]*\([ \t]*["']upgrade["']|\.handleUpgrade[ \t]*\(""")
"""The HTTP server's upgrade taken by the code and handed to a WebSocket server."""

_WS_ROUTE = re.compile(r"""\.ws[ \t]*\([ \t]*["'`]""")
"""A WebSocket route registered on the application (express-ws's `app.ws('/path', …)`)."""

_ASSETS = re.compile(r"""\bstatic[ \t]*\(|\.sendFile[ \t]*\(""")
"""A static-files middleware or a route sending a file (its page)."""

MAX_FILES = 3
"""Server files read per package: the few the framework is started in."""


def upgrade_only(texts: list[str]) -> bool:
    """Whether the server files take the connections' upgrade and register nothing on the
    HTTP side (no route, mount or middleware), or register WebSocket routes beside HTTP
    routes that only serve files."""
    text = "\n".join(texts)
    if _UPGRADE.search(text) and not _ROUTE.search(text):
        return True
    return bool(_WS_ROUTE.search(text)) and _assets_only(text)


def _assets_only(text: str) -> bool:
    """Whether every route, mount or middleware the text registers serves files (a static
    folder, its page), on the line registering it."""
    for match in _ROUTE.finditer(text):
        end = text.find("\n", match.end())
        line = text[match.start() : end if end != -1 else len(text)]
        if not _ASSETS.search(line):
            return False
    return True


def dataless_servers(top: str, units: dict[str, Unit]) -> Iterator[tuple[Unit, list[str]]]:
    """Each Node package with no data layer or store of their own that starts a framework, with
    the text of the files it starts it in (`MAX_FILES` at most): what the rules telling a
    server that serves no API (this module's, `redirect_hops`) read."""
    for unit in units.values():
        signals = unit.signals.get("node", [])
        started = sorted(
            {
                s.evidence.path
                for s in signals
                if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
            }
        )
        if not started or any(
            s.kind in BACKEND_KINDS - {FindingKind.FRAMEWORK}
            for found in unit.signals.values()
            for s in found
        ):
            continue
        yield unit, [read_text(top, path)[0] or "" for path in started[:MAX_FILES]]


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages with no data layer or store of their own whose
    server files only hand connections to WebSocket (`upgrade_only`)."""
    for unit, texts in dataless_servers(top, units):
        if upgrade_only(texts):
            unit.no_web = True
