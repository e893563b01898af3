"""A second start of a Node server another package of the tree builds and starts itself.

A repository split into a server package and a browser-application package may keep, in the
UI's package, a copy of the server's start file: it creates an Express app only as the mount
point it hands to the server (`server.start({ parent })`), and reaches the server's code
through a TypeScript path alias that leaves the package (`"srv/*": ["../../server/src/*"]`
in its tsconfig). The server package starts the same code from its own start file, with its
data. The UI package's start is that server run from elsewhere, not one more backend
(`Unit.no_web`, as `second_hosts` for .NET).

Only a package declaring no data layer or store is read: its start files (where its framework
was seen started), and the modules they import by relative paths, one level deep. The start
must declare nothing on the app it creates (no middleware, route nor `listen`: those are a
server of its own) and import, itself or through those modules, a path alias whose target lies
in another package of the tree that starts a framework itself.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import BACKEND_KINDS, Unit
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

MAX_FILES = 3
"""Start files read per package: the few the framework is started in."""

_ALIAS = re.compile(r'"([^"*]+)/\*"\s*:\s*\[\s*"([^"*]+)/\*"')
"""A tsconfig `paths` entry mapping `alias/*` to a folder (`folder/*`), its first target."""

_BASE_URL = re.compile(r'"baseUrl"\s*:\s*"([^"]*)"')

_IMPORT = re.compile(
    r"""(?:\bfrom|\bimport|\brequire\s*\()\s*['"]([^'"]+)['"]"""
)
"""A module a file imports (`import x from "m"`, `import "m"`, `require("m")`)."""

_SERVES = re.compile(r"\.(?:use|get|post|put|patch|delete|all|route|listen|register)\s*\(")
"""Anything the start declares on a server itself: middleware, a route, a listening port."""

_ENDINGS = (".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx", "/index.js")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages with no data of their own whose start only
    hands an app to a server another package of the tree starts, reached by a path alias."""
    starters = [u for u in units.values() if _started(u)]
    candidates: dict[str, tuple[Unit, dict[str, str]]] = {}
    for unit in starters:
        if unit.no_web:
            continue
        signals = unit.signals.get("node", [])
        if any(s.kind in BACKEND_KINDS - {FindingKind.FRAMEWORK} for s in signals):
            continue
        texts = {p: blank_comments(read_text(top, p)[0] or "") for p in _started(unit)}
        if not any(_SERVES.search(text) for text in texts.values()):
            candidates[unit.folder] = (unit, texts)
    for unit, texts in candidates.values():
        # The server it starts must be another's that is no such second start itself (two
        # packages aliasing each other's code tell nothing).
        others = [
            o
            for o in starters
            if o is not unit and o.folder != "." and o.folder not in candidates
            and not unit.is_under(o)
        ]
        aliases = _foreign_aliases(top, unit, list(texts), others) if others else set()
        if aliases and any(_imports_alias(top, p, text, aliases) for p, text in texts.items()):
            unit.no_web = True


def _started(unit: Unit) -> list[str]:
    """The files a Node framework was seen started in, the first `MAX_FILES`."""
    return sorted(
        {
            s.evidence.path
            for s in unit.signals.get("node", [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
    )[:MAX_FILES]


def _foreign_aliases(
    top: str, unit: Unit, started: list[str], others: list[Unit]
) -> set[str]:
    """The path aliases of the tsconfig files from the start files' folders up to the
    package's whose target lies outside the package, in one of `others`."""
    folders: set[str] = set()
    for path in started:
        folder = posixpath.dirname(path) or "."
        while _within(folder, unit.folder):
            folders.add(folder)
            if folder == unit.folder:
                break
            folder = posixpath.dirname(folder) or "."
    aliases: set[str] = set()
    for folder in folders:
        config = "tsconfig.json" if folder == "." else posixpath.join(folder, "tsconfig.json")
        text = read_text(top, config)[0]
        if not text:
            continue
        base = _BASE_URL.search(text)
        root = posixpath.normpath(posixpath.join(folder, base.group(1) if base else "."))
        for alias, target in _ALIAS.findall(text):
            place = posixpath.normpath(posixpath.join(root, target))
            if place.startswith("..") or _within(place, unit.folder):
                continue
            if any(_within(place, other.folder) for other in others):
                aliases.add(alias)
    return aliases


def _within(path: str, folder: str) -> bool:
    return folder == "." or path == folder or path.startswith(folder + "/")


def _imports_alias(top: str, path: str, text: str, aliases: set[str]) -> bool:
    """Whether the file, or a module it imports by a relative path, imports an alias."""
    if _names_alias(text, aliases):
        return True
    folder = posixpath.dirname(path)
    for spec in _IMPORT.findall(text):
        if not spec.startswith("./") and not spec.startswith("../"):
            continue
        base = posixpath.normpath(posixpath.join(folder, spec))
        for ending in _ENDINGS:
            module = read_text(top, base + ending)[0]
            if module is not None:
                if _names_alias(blank_comments(module), aliases):
                    return True
                break
    return False


def _names_alias(text: str, aliases: set[str]) -> bool:
    return any(
        spec == alias or spec.startswith(alias + "/")
        for spec in _IMPORT.findall(text)
        for alias in aliases
    )
