"""Next.js applications that render no page: API services, not UIs.

A Next.js app is a browser application first: with no data of its own, its route handlers (an
auth callback, a proxy to the product's API) serve its pages, and it is a UI
(`nonservices.ui_only`).

A package whose Next.js renders no page at all has no UI to serve: its only modules are API
routes (`pages/api/chat.ts`, `pages/api/ingest.ts`, or the App Router's `route.ts` files) that
another service of the product posts to, a computation service (HELDOUT.md counts those, data
or not). So where a package's only framework is Next.js, it has API routes, neither `pages/`
(beyond `api/` and the framework's `_app`, `_document`, `_error`, `404` and `500`) nor `app/`
holds a page module, and the package ships as a program of its own (a Dockerfile or Procfile
in its own folder; a start script alone does not tell), it is marked `api_only` and left to be
judged as a backend. A package not deployed on its own is left a UI: its pages may lie where
this reading does not look, its routes the UI's. The folders are listed whole (a page anywhere
below keeps it a UI); a tree too large to list is left a UI.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import Unit
from designer.detect.walker import PRUNED
from designer.model.stack import FindingKind

LANGUAGE = "node"
FRAMEWORK = "Next.js"

_ROOTS = ("", "src")
"""Where `pages/` and `app/` may lie, from the package's folder."""

_CODE = (".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mdx", ".md")
"""Modules Next.js may take as a page (`pageExtensions`' defaults, and MDX)."""

_SPECIAL = frozenset({"_app", "_document", "_error", "_middleware", "404", "500"})
"""Pages Router modules that wrap or stand in for pages: no page of their own."""

MAX_ENTRIES = 2000
"""Entries listed per package at most: a larger tree is left a UI."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.api_only` on each package whose only framework is Next.js and whose Next.js
    serves API routes and renders no page."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        own = "" if unit.folder == "." else unit.folder
        if named != {FRAMEWORK} or any(
            s.kind is FindingKind.FRAMEWORK for eco, found in unit.signals.items()
            if eco != LANGUAGE for s in found
        ) or not _shipped(top, own):
            continue
        found = _modules(top, own)
        if found is not None and found[0] and not found[1]:
            unit.api_only = True


def _shipped(top: str, own: str) -> bool:
    """Whether the package's own folder holds a Dockerfile or a Procfile."""
    try:
        names = os.listdir(os.path.join(top, *own.split("/")) if own else top)
    except OSError:
        return False
    return any(n.startswith("Dockerfile") or n == "Procfile" for n in names)


def _modules(top: str, own: str) -> tuple[int, int] | None:
    """(API routes, pages) under the package's `pages/` and `app/` folders, or None when there
    are too many entries to list."""
    routes = pages = 0
    budget = MAX_ENTRIES
    for root in _ROOTS:
        for router in ("pages", "app"):
            base = posixpath.join(own, root, router) if root else posixpath.join(own, router)
            for walked, dirs, files in os.walk(os.path.join(top, *base.split("/"))):
                dirs[:] = [d for d in dirs if d not in PRUNED]
                budget -= len(dirs) + len(files)
                if budget < 0:
                    return None
                relative = os.path.relpath(walked, os.path.join(top, *base.split("/")))
                parts = [] if relative == "." else relative.split(os.sep)
                for name in files:
                    stem, ending = os.path.splitext(name)
                    if ending not in _CODE:
                        continue
                    if router == "pages":
                        if parts[:1] == ["api"]:
                            routes += 1
                        elif not (not parts and stem in _SPECIAL):
                            pages += 1
                    elif stem == "route":
                        routes += 1
                    elif stem == "page":
                        pages += 1
    return routes, pages
