"""JVM projects that only apply a schema's migrations: a database's build, not a backend.

A product may keep its SQL schema in a project of its own beside its servers: a Maven or
Clojure build declaring Flyway or Liquibase (the tool, or its build plugin) and the database's
JDBC driver, its sources the migration scripts and at most a `-main` calling the tool. An image
or a CI job runs it against the product's database; it serves no route and reads or writes no
data through a layer of its own (HELDOUT.md counts a program with no HTTP route as no
backend). Only that shape is read: a migration tool for run time and nothing that names a
framework, server, data layer, ORM, broker or cache, in any strength, in any ecosystem of the
folder (a worker querying the database through a data layer is not this shape).
"""

from __future__ import annotations

from designer.detect.assemble import CONFIG, Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

_MIGRATORS = frozenset({"Flyway", "Liquibase"})
"""JVM schema-migration tools."""

_JVM_FAMILY = frozenset({"jvm", "clojure", "scala"})

_SERVING = frozenset(
    {
        FindingKind.FRAMEWORK,
        FindingKind.SERVER,
        FindingKind.QUERY,
        FindingKind.ORM,
        FindingKind.BROKER,
        FindingKind.CACHE,
    }
)
"""Kinds that show a program doing more than migrating: serving, or using data itself."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the JVM projects whose only run-time tool is a schema migrator."""
    for unit in units.values():
        ecosystems = {e for e in unit.signals if e != CONFIG}
        if not ecosystems or not ecosystems <= _JVM_FAMILY:
            continue
        signals = [s for e in ecosystems for s in unit.signals[e]]
        if any(s.kind in _SERVING for s in signals):
            continue
        if any(
            s.kind is FindingKind.MIGRATIONS
            and s.name in _MIGRATORS
            and s.strength is not Strength.DEV
            for s in signals
        ):
            unit.no_service = True
