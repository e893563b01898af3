"""Where a JVM module's main sources are.

The usual layout keeps them in the module's own `src/main`. A build may move them: Maven's
`<build><sourceDirectory>../src/main/java</sourceDirectory>` (with its resources beside),
Gradle's `sourceSets { main { java.srcDirs = ['../src/main/java'] } }`. A service module
compiling the repository root's `src/` runs that code: the readers of a module's main sources
(its controllers, listeners, data code) read that tree, not its own empty `src/main`.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit

_LANGUAGE_FOLDERS = frozenset({"java", "kotlin", "groovy", "scala", "resources"})
"""The folders of one source set, per language or for resources: their parent is the set's
tree (`src/main` holding `java/` and `resources/`)."""

_TEST_FOLDERS = frozenset({"test", "tests", "testFixtures", "it", "integrationTest"})
"""Folder names of the source sets a build compiles its tests from, never its main code."""


def main_tree(unit: Unit) -> str:
    """The folder holding `unit`'s main sources, relative to the scanned root: the main tree
    its build declares outside its own folder, else its own `src/main`."""
    moved = _moved_trees(unit)
    if moved:
        return moved[0]
    return posixpath.join(unit.folder, "src", "main") if unit.folder != "." else "src/main"


def _moved_trees(unit: Unit) -> list[str]:
    """The main trees (not the tests') of the source folders the unit's JVM builds declare
    outside the unit's folder, in declaration order."""
    trees: list[str] = []
    inside = unit.folder + "/"
    for path, eco, result in unit.manifests:
        if eco != "jvm":
            continue
        base = posixpath.dirname(path)
        for link in result.linked:
            folder = posixpath.normpath(posixpath.join(base, link))
            if folder.startswith("..") or folder == unit.folder:
                continue
            if unit.folder == "." or folder.startswith(inside):
                continue  # within its own folder: its own layout, read as usual
            if folder == "." or inside.startswith(folder + "/"):
                # A folder enclosing the module (a `<resource>` of `../../` packing the
                # repository's LICENSE and changelog into the jar) holds every other module
                # and their tests: files copied in, not the module's main tree.
                continue
            parts = folder.split("/")
            if _TEST_FOLDERS.intersection(parts):
                continue
            tree = posixpath.dirname(folder) if parts[-1] in _LANGUAGE_FOLDERS else folder
            if tree not in trees:
                trees.append(tree)
    return trees
