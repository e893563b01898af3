"""Gradle build files no build reaches.

Gradle builds a project through the settings file of its build: its own, or the nearest one
above it, which must include its folder. A repository may keep an old release's build file and
configuration in a folder of its own (`legacy/grails3/build.gradle` beside its `grails-app/conf`)
below the application's single-project build, whose settings file includes nothing: Gradle
refuses to build that folder (it is not part of the build its settings define), and with no
code of its own nothing of it could serve a route. It is no backend; its build file names the
framework all the same, which would otherwise make the application above it look like the
root of a build over it.

Only a folder with a Gradle build file, no settings file of its own, no entry point and no
JVM source file below it (settings scripts aside) is marked, and only when the nearest settings
file above it includes nothing at all (no `include` of any kind: a settings file listing
projects by code is left alone) and its folder holds the application (an entry point): a
single-project build of tools above a gap is another matter (set 8).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.walker import read_text

ECOSYSTEM = "jvm"

_SETTINGS = frozenset({"settings.gradle", "settings.gradle.kts"})
_BUILDS = frozenset({"build.gradle", "build.gradle.kts"})
_ENDINGS = (".java", ".kt", ".scala", ".groovy")
_CONFIGURATION = frozenset({"conf", "config"})
"""Folders of settings, which Grails and Gradle write as Groovy scripts (`application.groovy`,
`resources.groovy`): no code of the program."""


def _names(unit: Unit) -> set[str]:
    return {posixpath.basename(p) for p, e, _ in unit.manifests if e == ECOSYSTEM}


def single_project_settings(top: str, unit: Unit) -> bool | None:
    """Whether the folder's settings file includes nothing (None: it has none). Shared with
    `testless_jvm`."""
    paths = [
        p for p, e, _ in unit.manifests if e == ECOSYSTEM and posixpath.basename(p) in _SETTINGS
    ]
    if not paths:
        return None
    for path in paths:
        text, _ = read_text(top, path)
        # Any `include`, `includeBuild` or `includeFlat`, even one in code or a comment: the
        # rule only speaks for a settings file that plainly builds one project.
        if text is None or "include" in text:
            return False
    return True


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Gradle projects below a single-project build that holds
    them in no way and that have no code of their own."""
    for unit in units.values():
        if unit.no_web or unit.folder == ".":
            continue
        names = _names(unit)
        if not names & _BUILDS or names & _SETTINGS or has_entry_point(unit):
            continue
        folder, single, above = unit.folder, None, None
        while folder != "." and single is None:
            folder = posixpath.dirname(folder) or "."
            above = units.get(folder)
            single = single_project_settings(top, above) if above is not None else None
        if not single or above is None or not has_entry_point(above):
            # No settings above (a build of its own), one that includes projects, or one
            # whose own project starts no application: a build file kept beside tools may
            # well be a build of its own that a developer runs apart.
            continue
        skip = _CONFIGURATION.__contains__
        if all_code_files(top, unit.folder, _ENDINGS, 1, skip_dir=skip) != []:
            continue
        unit.no_web = True
