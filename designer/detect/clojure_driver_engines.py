"""Clojure: the engine whose JDBC driver classes a service's own namespaces import.

A Clojure service may take its connection pool, its JDBC driver and the database URL's reading
from a shared library (a `:local/root` core library) and declare none of them: its deps.edn
names a SQL layer and no engine, and its settings live in that library. Its namespaces still
import the driver's classes to handle what the database answers (`(:import
[org.postgresql.util PSQLException PGobject])`): the engine the code is written to. Where a
unit shows a SQL layer but no engine, its namespaces under `src/` are read (within a budget) and
the one engine whose driver classes they import is named. Two engines' drivers, or none, leave
the unit as it was. The scan samples a large tree, so the rule reads every namespace here.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

ECOSYSTEM = "clojure"

DRIVERS = {
    "PostgreSQL": re.compile(r"(?<![\w.])org\.postgresql\.\w"),
    "MySQL": re.compile(r"(?<![\w.])com\.mysql\.(?:cj\.)?jdbc\b"),
    "MariaDB": re.compile(r"(?<![\w.])org\.mariadb\.jdbc\b"),
    "SQLite": re.compile(r"(?<![\w.])org\.sqlite\.\w"),
}
"""Each engine → a reference to its JDBC driver's classes."""

LAYERS = frozenset({"next.jdbc", "clojure.java.jdbc", "HugSQL", "yesql", "HoneySQL"})
"""The SQL layers that reach their engine through a JDBC driver."""

MAX_FILES = 2000
HEAD = 4000
_ENDINGS = (".clj", ".cljc")


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Name the engine whose driver classes a Clojure unit's namespaces import, where the unit
    shows a SQL layer and no engine."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        if not any(s.kind is FindingKind.QUERY and s.name in LAYERS for s in signals):
            continue
        if any(s.kind is FindingKind.DATABASE for s in signals):
            continue
        source = posixpath.join(unit.folder, "src") if unit.folder != "." else "src"
        paths = all_code_files(top, source, _ENDINGS, MAX_FILES)
        if not paths:
            continue
        shown: dict[str, tuple[str, int]] = {}
        for path in paths:
            text = read_head(top, path, HEAD) or ""
            for engine, pattern in DRIVERS.items():
                found = pattern.search(text)
                if found and engine not in shown:
                    shown[engine] = (path, text.count("\n", 0, found.start()) + 1)
        if len(shown) != 1:
            continue
        engine, (path, line) = next(iter(shown.items()))
        evidence = Evidence(path=path, line=line, text="imports the JDBC driver's classes")
        signals.append(Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence))
