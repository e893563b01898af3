"""Storage modules a JVM service chooses among by configuration.

A server built to keep its data in any of several databases depends on one module per store,
kept side by side in one folder (`storage/jdbc`, `storage/mongodb`, `storage/cassandra`, …),
each declaring its own driver; which one runs is a setting (`store.type=IN_MEMORY`). None of
them is the service's data layer: lent all, the first found would be reported as the one it
keeps its data in. A service keeping its data in one database and a cache beside it uses two
such modules; three or more sibling modules, each naming a database of its own, are
choices. An engine all of them name (a reactor's modules each declaring H2) is none's own."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

MIN_CHOICES = 3
"""Sibling storage modules, each with a database of its own, that make a choice of stores."""


def choices(used: Sequence[Unit], language: str) -> set[str]:
    """The folders of the `used` modules that are alternative stores: modules of one parent
    folder, each declaring a database for run time, which name at least MIN_CHOICES
    different ones between them (a second version of one store's module, `cassandra2`
    beside `cassandra`, is one choice more of the same kind)."""
    if language != "jvm":
        # A .NET solution's data libraries pick their provider in code (`ef_registrations`).
        return set()
    by_parent: dict[str, dict[str, set[str]]] = {}
    for unit in used:
        engines = {
            s.name
            for s in unit.signals.get(language, [])
            if s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV
        }
        if engines and unit.folder != ".":
            parent = posixpath.dirname(unit.folder)
            by_parent.setdefault(parent, {})[unit.folder] = engines
    found: set[str] = set()
    for modules in by_parent.values():
        # An engine every one of the modules declares (the H2 each module of a reactor keeps
        # for its tests at run-time scope) tells none apart: modules built on one engine are
        # one build's parts, not stores to choose among.
        common = frozenset.intersection(*(frozenset(e) for e in modules.values()))
        told = {frozenset(e) - common for e in modules.values()} - {frozenset()}
        if len(told) >= MIN_CHOICES:
            found |= modules.keys()
    return found
