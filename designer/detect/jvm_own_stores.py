"""JVM: a service whose own build declares a non-relational store runs no relational layer it
is lent without a relational engine.

A Gradle or Maven build's shared module (entities, repositories and utilities of the product's
main services) may declare Spring Data JPA or Hibernate. A service of the same build that
depends on it for its utilities and types, while its own build declares a store of another
kind and that store's engine (Neo4j-OGM and the Neo4j driver, Spring Data MongoDB and MongoDB),
is lent the JPA layer by the dependency. JPA, MyBatis, JDBC and migrations all run on a
DataSource a relational driver opens; with no relational engine declared by the service or by
any module it uses, the lent layer opens nothing there, and the store the service declares is
its data layer (`build_modules` drops the lent relational layer). A service declaring a
relational engine, or declaring no store of its own, is left as it was.
"""

from __future__ import annotations

from collections.abc import Iterable

from designer.detect.assemble import Unit
from designer.detect.excluded_datasources import relational
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})


def declares_other_store(service: Unit) -> bool:
    """Whether the service's own manifests declare, for run time, a non-relational data layer
    and a non-relational engine."""
    declared = [
        s
        for _, e, r in service.manifests
        if e == ECOSYSTEM
        for s in r.signals
        if s.strength is not Strength.DEV
    ]
    return any(
        s.kind in _LAYERS and not relational(s.kind, s.name) for s in declared
    ) and any(
        s.kind is FindingKind.DATABASE and not relational(s.kind, s.name) for s in declared
    )


def no_relational_engine(service: Unit, modules: Iterable[Unit]) -> bool:
    """Whether neither the service nor any module it uses names a relational engine for run
    time: nothing on its path opens a DataSource."""
    return not any(
        s.kind is FindingKind.DATABASE
        and relational(s.kind, s.name)
        and s.strength is not Strength.DEV
        for unit in (service, *modules)
        for s in unit.signals.get(ECOSYSTEM, [])
    )


def unopened(service: Unit, modules: list[Unit]) -> bool:
    """Whether a relational layer the modules lend the service opens nothing in it."""
    return declares_other_store(service) and no_relational_engine(service, modules)
