"""A test tool a service only has from its library modules, built on the runner the service's
own tests use, is outnumbered there.

A Gradle build's library modules fold into the service that uses them, their tests with them
(what they test is code the service runs). When the libraries' specifications are Spock's
(`testImplementation "org.spockframework:spock-core"` in each parser module) and the
service's own test files are JUnit classes, Spock arriving by the fold would leave JUnit a
mere runner beneath it (`TESTS_BUILT_ON`): the service's tests are in the runner, which its
own files show. A tool the service declares or uses itself is left to the census
(`jvm_tests`); a service with no test file of its own keeps what its libraries lend.
"""

from __future__ import annotations

from designer.detect.assemble import TESTS_BUILT_ON, Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind


def own(services: list[Unit]) -> dict[str, set[str]]:
    """Folder of each service → the test tools its own manifests and sources name, taken
    before anything folds into it."""
    return {
        s.folder: {
            signal.name
            for signals in s.signals.values()
            for signal in signals
            if signal.kind is FindingKind.TEST
        }
        for s in services
    }


def outnumber(services: list[Unit], before: dict[str, set[str]]) -> None:
    """Mark outnumbered, in each service, the tools built on another (Spock on JUnit) that
    only its folded modules named, where its own test files use the tool they run on."""
    for service in services:
        named = before.get(service.folder)
        if named is None:
            continue
        used = {
            signal.name
            for signals in service.signals.values()
            for signal in signals
            if signal.kind is FindingKind.TEST
            and signal.strength is Strength.ENTRY
            and signal.name in named
        }
        for signals in service.signals.values():
            for signal in signals:
                if (
                    signal.kind is FindingKind.TEST
                    and signal.name not in named
                    and TESTS_BUILT_ON.get(signal.name) in used
                ):
                    service.outnumbered.add(signal.name)
