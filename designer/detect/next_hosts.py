"""An Express server that only hosts a Next.js app (its custom server) is no framework of its own.

Next.js's custom-server recipe starts Express (`const server = express()`), takes Next's request
handler (`const handle = next({ dev }).getRequestHandler()`) and hands it every path
(`server.all("*", (req, res) => handle(req, res))`), perhaps behind middleware (compression,
helmet) and beside a timer. Where Next.js's own routes are seen (a `pages/api/` module, a route
handler), every route the app answers is one of them: the framework is Next.js. With none seen,
Express stays the app's framework, Next.js rendering its pages, as before; so does a server that
also routes paths of its own (`server.use("/api/v1", routes)`, `server.get("/health", …)`) or
mounts a router (Next.js rendering its pages: a choice left to the user, as before).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"
HOST = "Express"
FRAMEWORK = "Next.js"

MAX_FILES = 3
"""Files Express is seen started in that are read per package."""

_NEXT = LazyPattern(r"""\brequire[ \t]*\([ \t]*["']next["'][ \t]*\)|\bfrom[ \t]+["']next["']""")
"""Next.js's server API imported (`require("next")`, `import next from "next"`)."""

_HANDLER = LazyPattern(r"\b(?:const|let|var)[ \t]+(\w+)[ \t]*=[ \t]*[\w.]+\.getRequestHandler\(")
"""The variable holding Next's request handler (`const handle = app.getRequestHandler()`)."""

_APP = LazyPattern(r"\b(?:const|let|var)[ \t]+(\w+)[ \t]*=[ \t]*express[ \t]*\([ \t]*\)")
"""The variable holding the Express app (`const server = express()`)."""

_CALL = (
    r"\.(get|post|put|patch|delete|all|use|options|head|route)[ \t]*\([ \t\r\n]*"
    r"""(?:(["'`])([^"'`\n]*)\2|([\w$]+)[ \t\r\n]*[,)])?"""
)
"""A route or middleware registration on the app (after its name) and its first argument: a
path literal, or a bare identifier (a router, or the handler itself)."""

_CATCH_ALL = re.compile(r"/?(?:\*\w*|\(\.\*\)|\{\*\w+\})")
"""A path that matches every request (`*`, `/*`, `(.*)`, Express 5's `/{*splat}`)."""


def _only_hands_to_next(text: str) -> bool:
    """Whether the server in `text` registers no route of its own: every path it names is a
    catch-all, every identifier it mounts is Next's handler, and it calls that handler."""
    if not _NEXT.search(text):
        return False
    handler = _HANDLER.search(text)
    if handler is None:
        return False
    name = handler.group(1)
    if not re.search(rf"\b{re.escape(name)}\b(?:[ \t]*\(|[ \t]*\))", text[handler.end() :]):
        return False  # the handler is taken but never called nor mounted
    app = _APP.search(text)
    if app is None:
        return False
    for call in re.finditer(rf"\b{re.escape(app.group(1))}{_CALL}", text):
        path, identifier = call.group(3), call.group(4)
        if path is not None and not _CATCH_ALL.fullmatch(path):
            return False  # a path of its own (`server.get("/health", …)`)
        if identifier is not None and identifier != name:
            return False  # a router mounted, or a route matched by a variable
        if path is None and identifier is None and call.group(1) != "use":
            return False  # a route matched by a pattern (`server.get(/^\/health/, …)`)
    return True


def drop_hosts(top: str, units: dict[str, Unit]) -> None:
    """Drop Express from the packages declaring Next.js whose Express server only hands
    every request to Next's handler."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not any(s.name == FRAMEWORK for s in frameworks):
            continue
        started = sorted(
            {s.evidence.path for s in frameworks if s.name == HOST and s.strength is Strength.ENTRY}
        )
        if not started or len(started) > MAX_FILES:
            continue
        if not any(
            s.name == FRAMEWORK and s.strength is Strength.ENTRY and s.evidence.path not in started
            for s in frameworks
        ):
            continue  # no page or route of Next.js's own seen: Express's app, as before
        texts = [blank_comments(read_text(top, path)[0] or "") for path in started]
        if all(_only_hands_to_next(text) for text in texts):
            unit.signals[LANGUAGE] = [
                s for s in signals if not (s.kind is FindingKind.FRAMEWORK and s.name == HOST)
            ]
