"""sbt projects whose only code is their tests.

sbt 1.9 deprecated the `IntegrationTest` configuration; the migration it recommends, which
service templates now follow, moves a build's integration tests into a project of their own
(`lazy val it = project.enablePlugins(PlayScala).dependsOn(microservice % "test->test")`), whose
folder holds nothing but a test tree (`it/test/`, or `it/src/test/scala/`). It enables the
application's plugin and declares its framework so that its suites can start the application,
yet nothing of it starts a server: it is a test harness of the project it tests, which
HELDOUT.md counts as no backend. Left a service, it also made the application beside it look
like an aggregator of its projects.

Only a project below its build's folder (not the root), with at least one Scala or Java source
file and every one of them in a test tree (`test/`, `src/test/` or sbt's old `src/it/`), is
marked; a project that keeps main code anywhere stays what it was.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files

ECOSYSTEM = "scala"

_ENDINGS = (".scala", ".java")
_TEST_TREES = ("test", "src/test", "src/it")
"""A project's test trees: Play's layout (`test/`) and sbt's own (`src/test/`, `src/it/`)."""
_LIMIT = 2000
"""Source files read at most per project: a larger one is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the sbt projects whose every source file is a test's."""
    for unit in units.values():
        if unit.no_web or unit.folder == ".":
            continue
        if not any(e == ECOSYSTEM and p.endswith(".sbt") for p, e, _ in unit.manifests):
            continue
        nested = {f for f in units if f != unit.folder and f.startswith(unit.folder + "/")}
        paths = all_code_files(top, unit.folder, _ENDINGS, _LIMIT, nested=nested)
        if not paths:
            continue  # no code at all, or too much to read
        trees = tuple(posixpath.join(unit.folder, tree) + "/" for tree in _TEST_TREES)
        if all(p.startswith(trees) for p in paths):
            unit.no_web = True
