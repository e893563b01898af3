"""Maven programs that only inherit Spring Boot's starter parent.

A Maven module may take `spring-boot-starter-parent` as its parent for its dependency
management and plugin defaults alone: a batch job or a command-line program with a plain
`main`, declaring no Spring Boot starter or module and never starting Spring Boot. The parent
names Spring Boot (and fixes its version for the modules that do use it), but nothing here runs
it: with no other framework, no Spring Boot entry (`@SpringBootApplication`,
`SpringApplication.run`) and no web server declared, the program serves no HTTP and is no
backend, whatever Dockerfile ships it (a container a batch scheduler runs). A build root
with modules below it is left alone: it hands the parent down to them.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

_PARENT = "spring-boot-starter-parent"


def mark(units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the JVM units whose only framework is the starter parent's."""
    for unit in units.values():
        signals = [s for s in unit.signals.get(ECOSYSTEM, []) if s.strength is not Strength.DEV]
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not frameworks or any(
            s.name != "Spring Boot"
            or s.strength is not Strength.DEPENDENCY
            or _PARENT not in s.evidence.text
            for s in frameworks
        ):
            continue
        if any(s.kind is FindingKind.SERVER for s in signals):
            continue
        # A build root whose modules sit below it passes the parent on to them: their
        # aggregator, whose versions they inherit, not a program of its own.
        if any(other is not unit and other.is_under(unit) for other in units.values()):
            continue
        unit.no_web = True
