"""Node services that hold connectors to their users' databases, not a database of their own.

A database tool (a schema explorer, a query console) keeps one workspace library per engine it
can reach (`@tool/connector-postgres` on `pg`, `…-mysql` on `mysql2`, `…-oracle` on `oracledb`,
`…-mongodb`, `…-sqlserver`), and its server depends on all of them: it opens whatever database
its user names in a request. None of those engines is the server's store, and lending each
library's driver would make one of them its primary engine by chance. So a Node service with no
data layer, driver or database setting of its own that uses workspace libraries whose drivers
reach `MIN_ENGINES` engines or more declines them all (`Unit.declined`, read by
`workspace_data`): it keeps no data through them. A service using one or two such libraries
(its models package and a cache) is left to the usual lending, and so is one where
`SHARED_STORE` libraries or more reach the same engine: a connector tool keeps one library per
engine (two at most, a Redshift connector on pg beside PostgreSQL's), while a product's
libraries (its database, records and scheduler packages, each on pg) open its one store, beside
which a usage tracker's ClickHouse and a logs package's search engines are not connectors.
"""

from __future__ import annotations

from designer.detect.assemble import CONFIG, Unit
from designer.detect.connector_services import MIN_ENGINES
from designer.detect.nonservices import used_modules
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

SHARED_STORE = 3
"""Libraries reaching one engine that make it the product's store, not a connector's."""

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})


def mark(units: dict[str, Unit]) -> None:
    """Decline the connector libraries of the Node services that use libraries reaching at
    least `MIN_ENGINES` engines and name no data of their own."""
    for unit in units.values():
        own = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in own):
            continue
        if any(s.kind in _DATA for key in (LANGUAGE, CONFIG) for s in unit.signals.get(key, [])):
            continue  # a data layer, a driver or a database setting of its own
        connectors: dict[str, set[str]] = {}
        for library in used_modules(unit, units, LANGUAGE):
            if library.deployable:
                continue  # another service of the product, not a library
            engines = {
                s.name
                for s in library.signals.get(LANGUAGE, [])
                if s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV
            }
            if engines:
                connectors[library.folder] = engines
        reached = set().union(*connectors.values()) if connectors else set()
        if len(reached) < MIN_ENGINES or len(connectors) < MIN_ENGINES:
            continue
        if any(
            sum(engine in engines for engines in connectors.values()) >= SHARED_STORE
            for engine in reached
        ):
            continue  # the product's own store, which several of its libraries open
        unit.declined |= set(connectors)
