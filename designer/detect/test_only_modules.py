"""JVM modules whose only code is their tests.

A repository may keep an acceptance suite in a Maven or Gradle module of its own: its build
declares the framework and the database driver its tests reach the product with
(`dropwizard-core`, `postgresql`), and its image runs `mvn test` against the deployed services,
but every source file lies in the module's test tree (`src/test/java`). With no main code
nothing of it starts a server or serves a route: it is a test harness, which HELDOUT.md counts
as no backend.

Only a module (not the root) with a JVM build file, at least one JVM source file, none outside
its `src/test` tree (modules nested in it aside) and no main tree declared elsewhere holding
code is marked.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree

ECOSYSTEM = "jvm"

_ENDINGS = (".java", ".kt", ".scala", ".groovy")
_LIMIT = 2000
"""Source files read at most per module: a larger one is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the JVM modules whose every source file is a test's."""
    for unit in units.values():
        if unit.no_web or unit.folder == ".":
            continue
        if not any(e == ECOSYSTEM for _, e, _ in unit.manifests):
            continue
        nested = {f for f in units if f != unit.folder and f.startswith(unit.folder + "/")}
        paths = all_code_files(top, unit.folder, _ENDINGS, _LIMIT, nested=nested)
        if not paths:
            continue  # no code at all (`sourceless_modules`), or too much to read
        tests = posixpath.join(unit.folder, "src", "test") + "/"
        if not all(p.startswith(tests) for p in paths):
            continue
        tree = main_tree(unit)
        if not tree.startswith(unit.folder + "/") and all_code_files(top, tree, _ENDINGS, 1):
            continue  # its main code lives in a folder its build names elsewhere
        unit.no_web = True
