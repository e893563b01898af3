"""JVM applications started from a module of their build other than their web module.

A Maven or Gradle build may keep its whole HTTP layer (the Jersey resources, the embedded
Jetty's start-up) in a web module with no `main`, and start the product from another module
that depends on it and on the others: the build's one `main`, the class its packaging names
(`<Main-Class>` of a shade or assembly plugin, Gradle's `application { mainClass … }`). That
launcher is the application and the web module is its library, as a Node application is of
the workspace library whose server it starts (`workspace_servers`): the launcher is lent the
web module's framework, data layer and stores, and the web module is marked
(`Unit.lends_server`) so that the build's rules fold it into the launcher (`monorepo`).

Only a module with no framework of its own is asked, only when its packaging names a main
class that its own sources declare with a `main` method (or, where its Gradle build applies
the `application` plugin, those of a module it depends on that holds no framework either: a
root building the distribution around the main class of its `app` subproject, which keeps
only that `main`), and only of the modules of the tree
it depends on at run time (a few levels deep) whose framework no code of theirs starts: a web
module with an entry point of its own is an application already.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import BACKEND_KINDS, Unit
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

MAX_DEPTH = 3
"""How far a launcher's dependencies on modules of its build are followed."""

_MAIN_CLASS = re.compile(
    r"<(?:mainClass|Main-Class)>\s*([\w.${}-]+)\s*</"
    r"|\bmainClass(?:Name)?\b\s*(?:=|\.set\()\s*[\"']([\w.]+)[\"']"
    r"|[\"']Main-Class[\"']\s*[:,]\s*[\"']([\w.]+)[\"']"
)
"""The main class a build file's packaging names: a Maven plugin's `<mainClass>` or manifest
entry, Gradle's `application` block or a jar task's manifest attribute."""

_PROPERTY = re.compile(r"^\$\{([\w.-]+)\}$")

_MAIN_METHOD = re.compile(
    r"\bstatic\s+(?:public\s+)?void\s+main\s*\(|^[ \t]*fun\s+main\s*\(", re.MULTILINE
)
"""A Java `public static void main(` or a Kotlin top-level `fun main(` (its leading blanks kept
on the line: from every line start they ran over all the blank lines below)."""

_SOURCE_ROOTS = ("src/main/java", "src/main/kotlin")

_APPLICATION_PLUGIN = re.compile(
    r"""\bapply\s+plugin\s*:\s*["']application["']"""
    r"""|\bid\s*\(?\s*["']application["']|^[ \t]*application[ \t]*$""",
    re.MULTILINE,
)
"""Gradle's `application` plugin applied (`apply plugin: 'application'`, `id 'application'`,
a bare `application` in the plugins block): the project builds the program's distribution and
start scripts around the main class it names."""

_GRADLE_BUILDS = frozenset({"build.gradle", "build.gradle.kts"})


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each JVM launcher module the framework, data layer and stores of the web modules
    of its build it depends on, and mark those."""
    modules: dict[str, Unit] = {}
    for unit in units.values():
        if not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        for name in module_names(unit, LANGUAGE):
            modules.setdefault(name, unit)  # a Maven artifactId
        # A Gradle project path (`project(':web')`), by its folder's name.
        modules.setdefault(":" + posixpath.basename(unit.folder), unit)
    for launcher in units.values():
        if not module_uses(launcher, LANGUAGE) or _framework(launcher, Strength.DEV):
            continue
        used = _used(launcher, modules)
        web = [
            unit
            for unit in used
            if _framework(unit, Strength.DEV)
            and not _framework(unit, Strength.DEV, Strength.DEPENDENCY)
            and not unit.deployable
            and _serves(unit)
        ]
        # The main class the launcher's build names lives in its own sources, or in a module
        # of the build it depends on that holds no framework of its own (a Gradle root applying
        # `application` over an `app` subproject that keeps only the `main`).
        homes = [launcher.folder]
        if _applies_application(top, launcher):
            homes += [unit.folder for unit in used if not _framework(unit, Strength.DEV)]
        if not web or not _launches(top, launcher, homes):
            continue
        for unit in web:
            launcher.signals[LANGUAGE] += [
                s
                for s in unit.signals.get(LANGUAGE, [])
                if s.kind in BACKEND_KINDS and s.strength is not Strength.DEV
            ]
            unit.lends_server = True
        launcher.deployable = True


def _serves(unit: Unit) -> bool:
    """Whether the module can be a web layer: Spring Boot's starters name the framework
    whether or not they serve (the core, data and cache starters of a support module of DAOs
    a stream job uses), so a module known only through Spring Boot must bring one of its web
    servers; another framework's modules name it only to serve."""
    signals = unit.signals.get(LANGUAGE, [])
    names = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
    return names != {"Spring Boot"} or any(s.kind is FindingKind.SERVER for s in signals)


def _framework(unit: Unit, *weaker: Strength) -> bool:
    """Whether the unit's JVM signals name a framework at a strength other than `weaker`."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength not in weaker
        for s in unit.signals.get(LANGUAGE, [])
    )


def _used(launcher: Unit, modules: dict[str, Unit]) -> list[Unit]:
    """The modules of the tree the launcher depends on, directly or through each other."""
    seen = {launcher.folder}
    found: list[Unit] = []
    level = [launcher]
    for _ in range(MAX_DEPTH):
        following: list[Unit] = []
        for unit in level:
            for name in sorted(module_uses(unit, LANGUAGE)):
                target = modules.get(name)
                if target is not None and target.folder not in seen:
                    seen.add(target.folder)
                    found.append(target)
                    following.append(target)
        level = following
    return found


def _launches(top: str, unit: Unit, homes: list[str]) -> bool:
    """Whether a build file of the unit names a main class that the sources of one of the
    `homes` (the unit's folder first) declare with a `main` method."""
    for path, ecosystem, _ in unit.manifests:
        if ecosystem != LANGUAGE:
            continue
        text = read_text(top, path)[0] or ""
        for match in _MAIN_CLASS.finditer(text):
            name = _resolved(next(g for g in match.groups() if g), text)
            if name and any(_declares_main(top, home, name) for home in homes):
                return True
    return False


def _applies_application(top: str, unit: Unit) -> bool:
    """Whether a Gradle build file of the unit applies the `application` plugin."""
    return any(
        ecosystem == LANGUAGE
        and posixpath.basename(path) in _GRADLE_BUILDS
        and _APPLICATION_PLUGIN.search(read_text(top, path)[0] or "") is not None
        for path, ecosystem, _ in unit.manifests
    )


def _resolved(name: str, text: str) -> str:
    """The class name, a `${property}` looked up among the build file's own properties."""
    found = _PROPERTY.match(name)
    if found is None:
        return "" if "$" in name else name
    value = re.search(rf"<{re.escape(found.group(1))}>\s*([\w.]+)\s*</", text)
    return value.group(1) if value else ""


def _declares_main(top: str, folder: str, name: str) -> bool:
    """Whether the module's sources hold the class `name` (`net.example.Server`, or the
    `ServerKt` Kotlin makes of a file's top-level functions) with a `main` method."""
    relative = name.replace(".", "/")
    candidates = [f"{relative}.java", f"{relative}.kt"]
    if relative.endswith("Kt"):
        candidates.append(f"{relative[:-2]}.kt")
    for root in _SOURCE_ROOTS:
        for candidate in candidates:
            path = posixpath.normpath(posixpath.join(folder, root, candidate))
            text = read_text(top, path)[0]
            if text is not None and _MAIN_METHOD.search(text):
                return True
    return False
