"""Spring Boot pinned past its starter parent: a pom whose parent is `spring-boot-starter-parent`
at one release but whose own Spring Boot dependencies each state a later one (commonly through
a `spring-boot.version` property) builds with the jars those dependencies name, since Maven
lets a dependency's explicit `<version>` win over the parent's dependencyManagement."""

from __future__ import annotations

from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind as K

_FRAMEWORK = "Spring Boot"


def pinned_release(signals: list[Signal], starter: str) -> str:
    """The one release every runtime Spring Boot dependency of a pom states explicitly, when it
    differs from the starter parent's `starter`; "" when one is left to the parent, they
    disagree, or they only repeat the parent's. Test-scoped pins never ship, and one starter
    pinned among unpinned ones is an exception, not the build's release."""
    dependencies = [
        s
        for s in signals
        if s.kind is K.FRAMEWORK
        and s.name == _FRAMEWORK
        and s.strength is Strength.DEPENDENCY
        and s.package.startswith("spring-boot")  # the dependencies', not the parent's own
    ]
    stated = {s.version for s in dependencies}
    if len(stated) != 1:
        return ""
    release = stated.pop()
    # An unresolved property names no release; an empty one is left to the parent.
    return "" if not release or "$" in release or release == starter else release
