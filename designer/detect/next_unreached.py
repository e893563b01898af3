"""Drivers a Next.js app's code imports only in modules no page, route or server file reaches.

A Next.js front may keep a helper that opens a database (`utils/postgres.ts`: `new Pool(…)`)
and a module using it (`utils/form.ts`), left from the days it kept data of its own: the barrel
that re-exports them as namespaces (`export * as postgres from "./postgres"`) is imported only
for its other functions, and nothing else imports them. A driver names a data layer and an
engine only when the application's code opens it (as `node_drivers` holds for tests), so the
package's modules are followed from what Next.js runs (the App Router's pages, layouts and
route handlers, the `pages/` tree, the package's top-level files, the files its scripts name),
through relative imports and the names asked of each barrel; a driver imported only by modules
never reached (each imported by some module, so known to be a part of the code, yet by none
Next.js reaches) gives up its data layer and engine. A module nothing imports is left alone (a
tool or a worker may run it), and an import through a path alias (`@/lib/db`) is not followed:
a module it may name counts as reached. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import json
import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.node_drivers import DRIVERS
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"
FRAMEWORK = "Next.js"

MAX_FILES = 1500
"""Code files read per package at most."""

_SKIPPED = frozenset({*PRUNED, ".next", "coverage", "out", "e2e"})

_APP = "app"
_PAGES = "pages"
"""The folders where the App Router and the Pages Router find the modules Next.js runs itself
(`app/`, `src/app/`, or an app's of a workspace package: `apps/admin/app/`)."""

_APP_FILES = frozenset(
    {
        "page",
        "layout",
        "route",
        "template",
        "loading",
        "error",
        "global-error",
        "not-found",
        "default",
        "opengraph-image",
        "twitter-image",
        "icon",
        "apple-icon",
        "sitemap",
        "robots",
        "manifest",
    }
)
"""The App Router's file conventions: the modules of `app/` it runs (other modules there are
ordinary ones, reached only through imports)."""

ALL = "*"
"""Every name of a module asked for (a default, namespace or side-effect import)."""

_STATEMENT = re.compile(
    r"""^[ \t]*(import|export)\b([^;'"]*?)\bfrom[ \t]*['"]([^'"\n]+)['"]"""
    r"""|\b(?:require|import)[ \t]*\([ \t]*['"]([^'"\n]+)['"]"""
    r"""|^[ \t]*import[ \t]*['"]([^'"\n]+)['"]""",
    re.MULTILINE,
)
"""An import or re-export with its clause and specifier, a `require`/dynamic import, or a
side-effect import."""

_BRACED = re.compile(r"\{([^}]*)\}")


def _asked(keyword: str, clause: str) -> tuple[set[str], set[str]]:
    """(names asked of the target, names the module exports from it) of one statement."""
    clause = " ".join(clause.split())
    if keyword == "import":
        if clause.startswith("type ") or not clause:
            return (set(), set()) if clause else ({ALL}, set())
        braced = _BRACED.search(clause)
        names = set()
        if braced:
            for part in braced.group(1).split(","):
                name = part.strip().removeprefix("type ").split(" as ")[0].strip()
                if name:
                    names.add(name)
        outside = _BRACED.sub("", clause).strip(" ,")
        if outside:  # a default or namespace import
            names.add(ALL)
        return names, set()
    # A re-export: what it exports under which name.
    if clause.startswith("type "):
        return set(), set()
    star = re.fullmatch(r"\*(?:[ \t]+as[ \t]+(\w+))?", clause.strip())
    if star:
        return {ALL}, {star.group(1) or ALL}
    braced = _BRACED.search(clause)
    exported = set()
    if braced:
        for part in braced.group(1).split(","):
            bits = part.strip().removeprefix("type ").split(" as ")
            if bits[0].strip():
                exported.add(bits[-1].strip())
    return {ALL}, exported


def _resolve(source: str, specifier: str, files: set[str]) -> str | None:
    """The code file a relative `specifier` of the module at `source` names."""
    base = posixpath.normpath(posixpath.join(posixpath.dirname(source), specifier))
    for candidate in (
        base,
        *(base + ending for ending in node_imports.ENDINGS),
        *(f"{base}/index{ending}" for ending in node_imports.ENDINGS),
    ):
        if candidate in files:
            return candidate
    return None


def _entries(folder: str, files: set[str], top: str) -> set[str]:
    """The modules Next.js or the package's scripts run: the routed trees, the package's
    top-level files, the files its scripts name."""
    within = "" if folder == "." else folder + "/"
    found = set()
    for path in files:
        relative = path[len(within) :]
        folders = relative.split("/")[:-1]
        stem = posixpath.basename(relative).split(".", 1)[0]
        if not folders or _PAGES in folders or (_APP in folders and stem in _APP_FILES):
            found.add(path)
    text = read_text(top, within + "package.json")[0] or "{}"
    try:
        scripts = json.loads(text).get("scripts") or {}
    except (ValueError, AttributeError):
        return set(files)  # unreadable: everything may be run
    for command in scripts.values() if isinstance(scripts, dict) else ():
        for word in str(command).split():
            path = posixpath.normpath(within + word.removeprefix("./"))
            if path in files:
                found.add(path)
    return found


def drop_unreached(top: str, units: dict[str, Unit]) -> None:
    """Remove the data layer and engine of each driver a Next.js package declares whose every
    importing module is out of reach of what Next.js runs."""
    for unit in units.values():
        node = unit.signals.get(LANGUAGE, [])
        frameworks = {s.name for s in node if s.kind is FindingKind.FRAMEWORK}
        drivers = {s.package for s in node if s.kind is FindingKind.QUERY and s.package in DRIVERS}
        if frameworks != {FRAMEWORK} or not drivers:
            continue
        unreached = _unreached(top, unit.folder, drivers)
        if unreached:
            unit.signals[LANGUAGE] = [
                s
                for s in node
                if not (
                    s.kind in (FindingKind.QUERY, FindingKind.DATABASE) and s.package in unreached
                )
            ]


def _unreached(top: str, folder: str, drivers: set[str]) -> set[str]:
    """The drivers that modules of `folder` import only where nothing run reaches them."""
    paths = list(
        node_imports.program_files(top, folder, MAX_FILES, skipped=_SKIPPED)
    )
    if not paths or paths[-1] is None:
        return set()
    files = {p for p in paths if p is not None}
    texts = {path: read_text(top, path)[0] or "" for path in files}
    importers = {d: {p for p, t in texts.items() if d in node_imports.named(t)} for d in drivers}
    # Edges: module → [(target, names asked, names exported)].
    edges: dict[str, list[tuple[str, set[str], set[str]]]] = {}
    loose: set[str] = set()
    for path, text in texts.items():
        found = edges.setdefault(path, [])
        for match in _STATEMENT.finditer(text):
            specifier = match.group(3) or match.group(4) or match.group(5)
            if match.group(3):
                asked, exported = _asked(match.group(1), match.group(2))
            else:
                asked, exported = {ALL}, set()
            if specifier.startswith("."):
                target = _resolve(path, specifier, files)
                if target is not None:
                    found.append((target, asked, exported))
                    continue
            # Unresolved, or a package's, or a path alias's (`@/lib/db`, a `baseUrl` path):
            # any module of the package named so counts as reached.
            loose.add(posixpath.basename(specifier.rstrip("/")))
    # What each reached module is asked for; a module asked nothing is not reached.
    wanted: dict[str, set[str]] = {path: {ALL} for path in _entries(folder, files, top)}
    queue = list(wanted)
    while queue:
        path = queue.pop()
        names = wanted[path]
        for target, asked, exported in edges.get(path, []):
            if exported and ALL not in names and not (exported & names) and ALL not in exported:
                continue  # a barrel's re-export nobody asks for
            given = asked if not exported else {ALL}
            before = wanted.get(target, set())
            if not given or given <= before:
                continue
            wanted[target] = before | given
            queue.append(target)

    def reached(path: str) -> bool:
        stem = posixpath.basename(path).rsplit(".", 1)[0]
        if stem == "index":
            stem = posixpath.basename(posixpath.dirname(path))  # named by its folder
        return path in wanted or stem in loose

    # A module nothing imports may still be run by a tool or a path not followed here (a
    # worker, an instrumentation hook): only one other modules import is known to be a part.
    imported = {target for found in edges.values() for target, _, _ in found}
    return {
        d
        for d, users in importers.items()
        if users and users <= imported and not any(map(reached, users))
    }
