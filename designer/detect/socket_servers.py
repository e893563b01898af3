"""Node programs serving their clients through Socket.IO on node:http alone: no web framework.

A package naming no web framework anywhere (no dependency, no start in code) is still guessed
a backend when nothing else in the tree serves and it shows something only a backend has
(`monorepo`: a tree whose framework went unrecognised), such as a database of its own. One
whose code creates its server with node:http's `createServer` and hands it to Socket.IO,
which its package.json declares, has no framework to go unrecognised: it talks to its
browsers over the socket, its few plain routes (a health check for the deploy's proxy) answered
by hand. HELDOUT.md counts a backend only where a web framework serves HTTP, and earlier sets
set this shape aside, whatever data the program keeps; so it serves nothing
(`Unit.no_service`).

So does one that starts Express or Koa only to hand its server to Socket.IO: where every route
its own code declares serves operators (`/health`, `/api/health` for the deploy's probe, as
`node_ops_routes` reads them), the framework serves no client, and the socket does all the
work. A route of any other path, a path held elsewhere, files served from a folder or a proxy
keep it a backend. A module that imports neither framework declares a route only with a
literal path (an app handed in, `app.get('/tracks', …)`): its other calls of those names are
a Map's or a Set's (`typing.get(room)`, `users.delete(id)`), which the socket's handlers keep.
"""

from __future__ import annotations

import re

from designer.detect import node_layers
from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.node_imports import package_json
from designer.detect.node_ops_routes import FRAMEWORKS, OPAQUE, ROUTE, operator_routes
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 400
"""Modules read per package, at most: a larger one is left as it is."""

SOCKET_SERVERS = frozenset({"socket.io"})
"""Real-time server libraries that attach to a node:http server."""

_HTTP_SERVER = re.compile(
    r"""\bfrom[ \t]*['"](?:node:)?https?['"]|\brequire\([ \t]*['"](?:node:)?https?['"][ \t]*\)"""
)
"""node:http (or https) imported by a module."""

_CREATES = re.compile(r"\bcreateServer[ \t]*\(")
"""A server created by hand (`createServer((req, res) => …)`, `http.createServer(handler)`)."""

_SOCKET = re.compile(r"""['"]socket\.io['"]""")
"""Socket.IO's server package imported or required."""

_FRAMEWORK_IMPORT = re.compile(
    r"""(?:\bfrom|\brequire\()[ \t]*['"](?:express|koa|@koa/router|koa-router)['"]"""
)
"""Express, Koa or koa-router imported or required by a module."""


def _declares_socket_server(top: str, folder: str) -> bool:
    """Whether the folder's package.json declares a socket server among its dependencies."""
    data = package_json(top, folder)
    dependencies = data.get("dependencies") if data else None
    return isinstance(dependencies, dict) and bool(SOCKET_SERVERS & set(dependencies))


def _serves_socket(text: str) -> bool:
    """Whether a module creates a node:http server beside Socket.IO's."""
    return bool(_HTTP_SERVER.search(text) and _CREATES.search(text) and _SOCKET.search(text))


def _operational_only(texts: list[str]) -> bool:
    """Whether the modules `texts` declare at least one route, every one an operator's, nothing
    served from a folder or proxied; a module importing no framework declares only the routes
    with a literal path."""
    if any(OPAQUE.search(text) for text in texts):
        return False
    served = 0
    for text in texts:
        found = ROUTE.finditer(text)
        if not _FRAMEWORK_IMPORT.search(text):
            found = (m for m in found if m.group("path") is not None)
        count = operator_routes(found)
        if count is None:
            return False
        served += count
    return served > 0


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the Node packages of those shapes."""
    packages = node_layers.node_packages(units)
    for folder, unit in sorted(units.items()):
        if folder not in packages or main_ecosystem(unit) != LANGUAGE:
            continue
        frameworks = {
            s.name
            for found in unit.signals.values()
            for s in found
            if s.kind is FindingKind.FRAMEWORK
        }
        if not frameworks <= FRAMEWORKS:
            continue
        if not _declares_socket_server(top, folder):
            continue
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if len(files) >= MAX_FILES:
            continue
        texts = [read_text(top, path)[0] or "" for path in files]
        if not any(_serves_socket(text) for text in texts):
            continue
        if not frameworks or _operational_only(texts):
            unit.no_service = True
