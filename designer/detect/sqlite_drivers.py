"""Node: the sqlite3 driver as the data layer of a server that writes its own SQL through it.

`sqlite3` (node-sqlite3) is declared as often as the driver an ORM or query builder runs on
(Knex, Sequelize, TypeORM over SQLite, or one lent by a package of the server's) as it is the
data layer itself; the catalogue therefore gives it the engine only. A server whose own code
opens it (`new sqlite3.Database(file)`, or through `sqlite`, its promise wrapper: `open({
filename, driver: sqlite3.Database })`) and that keeps no other data layer, once every lent
layer is known, writes its SQL through that driver: `sqlite3` is its data layer, as
better-sqlite3 is for the code written to it. Only a server (a framework found) is read, only its
code outside tests, and a tree too large to read whole is left as it is.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

DRIVER = "sqlite3"
"""The driver's package, and the data layer's name."""

OPENERS = frozenset({"sqlite3", "sqlite"})
"""Packages a module opens the database through: the driver, or its promise wrapper."""

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Name `sqlite3` the data layer of each Node server that declares it, keeps no other data
    layer, and whose code outside its tests imports it or its wrapper."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if any(s.kind in _LAYERS for s in signals):
            continue
        driver = [
            s
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.package == DRIVER
            and s.strength is not Strength.DEV
        ]
        if not driver:
            continue
        opened, _ = node_imports.imported_outside_tests(top, unit.folder, set(OPENERS), MAX_FILES)
        if not opened:  # an import found is enough, whether or not the tree was read whole
            continue
        signals += [s.replace(kind=FindingKind.QUERY, name=DRIVER) for s in driver]
