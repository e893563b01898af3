"""JVM: a JDBC connection pool declared by a module that opens no database.

A JDBC pool the build asks for itself (HikariCP, c3p0, DBCP) usually means the code opens JDBC
connections (`jvm_catalog`: plain JDBC is then the data layer). A service may keep one in its
build with nothing to pool: no driver, no other data layer, no engine, no datasource in its
configuration, and none of its own sources or resources naming JDBC (`java.sql`, `javax.sql`,
a `DataSource`, the pool's own API, a `jdbc:` URL) — a dependency copied from a sibling
service that has a database. It keeps no data: the pool's signal is dropped. A module with
too many sources to read is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.jvm_catalog import POOLS
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import DATA_KINDS
from designer.detect.walker import read_text

ECOSYSTEM = "jvm"

MAX_FILES = 400
"""Main sources and resources read per module at most."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala", ".properties", ".yml", ".yaml", ".xml")

_JDBC_USE = re.compile(
    r"\bjava\.sql\b|\bjavax\.sql\b|\bcom\.zaxxer\b|\bcom\.mchange\b|\bdbcp2?\b|\bDataSource\b"
    r"|\bJdbcTemplate\b|\bjdbc:|\bdatasource\b",
    re.IGNORECASE,
)
"""JDBC named by code or configuration: its API, a pool's, a datasource, a URL."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop the pool's signal of each JVM module whose only data signal is a connection pool
    its sources and resources never use."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        data = [s for s in signals if s.kind in DATA_KINDS]
        if not data or not all(s.package in POOLS for s in data):
            continue
        main = main_tree(unit)
        paths = all_code_files(top, main, _ENDINGS, MAX_FILES)
        if paths is None:
            continue
        if any(_JDBC_USE.search(read_text(top, path)[0] or "") for path in paths):
            continue
        unit.signals[ECOSYSTEM] = [s for s in signals if s not in data]
