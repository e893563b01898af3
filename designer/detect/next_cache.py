"""The Redis a Next.js app's cache handler opens: Next's own cache, not the app's data.

Next.js lets an app keep its incremental cache (rendered pages, fetch results) in a store of
its choosing: `cacheHandler: require.resolve("./cache-handler.mjs")` in next.config, that file
opening a Redis client for a handler package. A full-stack UI whose only store is that cache
keeps no data of its own (its pages call another backend's API): it stays a UI. So where a
package whose frameworks are only full-stack UIs has a cache and no other data kind, and its
next.config names a cache handler file, its code is read for imports of the cache's clients;
when no file but the handler imports them, the cache findings go. A tree too large to read
whole is left as it is.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.nonservices import DATA_KINDS, FULL_STACK_UIS
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_CONFIGS = ("next.config.js", "next.config.mjs", "next.config.cjs", "next.config.ts")

_HANDLER = re.compile(r"""\bcacheHandler\s*:[^,}]*?["'`](\.{1,2}/[^"'`\n]+)["'`]""")
"""The file next.config names as the cache handler (`require.resolve("./cache-handler.mjs")`,
behind a condition or not)."""

_SKIPPED = frozenset({"node_modules", ".next", "dist", "build", "out", "coverage"})

MAX_FILES = 1500
"""Code files read per package at most."""


def drop_page_cache(top: str, units: dict[str, Unit]) -> None:
    """Remove the cache findings of each full-stack UI package whose cache clients only its
    Next.js cache handler imports."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        data = [s for s in signals if s.kind in DATA_KINDS and s.strength is not Strength.DEV]
        if not frameworks or not frameworks <= FULL_STACK_UIS or not data:
            continue
        if any(s.kind is not FindingKind.CACHE for s in data):
            continue
        handlers = _handlers(top, unit.folder)
        clients = {s.package for s in data if s.package}
        if not handlers or not clients:
            continue
        importing = node_imports.importers(
            top, unit.folder, clients, MAX_FILES, skip_dir=_SKIPPED.__contains__
        )
        if importing is None or not importing <= handlers:
            continue
        unit.signals[LANGUAGE] = [s for s in signals if s.kind is not FindingKind.CACHE]


def _handlers(top: str, folder: str) -> set[str]:
    """The cache handler files the folder's next.config names, relative to `top`: resolved as
    Node resolves them, since `require.resolve("./cache-handler")` leaves the extension out."""
    found: set[str] = set()
    for name in _CONFIGS:
        path = name if folder == "." else f"{folder}/{name}"
        text = read_text(top, path)[0]
        for match in _HANDLER.finditer(text or ""):
            joined = posixpath.normpath(posixpath.join(folder, match.group(1)))
            found.add(node_imports.code_file(top, folder, joined) or joined)
    return found
