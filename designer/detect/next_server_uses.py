"""Which workspace packages a Next.js front's code reaches at run time.

A Next.js UI of a workspace often declares the workspace's data package (`@app/prisma`) and
its GraphQL package beside its components, yet its code imports from them only the generated
operations and types its pages send to the product's API (`@app/graphql/dist/ops`, built from
`src/ops.ts`: documents and types, nothing opening a store), or nothing at all. Such a front
keeps no data of its own (HELDOUT: a server-rendered front over the API is a UI), while a
Next.js app whose routes or pages import the data package (`import { prisma } from
"@app/prisma"`) keeps it. So the packages its code imports for values are recorded
(`Unit.server_uses`), leaving out a workspace library imported only through subpaths whose
modules open no data layer (`library_subpaths`, `library_names`); `ui_only` then weighs only
the workspace packages among them. Every module may run on the server (pages render there), so
all of the app's code is read, its tests aside. An app with a data layer of its own, or too
many files to read, is left to the usual lending.
"""

from __future__ import annotations

import re

from designer.detect import library_subpaths, node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.library_names import is_layer, opens
from designer.detect.nonservices import DATA_KINDS, module_names, module_uses
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

FRAMEWORK = "Next.js"

MAX_FILES = 3000
"""Code files of the application read at most."""

MAX_DEPTH = 3
"""How many workspace libraries deep an import is followed (`@app/ui` on `@app/graphql`)."""

_TYPE_ONLY = LazyPattern(
    r"""^[ \t]*(?:import|export)[ \t]+type\b[^;"'`]{0,20000}?\bfrom[ \t]*["'][^"'\n]+["']""",
    re.MULTILINE,
)
"""A type-only import or re-export, over as many lines as its names take (`import type {`
… `} from "@app/prisma"`): it runs no code of the module it names."""

_REEXPORT = LazyPattern(
    r"""^[ \t]*export[ \t]+(?!type\b)[^;"'`]{0,20000}?\bfrom[ \t]*["']([^"'\n]+)["']""",
    re.MULTILINE,
)
"""A re-export of values (`export * from "@prisma/client"`, `export { PrismaClient } from
…`): a data package handing its client on opens the store for whoever imports it."""

_SKIPPED = frozenset({*PRUNED, *TEST_FOLDERS, ".next", "out", "coverage", "e2e"})


def _skip(name: str) -> bool:
    return name in _SKIPPED


def mark(top: str, units: dict[str, Unit]) -> None:
    """Record the packages each Next.js front's code imports for values."""
    libraries = {
        name.lower(): unit
        for unit in units.values()
        if not unit.deployable
        for name in module_names(unit, LANGUAGE)
    }
    known: dict[str, bool] = {}
    for unit in units.values():
        if unit.server_uses is not None:
            continue  # a TanStack Start app's server code, read already
        signals = unit.signals.get(LANGUAGE, [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        if named != {FRAMEWORK}:
            continue
        used = {name.lower() for name in module_uses(unit, LANGUAGE)} & libraries.keys()
        if not used:
            continue  # no workspace library to weigh
        if _keeps_data(unit):
            continue  # data of its own: the lending does not decide it
        paths = all_code_files(top, unit.folder, node_imports.ENDINGS, MAX_FILES, skip_dir=_skip)
        if not paths:
            continue
        uses: set[str] = set()
        for path in paths:
            for spec in _specifiers(top, path):
                package = node_imports.package(spec)
                if package in uses:
                    continue
                if package in used and _inert(top, spec, libraries, known, MAX_DEPTH):
                    continue  # generated operations, types, a JSON document: no store
                uses.add(package)
        unit.server_uses = uses


def _inert(
    top: str, spec: str, libraries: dict[str, Unit], known: dict[str, bool], depth: int
) -> bool:
    """Whether importing `spec` (`@app/graphql/dist/ops`, `@app/ui/src/Loader`) of a
    workspace library runs only modules opening no data layer: its reach known, none of them
    importing a store's client, nor a module of another workspace library that does. A
    library's root counts so only where the library keeps no data of its own (`@app/types`,
    whose enums sit beside types of the data package)."""
    package = node_imports.package(spec)
    key = spec.lower()
    if key in known:
        return known[key]
    known[key] = False  # while being read: an import cycle proves nothing inert
    library = libraries[package]
    subpath = spec[len(package) + 1 :]
    if not subpath and _keeps_data(library):
        # Its root is all of it: a store its modules name (a URL in its config, a cache
        # client) may open wherever the root leads.
        known[key] = False
        return False
    reach = library_subpaths.reached(top, library.folder, subpath)
    inert = reach is not None and depth > 0
    for path in sorted(reach or ()) if inert else ():
        if opens(top, path) or any(
            is_layer(node_imports.package(module))
            for module in _REEXPORT.findall(read_text(top, path)[0] or "")
        ):
            inert = False
            break
        for other in _specifiers(top, path):
            name = node_imports.package(other)
            if name in libraries and name != package and not _inert(
                top, other, libraries, known, depth - 1
            ):
                inert = False
                break
        if not inert:
            break
    known[key] = inert
    return inert


def _specifiers(top: str, path: str) -> list[str]:
    """The modules the file imports values from (type-only imports aside)."""
    return node_imports.specifiers(_TYPE_ONLY.sub("", read_text(top, path)[0] or ""))


def _keeps_data(unit: Unit) -> bool:
    return any(
        s.kind in DATA_KINDS and s.strength is not Strength.DEV
        for s in unit.signals.get(LANGUAGE, [])
    )
