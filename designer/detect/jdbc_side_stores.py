"""JVM applications written to JDBC beside a side store's repository.

A Spring Boot API may keep its rows in PostgreSQL, every controller reaching them through a
data access class that takes pooled connections and prepares its statements (`java.sql`),
while one repository reads a graph or document store through Spring Data (milepost paths in
Neo4j). Only that store's starter names a data layer in the build: ranked as kinds, its ORM
outranks the JDBC the rest of the code is written to. So where a JVM application's own signals
name no data layer but data layers over such a store (`_SIDE_LAYERS`) and JDBC, and, of its
main sources, at least `MIN_FILES` import JDBC's connection, statement or result-set API and
at least `RATIO` times as many as import the store's API, JDBC, seen in that code, is marked
the primary data layer (`Signal.primary`). A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jdbc_code import HEAD, MAX_FILES, MIN_FILES
from designer.detect.jvm_sources import main_tree
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

ECOSYSTEM = "jvm"

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

_JDBC = re.compile(
    r"^[ \t]*import[ \t]+java\.sql\.(?:Connection|PreparedStatement|CallableStatement|Statement"
    r"|ResultSet|DriverManager)\b",
    re.MULTILINE,
)
"""Code handling JDBC's connections, statements and results (`jdbc_code`'s census)."""

RATIO = 4
"""How many times as many main sources must import JDBC's API as import the store's."""

_SIDE_LAYERS = {
    "Spring Data Neo4j": ("org.springframework.data.neo4j.", "org.neo4j."),
    "Spring Data MongoDB": ("org.springframework.data.mongodb.", "com.mongodb.", "org.bson."),
}
"""Data layers over a graph or document store → the packages of their APIs."""

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark JDBC primary for each JVM application whose main sources are written to it far
    more often than to the side store its own signals name."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        if not any(
            s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV for s in signals
        ):
            continue
        # JDBC itself may be named already (a pool the application's build declares).
        named = {s.name for s in signals if s.kind in _LAYERS} - {"JDBC"}
        if not named or not named <= _SIDE_LAYERS.keys():
            continue
        paths = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES)
        if not paths:
            continue
        prefixes = tuple(p for name in named for p in _SIDE_LAYERS[name])
        jdbc, store, first = 0, 0, ""
        for path in paths:
            head = read_head(top, path, HEAD) or ""
            if _JDBC.search(head):
                jdbc += 1
                first = first or path
            if any(f"import {prefix}" in head for prefix in prefixes):
                store += 1
        if jdbc >= MIN_FILES and jdbc >= RATIO * store:
            evidence = Evidence(path=first, text=f"JDBC imported by {jdbc} main sources")
            signals.append(
                Signal(FindingKind.QUERY, "JDBC", Strength.ENTRY, evidence, primary=True)
            )
