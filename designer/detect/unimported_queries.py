"""Node: a query library a package declares and none of its code imports, beside one it does.

A Next.js app may keep pg-promise in its package.json (added for a first version, or copied
from a sibling service) while the module that opens its database builds a `new Pool()` from
`pg` itself. Ranked as kinds alone, the query library outranks the bare driver it builds on
(`assemble.RAW_ACCESS`), and a scan keeps evidence of only a few files: what decides is what
the code imports. So where a Node package's own package.json declares two data layers or more
(ORMs, query libraries, drivers), its code outside tests is read for an import of each; a query
library none imports, where another declared layer is imported, is no layer of the package:
its data-layer signal is dropped (the engine it names stays: the imported layer names it too,
or the configuration does). ORMs are left alone: they are reached through companion packages
and framework modules (`@nestjs/typeorm`, `sequelize-typescript`) as often as by name. A tree
too large to read whole is left as it is.
"""

from __future__ import annotations

import posixpath

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)


def drop_unimported(top: str, units: dict[str, Unit]) -> None:
    """Remove the query library each Node package declares that none of its code, outside
    its tests, imports, where some of that code imports another layer it declares."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        manifest = posixpath.join(folder, "package.json") if folder != "." else "package.json"
        declared = {
            (s.package or "").lower(): s.kind
            for s in signals
            if s.kind in _LAYERS
            and s.strength is Strength.DEPENDENCY
            and s.package
            and s.evidence.path == manifest
        }
        queries = {package for package, kind in declared.items() if kind is FindingKind.QUERY}
        if len(declared) < 2 or not queries:
            continue
        found, whole = node_imports.imported_outside_tests(top, folder, set(declared), MAX_FILES)
        unused = queries - found
        if not whole or not found or not unused:
            continue
        unit.signals[LANGUAGE] = [
            s
            for s in signals
            if not (s.kind is FindingKind.QUERY and (s.package or "").lower() in unused)
        ]
