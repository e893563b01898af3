"""The JPA specification's API declared without an implementation of it.

`jakarta.persistence-api` holds JPA's annotations and interfaces only. A tree that names no
provider anywhere (Hibernate, EclipseLink, a framework's JPA starter), and whose code and
persistence units name none either, persists nothing through JPA, whatever a parent pom lends
every module (the API declared for the odd annotation while the DAOs run their SQL through
Spring's `JdbcTemplate`). Where the tree shows JPA only through the API, the API's signals
are dropped and the data layer is whatever else the build names.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.model.stack import FindingKind

API_ARTIFACTS = frozenset({"jakarta.persistence-api"})
"""The artifacts of JPA's API alone (the catalogue's `jvm_catalog.ARTIFACTS`)."""

_JPA = "JPA / "
"""How the names of JPA's findings start (`JPA / Hibernate`, `JPA / EclipseLink`)."""


def drop_api_only(units: dict[str, Unit]) -> None:
    """Remove the API's data-layer signals from every unit where no other JPA signal (a
    provider's artifact, a persistence unit's provider, code written to Spring Data JPA) is
    seen in the tree."""
    found = [
        s
        for unit in units.values()
        for signals in unit.signals.values()
        for s in signals
        if s.kind is FindingKind.ORM and s.name.startswith(_JPA)
    ]
    if not found or any(s.package not in API_ARTIFACTS for s in found):
        return
    for unit in units.values():
        for ecosystem, signals in unit.signals.items():
            unit.signals[ecosystem] = [
                s
                for s in signals
                if not (s.kind is FindingKind.ORM and s.package in API_ARTIFACTS)
            ]
