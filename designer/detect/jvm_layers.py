"""JVM: which of the data layers a build declares its code is written to.

A Spring Boot build may declare the JPA starter beside Jdbi while every DAO is Jdbi's and no
class imports JPA's API (the starter kept for its DataSource and its settings). A scan keeps
evidence of only a few files per rule and samples a large tree, so ranked as kinds the ORM
wins. What decides is what the application's own main sources import: where a unit names two
of the layers below, they are read (`src/main` of the unit's folder, within a budget), and a
layer imported by more than twice as many files as any other (`census`) is marked the primary
one (`Signal.primary`), as Go's and Node's censuses do (`go_layers`, `node_layers`).
"""

from __future__ import annotations

import re

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

ECOSYSTEM = "jvm"

PACKAGES = {
    "JPA / Hibernate": (
        "javax.persistence.",
        "jakarta.persistence.",
        "org.springframework.data.jpa.",
        "org.hibernate.",
    ),
    "Jdbi": ("org.jdbi.", "org.skife.jdbi."),
    "kotliquery": ("kotliquery.",),
    # jOOQ's DSL (`DSLContext`, the generated tables' records): a repository written to it
    # imports `org.jooq`, which tells it from the MongoDB client kept beside it for a side
    # collection.
    "jOOQ": ("org.jooq.",),
    # MongoDB's Java drivers (sync and reactive streams) and the Scala driver wrapping them: a
    # module may declare both, its Java code written to the former.
    "mongodb": ("com.mongodb.",),
    "mongo-scala-driver": ("org.mongodb.scala.",),
}
"""Data layer → the packages of its API: code written to the layer imports one of them (a
JPA entity its annotations, a DAO Jdbi's handles)."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

MAX_FILES = 3000
"""Main sources read per unit, at most: a larger tree is left to the ranking by kinds."""

HEAD = 8192
"""Bytes read of a source: its imports come first, after a licence header at most."""

_IMPORT = re.compile(r"^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+)", re.MULTILINE)


def _layers(imports: set[str]) -> set[str]:
    """The layers of `PACKAGES` whose packages one of `imports` (dotted names) lies in."""
    return {
        name
        for name, prefixes in PACKAGES.items()
        for imported in imports
        if (imported + ".").startswith(prefixes)
    }


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Mark the layer most of each JVM unit's main sources import primary."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        named = {
            s.name
            for s in signals
            if s.kind in (FindingKind.ORM, FindingKind.QUERY) and s.name in PACKAGES
        }
        if len(named) < 2:
            continue
        paths = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES)
        if not paths:
            continue  # no main sources under the usual layout, or too many to read
        counts: dict[str, int] = {}
        shown: dict[str, str] = {}
        for path in paths:
            text = read_head(top, path, HEAD) or ""
            for name in _layers(set(_IMPORT.findall(text))):
                counts[name] = counts.get(name, 0) + 1
                shown.setdefault(name, path)
        led = census.leader({name: counts.get(name, 0) for name in named})
        if led is None:
            continue
        name, count = led
        signal: Signal = next(s for s in signals if s.name == name)
        evidence = Evidence(path=shown[name], text=f"imported by {count} of {len(paths)} sources")
        unit.signals[ECOSYSTEM].append(
            signal.replace(strength=Strength.ENTRY, evidence=evidence, primary=True, version="")
        )
