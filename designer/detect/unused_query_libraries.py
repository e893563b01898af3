"""JVM: a query library the build declares with no database and no main source written to it.

A multi-module Gradle build may group the framework's modules in a catalogue bundle every
service takes (`implementation(libs.bundles.micronaut)`: the HTTP server, validation, Flyway,
the JDBC pool and micronaut-jooq together). A service keeping nothing (flags held in memory, a
gateway over the others) is then lent jOOQ by the bundle: its build names no driver nor engine,
and none of its main sources imports `org.jooq`. Such a library runs no query, so where a JVM
unit declares a query library of `jvm_layers.PACKAGES` (jOOQ, Jdbi, kotliquery) with no
database among its run-time signals (an H2 for the tests aside) and no JDBC of its own, and
none of its main sources names the library's packages, the library's signals are dropped. A
unit with a driver, or whose code is written to the library, keeps it; a tree too large to
read whole is left as it is.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.unimported_jvm_queries import (
    ECOSYSTEM,
    declared_libraries,
    drop,
    main_sources,
    named,
)
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_STORES = frozenset({FindingKind.DATABASE, FindingKind.ORM})
"""Signals showing a store the unit reaches otherwise: an engine (a driver), or a mapper."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop each query library a JVM unit declares with no database, no mapper and no JDBC
    beside it, that none of its main sources names."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        # A test bundle's in-memory database (H2 for the tests) is no store of the program's.
        kept = [s for s in signals if s.strength is not Strength.DEV]
        if any(s.kind in _STORES for s in kept):
            continue
        if any(s.kind is FindingKind.QUERY and s.name == "JDBC" for s in kept):
            continue
        declared = declared_libraries(signals)
        paths = main_sources(top, unit) if declared else None
        if not paths:
            continue
        unused = set(declared)
        for path in paths:
            unused -= named(unused, read_text(top, path)[0] or "")
            if not unused:
                break
        if unused:
            drop(unit, unused)
