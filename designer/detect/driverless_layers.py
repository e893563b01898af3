"""JVM modules with no database of their own to run a lent data layer on.

A Spring Cloud build may keep a shared core module declaring MyBatis (and its utilities) for
the services that map tables, each of which declares its own driver; a gateway depending on the
core module for those utilities is lent MyBatis with it. The gateway shows no data of its own:
no data layer, migrations nor engine among its signals, no database in the builds above it
(a parent pom's driver is every module's), and none of its main sources is written to a data
layer (a mapper, an entity, a JDBC template, a mapping file). Such a module is marked
`Unit.driverless`; `build_modules` then keeps a lent data layer from it unless the modules it
uses lend a database too.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 400
"""Main sources read per module: a larger module is taken to use a data layer."""

HEAD = 16384
"""Bytes read of a source: its imports and its class annotations."""

_ENDINGS = (".java", ".kt", ".groovy", ".xml")

_DATA_CODE = re.compile(
    r"^[ \t]*import[ \t]+(?:org\.apache\.ibatis|org\.mybatis|com\.baomidou|tk\.mybatis"
    r"|javax\.persistence|jakarta\.persistence|org\.hibernate\.(?!validator\b)"
    r"|org\.springframework\.data\.(?!redis\b)|org\.springframework\.jdbc|org\.jooq|java\.sql"
    r"|javax\.sql|org\.jdbi|io\.ebean|com\.querydsl)\.|<mapper\b|<hibernate-mapping\b",
    re.MULTILINE,
)
"""Code written to a data layer: MyBatis (and MyBatis-Plus, tk.mybatis), JPA and Hibernate,
Spring Data (not its Redis client, a cache), Spring JDBC, jOOQ, JDBC, Jdbi, Ebean, Querydsl;
a MyBatis mapper or Hibernate mapping file."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark `Unit.driverless` the JVM modules showing no data of their own, under no build
    declaring a database, whose main sources are written to no data layer."""
    for folder, unit in units.items():
        if ECOSYSTEM not in unit.signals or shows_own_data(unit):
            continue
        if any(_declares_database(units[a]) for a in _ancestors(folder) if a in units):
            continue
        main = main_tree(unit)
        paths = all_code_files(top, main, _ENDINGS, MAX_FILES)
        if paths is None:
            continue
        if not any(_DATA_CODE.search(read_head(top, path, HEAD) or "") for path in paths):
            unit.driverless = True


def _declares_database(unit: Unit) -> bool:
    """Whether a build above shows a database (a driver its modules inherit, a datasource)."""
    return any(
        s.kind is FindingKind.DATABASE for signals in unit.signals.values() for s in signals
    )


def _ancestors(folder: str) -> list[str]:
    """The folders above `folder`, nearest first, ending with the root `.`."""
    found: list[str] = []
    while folder not in (".", ""):
        folder = posixpath.dirname(folder) or "."
        found.append(folder)
    return found
