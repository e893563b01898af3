"""The framework release a Gradle build's precompiled script plugins apply.

A convention plugin is a script kept in a plugin build's source folder
(`buildSrc/src/main/kotlin/base-spring-boot-conventions.gradle.kts`) that applies the
framework's Gradle plugin for every module naming it (`id("base-spring-boot-conventions")`):

    plugins {
        alias(libs.plugins.spring.boot)     // the main build's catalogue: spring-boot = "3.5.7"
    }

The script's folder is read as a unit of its own, so the release it states is no module's: the
modules of the build the plugin build serves (`inheritance.gradle_plugin_builds`) build with it,
as they do with the plugin's release its build file declares (`spring-boot-gradle-plugin:3.3.5`,
which `inheritance.inherit_versions` hands down)."""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

_SOURCES = ("src/main/kotlin", "src/main/groovy")
"""Where Gradle compiles precompiled script plugins from, under a plugin build."""

_BUILD_SCRIPTS = frozenset({"build.gradle", "build.gradle.kts", "settings.gradle",
                            "settings.gradle.kts"})


def convention_units(units: dict[str, Unit], plugin_builds: frozenset[str]) -> list[Unit]:
    """The units whose build files are all script plugins of one of `plugin_builds`
    (`buildSrc/src/main/kotlin`): the conventions, not a project of their own."""
    found = []
    for unit in units.values():
        paths = [p for p, e, _ in unit.manifests if e == "jvm"]
        if paths and all(_script_plugin(p, plugin_builds) for p in paths):
            found.append(unit)
    return found


_PLUGIN_FOLDERS = frozenset({"buildSrc", "build-logic"})
"""Gradle's folder for a build's own plugins, and the one its guides name for an included
build of convention plugins."""


def plugin_code(units: dict[str, Unit], plugin_builds: frozenset[str]) -> frozenset[str]:
    """The JVM units that are a build's own plugins: script plugins of a plugin build, and
    any unit in a `buildSrc/` or `build-logic/` folder. They configure the build (a
    convention adding the web starter to every service): never a backend, whatever they
    depend on."""
    found = {u.folder for u in convention_units(units, plugin_builds)}
    for unit in units.values():
        parts = unit.folder.split("/")
        if _PLUGIN_FOLDERS & set(parts) and any(e == "jvm" for _, e, _ in unit.manifests):
            found.add(unit.folder)
    return frozenset(found)


def _script_plugin(path: str, plugin_builds: frozenset[str]) -> bool:
    """Whether `path` is a precompiled script plugin of a plugin build (not its build file)."""
    if posixpath.basename(path) in _BUILD_SCRIPTS:
        return False
    return any(path.startswith(f"{build}/{source}/")
               for build in plugin_builds for source in _SOURCES)


def _home(convention: Unit, plugin_builds: frozenset[str]) -> str:
    """The folder of the build the convention's plugin build serves (the one above
    `buildSrc/`; above `build-logic/` for a build kept in it)."""
    build = max((b for b in plugin_builds if convention.folder.startswith(b + "/")), key=len)
    home = posixpath.dirname(build) or "."
    if posixpath.basename(home) == "build-logic":
        home = posixpath.dirname(home) or "."
    return home


def hand_down(unit: Unit, conventions: list[Unit], plugin_builds: frozenset[str]) -> None:
    """Give `unit` the release its build's conventions apply of each framework it uses and
    states no release of, as a version-only signal."""
    signals = unit.signals.get("jvm", [])
    used = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
    known = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK and s.version}
    for convention in conventions:
        home = _home(convention, plugin_builds)
        inside = home == "." or unit.folder == home or unit.folder.startswith(home + "/")
        if not inside or convention is unit:
            continue
        for signal in convention.signals.get("jvm", []):
            if (signal.kind is FindingKind.FRAMEWORK and signal.version
                    and signal.name in used - known):
                signals.append(signal.replace(strength=Strength.DEV))
                known.add(signal.name)
