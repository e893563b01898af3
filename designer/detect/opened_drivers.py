"""Python: the driver a server's own modules connect through, where nothing else is its data layer.

The catalogue names a Python data layer from what the manifests declare at run time. Three
servers write all their SQL through a driver no such declaration names as their data layer:
- the standard library's `sqlite3` (a payment processor keeping its invoices in a SQLite file,
  `with sqlite3.connect(name) as conn:` in every function of its database module): nothing is
  declared at all, the catalogue's code rule gives the engine only;
- a driver declared in a development group only (`psycopg2-binary` among the dev tools, its
  comment saying the production image builds `psycopg2` against the system's libpq): the
  declaration is dropped as a test tool's, while the program's own modules connect through it;
- a MySQL driver the catalogue names an engine only (`PyMySQL`, most often SQLAlchemy's
  dialect driver or Django's `install_as_MySQLdb`), while a Flask site's database module calls
  `pymysql.connect(**conn_info)` and runs its hand-written SQL on the connection's cursors;
  mysqlclient alike, opened through its `MySQLdb` module (a Flask site's database module
  wrapping `MySQLdb.connect(charset='utf8mb4', **kwds)` with retries); Oracle's
  mysql-connector-python alike, through `mysql.connector` (an archive API's database class
  calling `mysql.connector.connect(user=…, host=…)` and its cursors' hand-written SQL).
So where a Python server (a framework beside it) keeps no data layer beyond development, its
own modules (not its tests, installed packages, nor the projects nested in it: `pymodules`)
are read for a call opening a connection through the module of `sqlite3` or of a driver it
declares for development only (`psycopg2.connect(dsn)`) or, for run time, among
`ENGINE_ONLY`; each driver so opened is its data layer, the call its evidence. A call
through a name imported from the module (`connect(…)` after `from sqlite3 import connect`) is
not looked for. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.bare_drivers import DRIVER_MODULES
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

STANDARD = "sqlite3"
"""The standard library's driver: its module, and the data layer's name."""

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)

ENGINE_ONLY = {
    "pymysql": ("pymysql", "PyMySQL"),
    "mysqlclient": ("MySQLdb", "mysqlclient"),
    "mysql-connector-python": ("mysql.connector", "mysql-connector-python"),
}
"""Run-time driver packages the catalogue names an engine only (they sit under an ORM more
often than not) → the module a connection is opened through and the data layer's name."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Name the data layer of each Python server with none beyond development after the
    driver its own modules connect through: `sqlite3`, or one declared for development only."""
    folders = list(units)
    for folder, unit in units.items():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(
            s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV for s in signals
        ):
            continue
        if any(
            s.kind in _LAYERS and s.strength is not Strength.DEV
            for found in unit.signals.values()
            for s in found
        ):
            continue
        # The module each candidate is opened through → the data layer's name and package.
        names = {STANDARD: (STANDARD, STANDARD)} | {
            DRIVER_MODULES[s.name]: (s.name, s.package)
            for s in signals
            if s.kind is FindingKind.QUERY
            and s.strength is Strength.DEV
            and s.name in DRIVER_MODULES
        } | {
            ENGINE_ONLY[s.package][0]: (ENGINE_ONLY[s.package][1], s.package)
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.strength is Strength.DEPENDENCY
            and s.package in ENGINE_ONLY
        }
        opened = _connections(top, folder, nested_projects(folder, folders), names)
        if opened is None:
            continue  # the budget ran out: the tree is left as it is
        signals += [
            Signal(FindingKind.QUERY, name, Strength.ENTRY, evidence, package=package)
            for module, evidence in opened.items()
            for name, package in (names[module],)
        ]


def _connections(
    top: str, folder: str, nested: set[str], names: dict[str, tuple[str, str]]
) -> dict[str, Evidence] | None:
    """The first `<module>.connect(` call of each of `names`' modules in the modules of
    `folder` whose text also imports that module; None when the budget runs out first."""
    call = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names))) + r")\.connect\s*\(")
    found: dict[str, Evidence] = {}
    for module in each_module(top, folder, nested):
        if module is None:
            return None
        path, text = module
        for match in call.finditer(text):
            name = match.group(1)
            if name in found or not _imports(text, name):
                continue
            line = text.count("\n", 0, match.start()) + 1
            found[name] = Evidence(
                path=path, line=line, text=text.splitlines()[line - 1].strip()
            )
    return found


def _imports(text: str, module: str) -> bool:
    """Whether `text` binds `module`'s own name (`import sqlite3`, `import os, psycopg2`,
    `import psycopg2.extras`)."""
    return (
        re.search(
            r"^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*" + re.escape(module) + r"\b",
            text,
            re.MULTILINE,
        )
        is not None
    )
