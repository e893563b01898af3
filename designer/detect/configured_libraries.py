"""JVM modules that only configure the framework their applications run.

A Maven reactor's shared module (a security library of Quarkus identity providers, say) may
ship a settings file of the framework's keys (`application.properties` setting the REST
client URL and feature toggles its code reads) so that every application depending on it gets
those defaults. That file reads as the framework's entry point, yet the module's build only
compiles against the framework (`provided`) and tests with it: nothing of the framework is
its own at run time. When an application of its build depends on it, it is that
application's library, not a second backend (and not one whose users would look like
distributions packaging it again: `distributions`).

A module declaring the framework at run time (a REST extension, a messaging extension), or
whose own code starts it, stays what it looks like.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.distributions import CODE
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "jvm"


def configures_only(unit: Unit) -> bool:
    """Whether the JVM module's start is only a settings file while its build declares the
    framework for compiling or testing only (`provided`, `test`)."""
    found = [s for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK]
    starts = [s for s in found if s.strength is Strength.ENTRY]
    return (
        bool(starts)
        and not any(s.evidence.path.endswith(CODE) for s in starts)
        and all(s.strength is not Strength.DEPENDENCY for s in found)
    )
