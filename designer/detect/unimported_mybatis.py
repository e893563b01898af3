"""JVM: MyBatis a build declares that no source of the application or its modules reaches.

A Maven reactor may keep `org.mybatis:mybatis` in a shared library module (and in some of the
applications beside it) from an early plan, while the library's data access class takes
connections from a HikariCP pool and prepares its statements itself (`java.sql`), no class of
any module importing `org.apache.ibatis` or `org.mybatis` and no mapper file in the tree.
MyBatis, an ORM by kind, then outranks JDBC and names the data layer of services written to
none of its mappers. So where a JVM unit declares MyBatis, and neither its main sources nor
those of the modules of the tree it uses import MyBatis or hold a mapper file while one of them
imports JDBC's API (`java.sql`, `javax.sql`), MyBatis's signals are dropped before they are
lent: JDBC is what the code is written to. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import used_modules
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 1500
"""Main sources read per module, at most."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala", ".xml")

_REACHED = re.compile(
    r"^[ \t]*import[ \t]+(?:static[ \t]+)?(?:org\.apache\.ibatis|org\.mybatis)\."
    r"|<mapper\b|@Mapper\b|@MapperScan\b",
    re.MULTILINE,
)
"""Code written to MyBatis: its API imported, a mapper file, a mapper interface or scan."""

_JDBC = re.compile(r"^[ \t]*import[ \t]+(?:java|javax)\.sql\.", re.MULTILINE)
"""Code written to JDBC itself: a connection, a statement, a result set, a data source."""

_NAMES = frozenset({"MyBatis"})


def drop_unreached(top: str, units: dict[str, Unit]) -> None:
    """Drop MyBatis from each JVM unit declaring it where no main source of the unit or of the
    modules it uses reaches MyBatis and one of them imports JDBC's API."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        if not any(s.kind is FindingKind.ORM and s.name in _NAMES for s in signals):
            continue
        if _reaches_jdbc_alone(top, [unit, *used_modules(unit, units, ECOSYSTEM)]) is not True:
            continue
        unit.signals[ECOSYSTEM] = [
            s for s in signals if not (s.kind is FindingKind.ORM and s.name in _NAMES)
        ]


def _reaches_jdbc_alone(top: str, modules: list[Unit]) -> bool:
    """Whether a main source of `modules` imports JDBC's API and none reaches MyBatis (False
    when one is too large to read whole: left as it is)."""
    jdbc = False
    for module in modules:
        paths = all_code_files(top, main_tree(module), _ENDINGS, MAX_FILES)
        if paths is None:
            return False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if _REACHED.search(text):
                return False
            jdbc = jdbc or _JDBC.search(text) is not None
    return jdbc
