"""The application class openapi-generator writes beside the server stubs it generates.

openapi-generator's Spring generator, unless told `interfaceOnly`, writes a whole Spring Boot
project: controllers delegating to stub interfaces, models, and a main class named after the
generator itself (`org.openapitools.OpenApiGeneratorApplication`, annotated
`@SpringBootApplication`). A schema module that keeps that output in its tree (its
`server-stubs/` compiled into the library other modules implement) starts nothing of its own:
the generated main is the template's, not a service's entry point. Its `@SpringBootApplication`
is therefore not read as a start; a module whose only start it was is a library like any other
module with the framework's starters and no entry point.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

_GENERATED = frozenset({"OpenApiGeneratorApplication.java", "OpenApiGeneratorApplication.kt"})
"""The file names of openapi-generator's generated Spring Boot main class."""


def drop(units: dict[str, Unit]) -> None:
    """Remove from every JVM unit the framework starts found in openapi-generator's generated
    main class."""
    for unit in units.values():
        signals = unit.signals.get("jvm")
        if not signals:
            continue
        kept = [
            s
            for s in signals
            if not (
                s.kind is FindingKind.FRAMEWORK
                and s.strength is Strength.ENTRY
                and posixpath.basename(s.evidence.path) in _GENERATED
            )
        ]
        if len(kept) != len(signals):
            unit.signals["jvm"] = kept
