"""A Next.js app whose only API route is NextAuth's, its database reached for sign-in alone.

A Next.js UI over another program's API often keeps one route of its own:
`pages/api/auth/[...nextauth].ts` (or the App Router's `app/api/auth/[...nextauth]/route.ts`),
where NextAuth checks a sign-in against the accounts and users the product keeps, through the
database client the package declares for that (`clientPromise` from `lib/mongodb`, an adapter).
That is identity, not data of the app's own: as HELDOUT.md counts it, a Next.js app whose only
API route is NextAuth's is a UI (`Unit.signs_in_only`, read by `nonservices.ui_only`).

Narrow on purpose: every API route module of the package is a NextAuth catch-all, and every
module of the package importing a data package (the drivers, ORMs and query builders its
signals name) is such a route or a module that only such routes import (the connection helper
`lib/mongodb.ts`). A server action, a page's `getServerSideProps` or a route of any other path
reaching the database, and the app stays what the rest of the rules say.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports, node_layers
from designer.detect.assemble import Unit
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"
FRAMEWORK = "Next.js"

MAX_FILES = 1500
"""Modules read per package, at most; a larger package is left as it is."""

HEAD = 16384
"""Characters of each module read for its imports."""

_API_ROUTE = re.compile(r"(?:^|/)(?:src/)?(?:pages/api/|app/(?:.+/)?api/(?:.+/)?route\.)")
"""An API route module's path within the package: the Pages Router's `pages/api/` folder or an
App Router `route.ts` under an `api/` segment."""

_NEXTAUTH = "[...nextauth]"
"""NextAuth's catch-all segment, as a file or a folder."""

_DATA_KINDS = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.signs_in_only` on each Next.js package whose only API routes are NextAuth's
    and whose data packages only those routes reach."""
    packages = node_layers.node_packages(units)
    for folder in sorted(packages):
        unit = units[folder]
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == FRAMEWORK for s in signals):
            continue
        data = {s.package.lower() for s in signals if s.kind in _DATA_KINDS and s.package}
        if not data:
            continue
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if not files or len(files) >= MAX_FILES:
            continue
        base = "" if folder == "." else folder + "/"
        routes = [p for p in files if _API_ROUTE.search(p[len(base):])]
        if not routes or not all(_NEXTAUTH in p for p in routes):
            continue
        texts = {p: read_head(top, p, HEAD) or "" for p in files}
        if _only_routes_reach(texts, data, set(routes)):
            unit.signs_in_only = True


def _only_routes_reach(texts: dict[str, str], data: set[str], routes: set[str]) -> bool:
    """Whether every module importing a data package is a route of `routes`, or a module
    that only those routes import (by its file name's stem, `@/lib/mongodb`)."""
    users = {p for p, t in texts.items() if node_imports.named(t) & data}
    if not users:
        return False
    for path in users - routes:
        stem = posixpath.splitext(posixpath.basename(path))[0]
        if stem == "index":
            return False  # imported by its folder's name: too loose to follow
        used = re.compile(r"""['"][^'"\n]*/""" + re.escape(stem) + r"""(?:\.\w+)?['"]""")
        importers = {p for p, t in texts.items() if p != path and used.search(t)}
        if not importers or not importers <= routes:
            return False
    return True
