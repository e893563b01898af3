"""sbt: a test framework a build declares for its projects while none of them holds a test.

An sbt build often lists a test framework among the settings every project shares
(`commonDependencies = Seq(Dependencies.specs2Core, …)`, the coordinate kept in
`project/Dependencies.scala` with `% "test"`) before any test is written; a service whose
projects keep no `src/test` at all has no suite, whatever the declaration says. This is
`testless_jvm.drop_untested_units`' reading for sbt: a build's projects can only keep their
tests in the build's own folder (its root, with `build.sbt` and the `project/` folder of its
definition, and the projects' folders below it), so where every test signal of the units at
or below a build root is a line of its definition (a `.sbt` file, or a `.scala` file of its
`project/` folder) and that folder holds no sign of a test (a JVM, JavaScript or Python test
file, a folder named for tests holding one, as `testless_jvm` judges them), those
declarations are dropped: the projects have no test framework. A repository keeping tests of
other programs elsewhere (a web front's, a Django API's beside the sbt build) does not give
the build a suite.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import Unit
from designer.detect.signals import Signal
from designer.detect.testless_jvm import folder_holds_test, scratch, test_named
from designer.detect.testless_pytest import holds_tests
from designer.model.stack import FindingKind

ECOSYSTEM = "scala"

_DEFINITION = "project"
"""The folder beside `build.sbt` holding the build's definition (plugins, `Dependencies.scala`)."""


def drop_untested_builds(top: str, units: dict[str, Unit]) -> None:
    """Drop the test framework declarations of the units of each sbt build whose folder
    holds no test."""
    for build in units.values():
        if not _build_root(top, build):
            continue
        prefix = "" if build.folder == "." else build.folder + "/"
        members = [u for u in units.values() if u is build or u.folder.startswith(prefix)]
        declaring = []
        for unit in members:
            tests = [s for s in unit.signals.get(ECOSYSTEM, []) if s.kind is FindingKind.TEST]
            if not tests:
                continue
            if not all(_declaration(s, prefix) for s in tests):
                break  # a test the code shows: the build has a suite
            declaring.append(unit)
        else:
            if declaring and not holds_tests(
                top, test_named, lambda path: scratch(top, path), folder=build.folder,
                folder_holds=lambda folder: folder_holds_test(top, folder),
            ):
                for unit in declaring:
                    unit.signals[ECOSYSTEM] = [
                        s for s in unit.signals[ECOSYSTEM] if s.kind is not FindingKind.TEST
                    ]


def _build_root(top: str, unit: Unit) -> bool:
    """Whether the unit's folder is an sbt build's root: its own `build.sbt` beside the
    `project/` folder of the build's definition."""
    sbt = posixpath.join(unit.folder, "build.sbt") if unit.folder != "." else "build.sbt"
    if not any(p == sbt and e == ECOSYSTEM for p, e, _ in unit.manifests):
        return False
    return os.path.isdir(os.path.join(top, *unit.folder.split("/"), _DEFINITION))


def _declaration(signal: Signal, prefix: str) -> bool:
    """Whether the signal is a line of the build's definition (`prefix` is its root's folder
    with a slash, empty at the repository's top)."""
    path = signal.evidence.path
    return path.endswith(".sbt") or (
        path.startswith(prefix + _DEFINITION + "/") and path.endswith(".scala")
    )
