"""The main test framework of a JVM build that declares several, by a count of its test files.

Kotest and Spek run on the JUnit Platform (`kotest-runner-junit5`), and Spring Boot's test
starter brings JUnit Jupiter along: a build declaring Kotest declares JUnit beside it, and a
few of its test files may import `org.junit` (a Spring context test, a parameterised case).
A scan keeps evidence of only a few files per tool, which cannot tell three JUnit files of
forty from thirty. So where a JVM build declares two or more of the counted tools, its test
sources (`src/test`, `src/integrationTest` …) are read and a tool that fewer than a quarter of
them import is outnumbered (`Unit.outnumbered`) by one that at least a quarter import: the
tests are written in that one. A file importing only a tool's assertions (Kotest's `shouldBe`
in a JUnit class) is not counted for it. One too large to read whole is counted on an even
sample of `MAX_FILES` (a share holds on a sample), one past `MAX_LISTED` left alone. Spock, declared
beside JUnit for a Spring context or a single specification, is counted the same way.

kotlin.test is counted by the `@Test` its files use: an assertion library where more of them
take the annotation from JUnit (`_kotlin_assertions`), and a runner's layer where the build's
test task names JUnit (`kotlin_runner`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect import kotlin_runner
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

COUNTED = {
    "JUnit": "org.junit.",
    "Kotest": "io.kotest.",
    "TestNG": "org.testng.",
    "Spek": "org.spekframework.",
    "Spock": "spock.",
}
"""Test tools and the package prefix their test files import."""

ASSERTIONS_ONLY = {
    "Kotest": ("io.kotest.matchers.", "io.kotest.assertions.", "io.kotest.property."),
}
"""Packages of a counted tool that do not make a file the tool's test: Kotest's assertion and
property libraries (`kotest-assertions-core`, `shouldBe`) serve JUnit classes as well as specs
(a file written to JUnit 5, `@Test` from `org.junit.jupiter.api`, asserting with `shouldBe`).
A Kotest spec imports its style from `io.kotest.core` (`FunSpec`, `StringSpec`)."""

_ENDINGS = (".java", ".kt", ".groovy")

_HEAD = 8192
"""Bytes read of a test file: its imports come first."""

MAX_FILES = 600
"""Test files read per build at most: of a larger tree, that many spread evenly over it."""

MAX_LISTED = 6000
"""Test files listed per build at most: a larger tree is left alone."""

SHARE = (1, 4)
"""The share of the test files below which a tool is outnumbered (as Go's `COUNTED_SHARE`)."""

_IMPORT = re.compile(r"^import[ \t]+(?:static[ \t]+)?([\w.]+)", re.MULTILINE)


def _test_files(top: str, unit: Unit) -> list[str] | None:
    """The code files of the test source sets beside the unit's JVM builds (every `src/<set>`
    but `main`: `src/test`, `src/integrationTest`), `MAX_FILES` of them spread evenly over the
    sorted list where there are more (a suite of 900 files, JUnit classes beside Spock
    specifications in each package, is counted on a sample of it: a share read on every other
    file is the same share); None when there are more than `MAX_LISTED`."""
    files: list[str] = []
    for path, eco, _ in unit.manifests:
        if eco != "jvm":
            continue
        src = posixpath.join(posixpath.dirname(path), "src")
        try:
            sets = sorted(os.listdir(os.path.join(top, *src.split("/"))))
        except OSError:
            continue
        for name in sets:
            if name == "main" or name.startswith("."):
                continue
            found = all_code_files(top, f"{src}/{name}", _ENDINGS, MAX_LISTED - len(files))
            if found is None:
                return None
            files += found
    files = sorted(set(files))
    if len(files) > MAX_FILES:
        step = len(files) / MAX_FILES
        files = [files[int(i * step)] for i in range(MAX_FILES)]
    return files


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count the tools outnumbered in the test files of each JVM build declaring several."""
    for unit in units.values():
        signals = unit.signals.get("jvm", [])
        if any(s.kind is FindingKind.TEST and s.name == "kotlin.test" for s in signals):
            _kotlin_assertions(top, unit, signals)
            kotlin_runner.mark(top, unit, signals)
        declared = {s.name for s in signals if s.kind is FindingKind.TEST} & COUNTED.keys()
        if len(declared) < 2:
            continue
        files = _test_files(top, unit)
        if not files:
            continue
        counts = dict.fromkeys(declared, 0)
        first: dict[str, str] = {}
        for path in files:
            imports = _IMPORT.findall(read_head(top, path, _HEAD) or "")
            for name in declared:
                if any(_counts_as(name, module) for module in imports):
                    counts[name] += 1
                    first.setdefault(name, path)
        unit.test_census, unit.test_census_files = dict(counts), len(files)
        share, whole = SHARE
        leading = {name for name, count in counts.items() if count * whole >= len(files) * share}
        if not leading:
            continue
        for name, count in sorted(counts.items()):
            if name in leading:
                # The count is the evidence that the tests are written in it.
                text = f"{name} in {count} of {len(files)} test files"
                evidence = Evidence(path=first[name], text=text)
                signals.append(Signal(FindingKind.TEST, name, Strength.ENTRY, evidence))
            else:
                unit.outnumbered.add(name)


def _counts_as(name: str, module: str) -> bool:
    """Whether importing `module` makes a test file the tool `name`'s."""
    return module.startswith(COUNTED[name]) and not module.startswith(
        ASSERTIONS_ONLY.get(name, ())
    )


def combine(services: list[Unit]) -> None:
    """Count again, over its own test files and those of the modules folded into it, the
    tools a service's own count left leading side by side: a hexagonal build's runnable
    module holding two Spring context tests and two specifications, whose application module
    holds forty specifications, tests the program in the specifications' tool. A tool below
    the share of the whole is outnumbered."""
    for service in services:
        if not service.test_census or not service.folded_census:
            continue
        share, whole = SHARE
        own = service.test_census
        if sum(1 for c in own.values() if c * whole >= service.test_census_files * share) < 2:
            continue  # its own files already tell
        counts = dict(own)
        files = service.test_census_files
        for module in service.folded_census:
            files += module.test_census_files
            for name, count in module.test_census.items():
                counts[name] = counts.get(name, 0) + count
        for name in own:
            if counts[name] * whole < files * share:
                service.outnumbered.add(name)


_TEST_ANNOTATIONS = {
    "kotlin.test": frozenset({"kotlin.test.Test", "kotlin.test."}),
    "JUnit": frozenset(
        {"org.junit.Test", "org.junit.", "org.junit.jupiter.api.Test", "org.junit.jupiter.api."}
    ),
}
"""Imports that give a test file its `@Test` annotation (a star import captured as its
package and a dot), per tool."""


def _kotlin_assertions(top: str, unit: Unit, signals: list[Signal]) -> None:
    """Outnumber kotlin.test where more test files take `@Test` from JUnit than from it.

    kotlin-test-junit runs kotlin.test on JUnit 4, and test files written to JUnit (`import
    org.junit.Test`, `@BeforeClass`) often import kotlin.test's assertions alone
    (`assertEquals`): the tests are JUnit's, kotlin.test their assertion library. Where files
    declare their tests with kotlin.test's own `@Test` at least as often, it stays.
    """
    files = _test_files(top, unit)
    if not files:
        return
    counts = dict.fromkeys(_TEST_ANNOTATIONS, 0)
    first = ""
    for path in files:
        imports = set(_IMPORT.findall(read_head(top, path, _HEAD) or ""))
        for name, marks in _TEST_ANNOTATIONS.items():
            if imports & marks:
                counts[name] += 1
                if name == "JUnit":
                    first = first or path
    if counts["JUnit"] > counts["kotlin.test"]:
        unit.outnumbered.add("kotlin.test")
        text = f"JUnit's @Test in {counts['JUnit']} of {len(files)} test files"
        evidence = Evidence(path=first, text=text)
        signals.append(Signal(FindingKind.TEST, "JUnit", Strength.ENTRY, evidence))
