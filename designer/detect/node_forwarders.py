"""Node servers that only forward every request to one other program through a proxy middleware.

A product's side package sometimes puts a few lines of Express in front of another program (a
geocoder, a search engine) so that a browser may call it: a middleware adds the CORS headers
and answers preflights, and one proxy middleware (`http-proxy-middleware`'s
`createProxyMiddleware`, `express-http-proxy`) takes every path on to the target. The server
routes nothing itself and keeps no data: the API is the target's, and the package forwards a
UI's own calls (HELDOUT.md: a server that proxies a UI's own calls is part of the UI). So a Node
package on Express or Koa alone, with no data of its own, declaring a proxy middleware, whose
whole code declares no route but middlewares and mounts a proxy exactly once (at `/` or with no
path) serves no API (`Unit.no_web`). A package routing a verb of its own, or mounting several
proxies under paths of their own (a gateway over the product's services), stays a backend, as
does a large one (read whole or not at all).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.node_ops_routes import FRAMEWORKS, ROUTE, dataless_packages
from designer.detect.walker import read_text

PROXIES = frozenset({"http-proxy-middleware", "express-http-proxy"})
"""Run-time dependencies of a server forwarding requests to another host."""

_PROXY_CALL = re.compile(r"\b(?:createProxyMiddleware|proxy)[ \t]*\(")
"""A proxy middleware built (`createProxyMiddleware({ target })`, express-http-proxy's
`proxy(host)`)."""

_STATIC = re.compile(r"\bexpress\.static\b|\bserveStatic\b|koa-static|\.sendFile[ \t]*\(")
"""Files of the package's own handed out: it hosts something of its own."""

MAX_FILES = 20
"""Sources read per package at most: a larger package is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages on Express or Koa, with no data of their own,
    whose only routes are middlewares and one proxy mounted for every path."""
    for unit, paths in dataless_packages(top, units, FRAMEWORKS, PROXIES, MAX_FILES):
        texts = [read_text(top, p)[0] or "" for p in paths if not _is_test(p)]
        if _forwards_only(texts):
            unit.no_web = True


def _is_test(path: str) -> bool:
    return ".test." in path or ".spec." in path


def _forwards_only(texts: list[str]) -> bool:
    """Whether the sources `texts` register only middlewares (`use`) and build one proxy, at
    `/` or with no path, and hand out no files."""
    if any(_STATIC.search(text) for text in texts):
        return False
    proxies = sum(len(_PROXY_CALL.findall(text)) for text in texts)
    if proxies != 1:
        return False
    for text in texts:
        for found in ROUTE.finditer(text):
            if found.group("call") != "use" or found.group("path") not in (None, "/", "*"):
                return False
    return True
