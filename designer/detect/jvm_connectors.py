"""JVM services that hold connectors to their users' databases, not a database of their own.

A publishing or integration server that maps data out of its users' own databases (a resource
whose rows come from the publisher's SQL source) declares one JDBC driver per engine those
users may keep data in (MySQL, PostgreSQL, SQL Server, Oracle), runtime-scoped, and opens
whichever one a source's settings name through `DriverManager`, in code. None of them is the
service's store: it keeps its own data elsewhere (files in its data directory), and ranking the
drivers' engines would make one of them its primary engine by chance.

The reading is `connector_services`' for every language: a service with a framework, no ORM,
no database setting and no engine named in a stronger scope than a dependency, whose drivers
reach `connector_services.MIN_ENGINES` engines or more, keeps no data. The JVM catalogue names
every driver's engine itself, so no extra clients are added here. A service that declares a
connection pool or a query library (HikariCP, c3p0, jOOQ: a data layer from its build) pools
connections to a store of its own, whichever engine its operator picks (a tracking server
bundling every driver beside HikariCP): it is left as it is.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.connector_services import drop_connectors
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "jvm"


def mark(units: dict[str, Unit]) -> None:
    """Drop the drivers, engines and code-seen JDBC of each JVM service whose drivers reach at
    least `MIN_ENGINES` engines while naming no data of its own nor declaring a pool."""
    unpooled = {folder: unit for folder, unit in units.items() if not _pooled(unit)}
    drop_connectors(unpooled, LANGUAGE, lambda _unit: set())


def _pooled(unit: Unit) -> bool:
    """Whether the unit's build declares a data layer (a pool, a query library)."""
    return any(
        s.kind is FindingKind.QUERY and s.strength is not Strength.ENTRY
        for s in unit.signals.get(LANGUAGE, [])
    )
