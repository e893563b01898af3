"""JVM: a query library the build declares and no main source imports, beside JDBC run by hand.

A Ktor service may keep jOOQ in its build (from a first plan, or a template) beside HikariCP and
the PostgreSQL driver, while its repositories take connections from the pool and run their SQL
through `prepareStatement` themselves, no class importing `org.jooq`. Ranked as kinds, the two
query layers tie and the library's name wins, naming the data layer of a service with none of
its DSL. So where a JVM unit declares a query library of `jvm_layers.PACKAGES` (jOOQ, Jdbi,
kotliquery) as a dependency beside JDBC's own signal (a pool it declares), and none of its main
sources imports the library's packages while one prepares a statement, the library's signals
are dropped: JDBC is what the code is written to. JPA is `jpa_unused`'s to weigh; a tree too
large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_layers import PACKAGES
from designer.detect.jvm_sources import main_tree
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 1500
"""Main sources read per unit, at most."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

_PREPARES = re.compile(r"\.prepare(?:Statement|Call)\s*\(")
"""A JDBC statement prepared by the code itself."""


def declared_libraries(signals: list[Signal]) -> set[str]:
    """The query libraries of `jvm_layers.PACKAGES` a unit's build declares as dependencies
    (JPA aside: `jpa_unused` weighs it)."""
    return {
        s.name
        for s in signals
        if s.kind is FindingKind.QUERY
        and s.strength is Strength.DEPENDENCY
        and s.name in PACKAGES
        and s.name != "JPA / Hibernate"
    }


def main_sources(top: str, unit: Unit) -> list[str] | None:
    """The unit's main sources, or None when it has none under the usual layout or more than
    `MAX_FILES` (a tree too large to read whole is left as it is)."""
    return all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES) or None


def named(libraries: set[str], text: str) -> set[str]:
    """Those of `libraries` a source's text imports or names in full
    (`org.jooq.impl.DSL.using(…)`)."""
    return {name for name in libraries if any(p in text for p in PACKAGES[name])}


def drop(unit: Unit, libraries: set[str]) -> None:
    """Drop the unit's query signals of `libraries`."""
    unit.signals[ECOSYSTEM] = [
        s
        for s in unit.signals.get(ECOSYSTEM, [])
        if not (s.kind is FindingKind.QUERY and s.name in libraries)
    ]


def drop_unimported(top: str, units: dict[str, Unit]) -> None:
    """Drop each query library a JVM unit declares beside JDBC that none of its main sources
    imports, where one of them prepares JDBC statements itself."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        if not any(s.kind is FindingKind.QUERY and s.name == "JDBC" for s in signals):
            continue
        declared = declared_libraries(signals)
        paths = main_sources(top, unit) if declared else None
        if not paths:
            continue
        unused, prepares = set(declared), False
        for path in paths:
            text = read_text(top, path)[0] or ""
            unused -= named(unused, text)
            prepares = prepares or _PREPARES.search(text) is not None
        if prepares and unused:
            drop(unit, unused)
