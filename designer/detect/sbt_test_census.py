"""sbt: the main test tool of a build whose Java and Scala tests use different tools, by a count.

A Play application written in Java tests in JUnit, which Play's sbt plugin adds to every build
(play-test), while the build may also declare ScalaTest for a few Scala tests beside them. The
declared ScalaTest, carrying a coordinate and a version, would rank above JUnit, which only its
test files' imports show. So where an sbt unit has both, its test folders (Play's `test/`, sbt's
`src/test`) are read and a tool that fewer than a quarter of the test files import is
outnumbered (`Unit.outnumbered`) by one that at least a quarter import, as `jvm_tests` counts
Maven and Gradle builds. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_tests import SHARE
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

ECOSYSTEM = "scala"

COUNTED = {"JUnit": "org.junit.", "ScalaTest": "org.scalatest.", "specs2": "org.specs2."}
"""Test tools and the package prefix their test files import."""

_TEST_FOLDERS = ("test", "src/test")
"""Where an sbt project keeps its tests: Play's layout, sbt's standard one."""

_ENDINGS = (".java", ".scala")

MAX_FILES = 2000
"""Test files read per unit at most: a larger tree is left alone."""

_HEAD = 8192
"""Bytes read of a test file: its imports come first."""

_IMPORT = re.compile(r"^import[ \t]+(?:static[ \t]+)?([\w.]+)", re.MULTILINE)


def _files(top: str, unit: Unit) -> list[str] | None:
    """The unit's test files, or None when there are more than `MAX_FILES`."""
    files: list[str] = []
    for folder in _TEST_FOLDERS:
        path = folder if unit.folder == "." else f"{unit.folder}/{folder}"
        found = all_code_files(top, path, _ENDINGS, MAX_FILES - len(files))
        if found is None:
            return None
        files += found
    return sorted(set(files))


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count the tools outnumbered in the test files of each sbt unit showing several."""
    for unit in units.values():
        signals = unit.signals.get(ECOSYSTEM, [])
        shown = {s.name for s in signals if s.kind is FindingKind.TEST} & COUNTED.keys()
        if len(shown) < 2:
            continue
        files = _files(top, unit)
        if not files:
            continue
        counts = dict.fromkeys(shown, 0)
        for path in files:
            imports = _IMPORT.findall(read_head(top, path, _HEAD) or "")
            for name in shown:
                if any(module.startswith(COUNTED[name]) for module in imports):
                    counts[name] += 1
        share, whole = SHARE
        leading = {name for name, count in counts.items() if count * whole >= len(files) * share}
        if leading:
            unit.outnumbered |= shown - leading
