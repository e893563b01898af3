"""A full-stack UI whose database only an authentication library's adapter reaches.

A SvelteKit (or Next.js, Nuxt…) UI over another program's API may keep a database for one
thing: its sign-in. Its starter wires an authentication library to a connection of its own
(`betterAuth({ database: drizzleAdapter(db, …) })` in `lib/server/auth.ts`, over
`lib/server/db/index.ts` opening `postgres(env.DATABASE_URL)` and a schema of the library's
user, session and account tables), while its pages and server routes call the product's API.
Those tables are identity, not data of the app's own: as HELDOUT.md counts it, a UI whose
database is its sign-in store is a UI (`Unit.signs_in_only`, read by `nonservices.ui_only`),
as `next_auth_only` has it for a NextAuth route.

Narrow on purpose: every module of the package importing a data package (the drivers, ORMs
and query builders its signals name) is imported only by modules importing an authentication
library or by other such data modules, and one of them is imported by an authentication
module. A page, a server route or a server action importing the connection, and the app stays
what the rest of the rules say.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports, node_layers
from designer.detect.assemble import Unit
from designer.detect.nonservices import FULL_STACK_UIS
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

AUTH_LIBRARIES = frozenset({"better-auth", "lucia", "@lucia-auth/adapter-drizzle"})
"""Authentication libraries handed the app's database through an adapter to keep their own
user and session tables in."""

MAX_FILES = 1500
"""Modules read per package, at most; a larger package is left as it is."""

HEAD = 16384
"""Characters of each module read for its imports."""

_TOOL_CONFIG = re.compile(r"[\w-]+\.config\.[cm]?[jt]s$")
"""A tool's configuration module (`drizzle.config.ts` naming the schema file for its
migrations): read by the tool at the developer's command, not by the running app."""

_DATA_KINDS = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.signs_in_only` on each full-stack UI package whose data modules only its
    authentication modules reach."""
    packages = node_layers.node_packages(units)
    for folder in sorted(packages):
        unit = units[folder]
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if not frameworks or not frameworks <= FULL_STACK_UIS:
            continue
        data = {s.package.lower() for s in signals if s.kind in _DATA_KINDS and s.package}
        if not data:
            continue
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if not files or len(files) >= MAX_FILES:
            continue
        texts = {p: read_head(top, p, HEAD) or "" for p in files}
        if _auth_reaches_only(texts, data):
            unit.signs_in_only = True


def _auth_reaches_only(texts: dict[str, str], data: set[str]) -> bool:
    """Whether every module importing a data package is imported, and only by modules
    importing an authentication library or by other such data modules, with at least one
    authentication module among the importers."""
    stores = {p for p, t in texts.items() if node_imports.named(t) & data}
    auth = {p for p, t in texts.items() if node_imports.named(t) & AUTH_LIBRARIES}
    if not stores or not auth or stores & auth:
        return False
    reached = False
    for path in stores:
        importers = {
            p
            for p, t in texts.items()
            if p != path and not _TOOL_CONFIG.match(posixpath.basename(p)) and _imports(t, path)
        }
        if not importers or not importers <= stores | auth:
            return False
        reached = reached or bool(importers & auth)
    return reached


def _imports(text: str, path: str) -> bool:
    """Whether `text` names the module at `path` in an import: by its file name's stem, or by
    its folder's name for an `index` module (`$lib/server/db`). Loose on purpose: a module
    named alike elsewhere counts as an importer, which only keeps the app as it is."""
    stem = posixpath.splitext(posixpath.basename(path))[0]
    if stem == "index":
        stem = posixpath.basename(posixpath.dirname(path))
    if not stem:
        return True
    pattern = r"""['"](?:[^'"\n]*/)?""" + re.escape(stem) + r"""(?:\.\w+)?['"]"""
    return re.search(pattern, text) is not None
