"""A Spring base configuration activating a developer's in-memory profile.

A Spring Boot module may commit `spring.profiles.active: local-h2` in its base
`application.yaml`, the profile's own file opening an in-memory database
(`application-local-h2.yaml`: `url: jdbc:h2:mem:app`), while another profile's file points at
the database server the application is deployed against (`application-aws.yaml`:
`jdbc:postgresql://db.example.rds.amazonaws.com:5432/app`), its deployment activating that
profile. The committed activation is a developer's convenience, a run with no database
server: its engine is a development fallback, not the one the application keeps its data in.

So is an activated in-memory profile whose engine's driver the build declares for the tests
alone (Maven's `<scope>test</scope>`, Gradle's `testImplementation`) whatever the other
profiles say: the packaged application carries no such driver and could not open it, so the
profile runs only from the test classpath (a local launcher among the tests), while the
deployment activates another profile (one whose datasource the code builds from a secret
store, say) on the server the build's run-time driver reaches.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from designer.detect.engines import EMBEDDED, engine_of_jdbc, scope
from designer.detect.signals import Scope, Strength
from designer.model.stack import FindingKind

if TYPE_CHECKING:
    from designer.detect.assemble import Unit

_MEMORY_URL = re.compile(r"\bjdbc:(?:h2:mem|hsqldb:mem|derby:memory):", re.IGNORECASE)
"""A JDBC URL of an in-memory database: its data is gone when the program stops."""

_LOCAL_HOST = re.compile(r"//(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])[:/]", re.IGNORECASE)
"""A JDBC URL's host on the developer's own machine."""


def developer_memory(profiles: dict[str, tuple[str, str, str]], name: str) -> bool:
    """Whether the activated profile `name` (profile → (path, owner, text) of the files of one
    folder, "" the base file) is named for development (`local-h2`, `dev`), opens an in-memory
    database, and another profile, named for no development nor test run, opens a database
    server on a host other than the developer's machine."""
    chosen = profiles.get(name)
    if chosen is None or scope(chosen[0], "", False) is not Scope.FALLBACK:
        return False
    if not any(_MEMORY_URL.search(line) for line in _code_lines(chosen[2])):
        return False
    return any(
        other and other != name and _hosted(path, text)
        for other, (path, _, text) in profiles.items()
    )


def test_classpath_memory(
    profiles: dict[str, tuple[str, str, str]], name: str, unit: Unit | None
) -> bool:
    """Whether the activated profile `name`, named for development, opens an in-memory
    database whose engine `unit`'s build declares a driver of for the tests only (every
    dependency naming the engine is a development one, and there is one)."""
    chosen = profiles.get(name)
    if chosen is None or unit is None or scope(chosen[0], "", False) is not Scope.FALLBACK:
        return False
    engines = {
        engine_of_jdbc(line) for line in _code_lines(chosen[2]) if _MEMORY_URL.search(line)
    }
    declared = [
        s
        for found in unit.signals.values()
        for s in found
        if s.kind is FindingKind.DATABASE
        and s.name in engines
        and s.strength is not Strength.ENTRY
        and s.package
    ]
    return bool(declared) and all(s.strength is Strength.DEV for s in declared)


def _hosted(path: str, text: str) -> bool:
    """Whether the profile file at `path`, named for no development nor test run, gives a
    JDBC URL of a database server away from the developer's machine."""
    if scope(path, "", False) >= Scope.FALLBACK:
        return False
    for line in _code_lines(text):
        engine = engine_of_jdbc(line)
        if engine and engine not in EMBEDDED and "//" in line and not _LOCAL_HOST.search(line):
            return True
    return False


def _code_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.lstrip().startswith(("#", "!"))]
