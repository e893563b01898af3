"""JPA's provider named by the module's own configuration.

Spring Boot's `spring-boot-starter-data-jpa` brings Hibernate, and code written to Spring Data
JPA (`org.springframework.data.jpa`) runs on whatever provider the entity manager factory is
given; both read as `JPA / Hibernate`. A module that hands the factory to EclipseLink in its
code (a `JpaBaseConfiguration` returning `new EclipseLinkJpaVendorAdapter()`) runs JPA on
EclipseLink: the starter's Hibernate is left on the class path unused. There the Hibernate
signals are dropped, and JPA / EclipseLink, seen in that code, is the data layer.

The parent build (a reactor's root pom declaring the starter for every module) and the library
modules holding some of the repositories bring their own Hibernate signals, folded into the
service only when the backends are assembled: the service's configuration decides for them too,
so the assembled backend is weighed again (`prefer_configured_backends`).
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.model.stack import DetectedBackend, FindingKind

_ECLIPSELINK = "JPA / EclipseLink"
_HIBERNATE = "JPA / Hibernate"


def _configures_eclipselink(signals: list[Signal]) -> bool:
    """Whether the module's code hands JPA to EclipseLink (the vendor adapter's rule, seen in
    a main source: not a test's, not a build's declaration)."""
    return any(
        s.kind is FindingKind.ORM
        and s.name == _ECLIPSELINK
        and s.strength is Strength.ENTRY
        and not s.package
        and s.evidence.path.endswith((".java", ".kt"))
        for s in signals
    )


def prefer_configured(units: dict[str, Unit]) -> None:
    """Drop the JPA / Hibernate signals of each module whose code configures EclipseLink as
    JPA's provider."""
    for unit in units.values():
        every = [s for signals in unit.signals.values() for s in signals]
        if not _configures_eclipselink(every):
            continue
        for ecosystem, signals in unit.signals.items():
            unit.signals[ecosystem] = [
                s for s in signals if not (s.kind is FindingKind.ORM and s.name == _HIBERNATE)
            ]


def prefer_configured_backends(found: list[DetectedBackend]) -> None:
    """Drop JPA / Hibernate from each assembled backend whose own code configures EclipseLink
    as JPA's provider (the vendor adapter seen in a main JVM source, not a build's line)."""
    for backend in found:
        configured = any(
            f.kind is FindingKind.ORM
            and f.name == _ECLIPSELINK
            and any(
                e.path.endswith((".java", ".kt"))
                and "/src/test/" not in f"/{e.path}"
                and "EclipseLinkJpaVendorAdapter" in e.text
                for e in f.evidence
            )
            for f in backend.findings
        )
        if configured:
            backend.findings = [
                f
                for f in backend.findings
                if not (f.kind is FindingKind.ORM and f.name == _HIBERNATE)
            ]
