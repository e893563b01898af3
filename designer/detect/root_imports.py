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

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_DATA = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS, FindingKind.DATABASE}
)
"""What a package's own data shows: a data layer, its migrations, an engine (a cache is no
data layer)."""

_ENDINGS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx")

_SKIPPED = frozenset({"node_modules", "dist", "build", "coverage"})
"""Folders of installed or generated code."""

_IMPORT = re.compile(
    r"""^(?![ \t]*(?:import|export)[ \t]+type\b)[^\n]*?"""
    r"""(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(?\s*)['"]([^'"\n]+)['"]""",
    re.MULTILINE,
)
"""A module an ES import, a dynamic import or a `require` names; not a type-only import
(`import type { User } from "@prisma/client"`), which uses no code of the package."""

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
            s.kind in _DATA for s in unit.signals.get(LANGUAGE, [])
        ):
            continue
        outer = _enclosing_package(unit, units)
        if outer is None:
            continue
        offered = [
            s
            for _, e, r in outer.manifests
            if e == LANGUAGE
            for s in r.signals
            if s.kind in _DATA and s.package
        ]
        if not offered:
            continue
        imported = _imported(top, unit.folder, {s.package for s in offered})
        unit.signals[LANGUAGE] += [s for s in offered if s.package in imported]


def _enclosing_package(unit: Unit, units: dict[str, Unit]) -> Unit | None:
    """The unit of the nearest package.json above `unit`'s folder, or None."""
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        outer = units.get(folder)
        if outer is not None and any(e == LANGUAGE for _, e, _ in outer.manifests):
            return outer
    return None


def _imported(top: str, folder: str, wanted: set[str]) -> set[str]:
    """Which of the packages `wanted` the modules under `folder` import (a package or one of
    its paths: `kysely`, `kysely/helpers/postgres`), as far as `MAX_FILES` modules show."""
    seen: set[str] = set()
    for path in code_files(top, folder, _ENDINGS, MAX_FILES, skip_dir=_SKIPPED.__contains__):
        if path is None:
            break
        text = read_text(top, path)[0] or ""
        seen |= {p for p in map(_package, _IMPORT.findall(text)) if p in wanted}
        if seen == wanted:
            break
    return seen


def _package(module: str) -> str:
    """The package a module specifier names (`@scope/name/sub` → `@scope/name`), lower-cased
    as catalog keys are."""
    parts = module.split("/")
    return "/".join(parts[:2] if module.startswith("@") else parts[:1]).lower()
