"""Gradle modules named as their build's settings name them.

Another module references a Gradle project by its path (`implementation(project(":x"))`),
which the settings file gives it: `include(":a:b")` is folder `a/b`, but the settings may move
or rename a project (`ecosystems.gradle_project_dirs`), or load a table of `name=folder` lines
from a `.properties` file they name (`loadProjects("gradle/projects.properties")`). Each
Gradle build file is given the paths its settings assign its folder
(`ManifestResult.project_paths`), so that a reference reaches the module it means wherever
modules are matched by name (`nonservices.module_names`)."""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import Unit
from designer.detect.ecosystems.gradle_project_dirs import project_path
from designer.detect.signals import ManifestResult
from designer.detect.walker import read_text
from designer.model.stack import DetectedBackend

_SETTINGS = frozenset({"settings.gradle", "settings.gradle.kts"})
_BUILDS = ("build.gradle.kts", "build.gradle")


def name(top: str, units: dict[str, Unit]) -> None:
    """Give every Gradle build file the project paths its build's settings assign its folder,
    and list the folders of moved projects among the settings' modules."""
    builds: dict[str, list[ManifestResult]] = {}
    for unit in units.values():
        for path, _, result in unit.manifests:
            if posixpath.basename(path) in _BUILDS:
                builds.setdefault(posixpath.dirname(path) or ".", []).append(result)
    for unit in units.values():
        for path, _, result in unit.manifests:
            if posixpath.basename(path) not in _SETTINGS:
                continue
            base = posixpath.dirname(path) or "."
            dirs = dict(result.project_dirs)
            for table in result.project_tables:
                dirs.update(_table(top, base, table))
            for project, folder in dirs.items():
                where = posixpath.normpath(posixpath.join(base, folder))
                if where in builds and folder not in result.modules:
                    # A moved project is one of the build's modules in its real folder (the
                    # settings list it even when no `include` names it literally).
                    result.modules.append(folder)
                for build in builds.get(where, ()):
                    if project not in build.project_paths:
                        build.project_paths.append(project)


def _table(top: str, base: str, table: str) -> dict[str, str]:
    """The projects a `.properties` file the settings name lists (`nessie-model=api/model`):
    only a file whose every entry names a folder holding a Gradle build file is such a table
    (not one of versions, of flags, or of anything else the settings load)."""
    text, _ = read_text(top, posixpath.normpath(posixpath.join(base, table)))
    if not text:
        return {}
    entries: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "!")):
            continue
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value or not _holds_build(top, base, value):
            return {}
        entries[project_path(key)] = value
    return entries


def _holds_build(top: str, base: str, folder: str) -> bool:
    where = posixpath.normpath(posixpath.join(base, folder))
    if where.startswith("..") or posixpath.isabs(where):
        return False
    return any(os.path.isfile(os.path.join(top, where, build)) for build in _BUILDS)


_TEMPLATE = "app"
"""The module `gradle init` puts an application's build file and code in. A build whose one
module has a name of its own (`include(":backend")`, a service of a larger tree whose other
modules its settings leave out) keeps the module's key."""


def key_at_build_roots(top: str, units: dict[str, Unit], found: list[DetectedBackend]) -> None:
    """Key at its build's root the backend of a Gradle build with one module: `gradle init`'s
    layout keeps the settings (`include("app")`), the wrapper (`gradlew`) and often the
    Dockerfile in the build's root folder and the application's build file and code in
    `app/`. The root folder is the application (what is built, deployed and named); the
    module folder is only where Gradle's template put its code. A build including several
    modules, or one module of another name, keeps each service at its module, and a root
    holding a build file of its own is a unit of its own."""
    keyed = {backend.folder for backend in found}
    for backend in found:
        folder = backend.folder
        if folder == ".":
            continue
        base = posixpath.dirname(folder) or "."
        unit = units.get(base)
        if unit is None or base in keyed or not unit.manifests:
            continue
        if any(posixpath.basename(path) not in _SETTINGS for path, _, _ in unit.manifests):
            continue
        included = {
            posixpath.normpath(module)
            for _, _, result in unit.manifests
            for module in result.modules
        }
        if included != {posixpath.basename(folder)} or posixpath.basename(folder) != _TEMPLATE:
            continue
        if not os.path.isfile(os.path.join(top, base, "gradlew")):
            continue  # settings with no wrapper of their own: not a build made whole by init
        keyed.discard(folder)
        keyed.add(base)
        backend.folder = base
