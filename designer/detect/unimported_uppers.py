"""Node: an ORM built on another that a package declares beside it but never imports.

Objection and Bookshelf are models over Knex (`assemble.BUILT_ON`): a package using them
declares Knex too, and the models (`class Lift extends Model`, `Model` imported from
`objection`) are what its code is written to. A package may declare the upper ORM all the same
and write none: its one connection module builds `require("knex")({ client: "pg" })` and every
query runs through that instance (`knex("lifts").where(...)`). Ranked as kinds, the upper ORM
outranks its base, and names a data layer of which the code holds no model. So where a Node
package's own package.json declares both an upper ORM and its base, and its modules outside
tests (migrations included) import the base and no package named after the upper ORM, while no
script of the package runs it, the upper ORM is dropped (with its migrations). A package that
depends on one of the same tree (which may import it for this one), or a tree too large to read
whole, is left as it is.
"""

from __future__ import annotations

import posixpath

from designer.detect import node_imports
from designer.detect.assemble import BUILT_ON, Unit
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""


def _stem(package: str) -> str:
    """The word an ORM's companions are named after (`objection` → `objection`)."""
    return package.split("/")[0].lstrip("@") if package.startswith("@") else package


def drop_unimported(top: str, units: dict[str, Unit]) -> None:
    """Remove each upper ORM a Node package declares beside its base where the code imports
    the base and nothing named after the upper ORM."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        manifest_path = posixpath.join(folder, "package.json") if folder != "." else "package.json"
        orms: dict[str, str] = {
            s.name: s.package.lower()
            for s in signals
            if s.kind is FindingKind.ORM
            and s.strength is Strength.DEPENDENCY
            and s.package
            and s.evidence.path == manifest_path
        }
        uppers = {name: orms[BUILT_ON[name]] for name in orms if BUILT_ON.get(name) in orms}
        if not uppers:
            continue
        manifest = node_imports.self_contained(top, folder)
        if manifest is None:
            continue
        dependencies, commands = manifest
        stems = {name: _stem(orms[name]) for name in uppers}
        wanted = set(uppers.values()) | {
            name for name in dependencies if any(stem in name for stem in stems.values())
        }
        found, whole = node_imports.imported_outside_tests(top, folder, wanted, MAX_FILES)
        if not whole:
            continue
        unused = {
            name
            for name, base in uppers.items()
            if base in found
            and not any(stems[name] in package for package in found)
            and stems[name] not in commands
        }
        if unused:
            unit.signals[LANGUAGE] = [s for s in signals if not _upper(s, unused)]


def _upper(signal: Signal, names: set[str]) -> bool:
    """Whether the signal is one of the ORMs `names`, or migrations named after one."""
    if signal.kind is FindingKind.ORM:
        return signal.name in names
    return signal.kind is FindingKind.MIGRATIONS and any(
        signal.name.startswith(name) for name in names
    )

