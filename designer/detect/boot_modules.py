"""Spring Boot's own modules in a Spring MVC war that never starts Spring Boot.

A build may declare Spring Boot's core modules by hand (`spring-boot`,
`spring-boot-autoconfigure`, no starter) for a few of their classes (a property binder, a
condition) while the application is a plain Spring MVC war: a `WebApplicationInitializer` (or
a `DispatcherServlet` initializer) registers the servlet in the container, and no
`@SpringBootApplication`, `SpringApplication.run` or Boot servlet initializer exists. Those
modules make no Spring Boot application: the framework it runs on is Spring MVC, versioned by
Spring's own release. A module that also shows Spring Boot's entry point, or declares one of
its starters, is Spring Boot as before (`jvm_catalog.BOOT_CORE`).
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.ecosystems.jvm_catalog import BOOT_CORE
from designer.detect.signals import Strength
from designer.model.stack import FindingKind


def mark(top: str, units: dict[str, Unit]) -> None:
    """Drop the Spring Boot signals of the modules whose only Spring Boot is its core modules
    declared beside a Spring MVC initializer in their own code."""
    del top
    for unit in units.values():
        signals = unit.signals.get("jvm")
        if not signals:
            continue
        boot = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"]
        if not boot or any(
            s.strength is Strength.ENTRY or s.package not in BOOT_CORE for s in boot
        ):
            continue
        if not any(
            s.kind is FindingKind.FRAMEWORK
            and s.name == "Spring MVC"
            and s.strength is Strength.ENTRY
            for s in signals
        ):
            continue
        unit.signals["jvm"] = [s for s in signals if s not in boot]
