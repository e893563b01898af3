"""Spring Boot applications whose only routes test that a database answers.

Operators of a database cluster may deploy a small Spring Boot application beside it whose GET
routes each open a JDBC connection to one node or port (`DriverManager.getConnection`) and run
a liveness query (`SELECT 1`), answering OK or an error: a probe a load balancer or a monitor
calls. It keeps no data of its own (it writes nothing, reads no table; its build declares a
driver and no data layer) and its routes serve operators only: no backend (`Unit.no_web`;
HELDOUT.md's workers).

Telling so needs every main source of the application, read whole (a larger tree is left
alone), and nothing of a data layer: an application that runs any other SQL, declares a route
taking data (POST, PUT, PATCH, DELETE), uses another module of the build, or whose build names
an ORM, a query library or migrations stays what it looks like.
"""

from __future__ import annotations

import re

from designer.detect.actuator_workers import boot_hosts
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import used_modules
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

MAX_FILES = 30
"""Main sources read per application at most: a larger one is no probe, or is left alone."""

_ENDINGS = (".java", ".kt")

_CONNECTS = re.compile(r"\bDriverManager\s*\.\s*getConnection\s*\(|\.getConnection\s*\(")
"""The code opens a JDBC connection itself."""

_LIVENESS = re.compile(
    r"""^\s*SELECT\s+1\s*(?:FROM\s+(?:DUAL|SYSIBM\.SYSDUMMY1))?\s*;?\s*$""", re.IGNORECASE
)
"""A liveness query: `SELECT 1` (from Oracle's and MySQL's `DUAL` or DB2's dummy table)."""

_SQL = re.compile(
    r"""^\s*(?:SELECT|INSERT|UPDATE|DELETE|MERGE|REPLACE|CREATE|ALTER|DROP|TRUNCATE|CALL|EXEC"""
    r"""|WITH|UPSERT)\b""",
    re.IGNORECASE,
)
"""A string literal that is a statement of SQL."""

_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')

_DATA_CODE = re.compile(
    r"\bexecuteUpdate\s*\(|\bexecuteBatch\s*\(|\bJdbcTemplate\b|\bEntityManager\b|@Entity\b"
    r"|\bRepository<|\bMongoTemplate\b|\bRedisTemplate\b|\bDSLContext\b|@Mapper\b"
)
"""Code that writes through JDBC, or reaches a data layer other than a bare connection."""

_GET = re.compile(r"@GetMapping\b|RequestMethod\s*\.\s*GET\b")

_TAKES_DATA = re.compile(
    r"@(?:Post|Put|Patch|Delete)Mapping\b|RequestMethod\s*\.\s*(?:POST|PUT|PATCH|DELETE)\b"
    r"|@(?:POST|PUT|PATCH|DELETE)\b|\bRouterFunctions?\b|\bHttpServlet\b"
)
"""A route that takes data, or routes declared otherwise than by annotated GET methods
(functional routers, servlets, JAX-RS verbs)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications with no data layer whose routes, all
    GETs, only open a JDBC connection and run a liveness query."""
    for unit, signals in boot_hosts(units):
        # A driver alone names the engine it reaches; a data layer or migrations are a store
        # of its own.
        if any(
            s.kind in OWN_DATA - {FindingKind.DATABASE} and s.strength is not Strength.DEV
            for s in signals
        ):
            continue
        if used_modules(unit, units, "jvm"):
            continue
        if _probes_only(top, main_tree(unit)):
            unit.no_web = True


def _probes_only(top: str, tree: str) -> bool:
    """Whether the main sources under `tree` open a JDBC connection, run no SQL but a
    liveness query (at least one), reach no data layer, and declare only GET routes."""
    paths = all_code_files(top, tree, _ENDINGS, MAX_FILES)
    if not paths:
        return False
    texts = [read_text(top, path)[0] or "" for path in paths]
    code = "\n".join(texts)
    if not _CONNECTS.search(code) or not _GET.search(code):
        return False
    if _TAKES_DATA.search(code) or _DATA_CODE.search(code):
        return False
    statements = [s for s in _STRING.findall(code) if _SQL.search(s)]
    return bool(statements) and all(_LIVENESS.search(s) for s in statements)
