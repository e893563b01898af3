"""kotlin.test run by the JUnit runner a Gradle build's test task names.

kotlin.test is an annotation and assertion layer, not a runner: on the JVM its `@Test` runs on
the test framework the build's test task uses, and the Kotlin Gradle plugin picks kotlin.test's
binding (kotlin-test-junit, kotlin-test-junit5) from that task. A build whose test task names
JUnit (`useJUnit { … }`, `useJUnitPlatform()`) runs its tests on JUnit, which is then the main
test framework (set 67's ruling on kotlin-test-junit). Where the build names no runner, or a
tool built on the JUnit Platform (Kotest, Spek, Spock …) is declared beside, kotlin.test stays
as the counts in `jvm_tests` leave it.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_RUNNER = re.compile(r"^[^/\n]*?\b(useJUnit(?:Platform)?)\b", re.MULTILINE)
"""A test task's runner set to JUnit 4 or the JUnit Platform, not in a line comment."""

_GRADLE = ("build.gradle", "build.gradle.kts")

_OTHER_RUNNERS = frozenset({"Kotest", "Spek", "Spock", "TestNG"})
"""Test tools whose specifications the runner would run instead (Kotest on the JUnit
Platform), or another runner: declared beside kotlin.test, the rule stands aside."""


def mark(top: str, unit: Unit, signals: list[Signal]) -> None:
    """Outnumber kotlin.test, with a JUnit signal naming the build's runner, in a unit whose
    Gradle build declares kotlin.test and none of `_OTHER_RUNNERS` and sets its test task's
    runner to JUnit."""
    declared = {s.name for s in signals if s.kind is FindingKind.TEST}
    if "kotlin.test" not in declared or "kotlin.test" in unit.outnumbered:
        return
    if declared & _OTHER_RUNNERS:
        return
    for path, eco, _ in unit.manifests:
        if eco != "jvm" or posixpath.basename(path) not in _GRADLE:
            continue
        text = read_text(top, path)[0] or ""
        match = _RUNNER.search(text)
        if match is None:
            continue
        line = text.count("\n", 0, match.start(1)) + 1
        evidence = Evidence(path=path, line=line, text=f"kotlin.test run by {match.group(1)}")
        unit.outnumbered.add("kotlin.test")
        signals.append(Signal(FindingKind.TEST, "JUnit", Strength.ENTRY, evidence))
        return
