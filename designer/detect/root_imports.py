"""Data layers a Node package imports from what an enclosing package.json installs.

Node resolves a package's imports up through the folders above it, so a monorepo's root
package.json may install the data layer its server package's code is written to (Kysely and
pg declared at the root, imported in the server's modules), while the server's own manifest
declares none. What the code imports is its data layer, wherever it is installed; a package
that imports none of it (a sibling app declaring its own dependencies) takes nothing from the
root. Telling so needs the text of the package's modules: only packages declaring no data layer
of their own, under a package.json that declares one, are read, until every such dependency
has been seen imported or the package's files run out.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit, enclosing
from designer.detect.signals import OWN_DATA

LANGUAGE = "node"

_SKIPPED = frozenset({"node_modules", "dist", "build", "coverage"})
"""Folders of installed or generated code."""

MAX_FILES = 3000
"""Files read per package at most."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node package declaring no data layer the enclosing package.json's data-layer
    dependencies its own modules import."""
    for unit in units.values():
        own = [r for _, e, r in unit.manifests if e == LANGUAGE]
        # A package with no run-time dependency of its own runs on the root's wholly
        # (`inheritance.workspace_root`), after what it is has been decided.
        if not any(r.runtime_dependencies for r in own) or any(
            s.kind in OWN_DATA for s in unit.signals.get(LANGUAGE, [])
        ):
            continue
        outer = enclosing(unit, LANGUAGE, units)
        if outer is None:
            continue
        offered = [
            s
            for _, e, r in outer.manifests
            if e == LANGUAGE
            for s in r.signals
            if s.kind in OWN_DATA and s.package
        ]
        if not offered:
            continue
        wanted = {s.package for s in offered}
        skip = _SKIPPED.__contains__
        imported, _ = node_imports.imported(top, unit.folder, wanted, MAX_FILES, skip_dir=skip)
        unit.signals[LANGUAGE] += [s for s in offered if s.package in imported]
