"""A Spring Boot module with no main of its own, which its build's applications depend on.

A multi-module Gradle build's shared module (the messages, utilities and configuration its
services share) may apply Spring Boot's plugin like every module of the build and hand its
services the web, JDBC and actuator starters as `api` dependencies. The plugin makes it look
deployable, but Spring Boot's packaging (`bootJar`) needs a main class: a module whose own main
sources declare no `main` and no `@SpringBootApplication`, and whose build names no main class,
packages nothing that runs. Where a Spring Boot application of the tree depends on it
(`project(':common')`), it is that application's library, as a module nothing deploys is
(`monorepo`): it is marked not deployable, so that it folds into its users.

A module with a main or an entry point of its own, one no application depends on, one whose
sources are too many to read, or a Maven module (whose pom may bind `repackage` on purpose)
stays what it looks like. A Dockerfile shipping the module is read later (`sidefiles`) and
still makes it deployable.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.nonservices import module_names, module_uses
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

MAX_FILES = 500
"""Main source files read per module at most: a larger tree is left alone."""

_MAIN = re.compile(
    r"\bstatic[ \t]+(?:final[ \t]+)?void[ \t]+main[ \t]*\(|^[ \t]*fun[ \t]+main[ \t]*\("
    r"|@SpringBootApplication\b|\bSpringApplication(?:Builder)?\b",
    re.MULTILINE,
)
"""A JVM program's start: a `main` method, Kotlin's `fun main`, Spring Boot's application."""

_GRADLE_BUILDS = ("build.gradle", "build.gradle.kts")

_MAIN_CLASS = re.compile(r"\bmainClass(?:Name)?\b|Main-Class|<start-class>|<mainClass>")
"""A build naming the class its package starts (the class may live in a dependency)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark not deployable the Spring Boot modules that declare no main while a Spring Boot
    application of the tree depends on them."""
    applications = [u for u in units.values() if _spring_boot(u) and has_entry_point(u)]
    if not applications:
        return
    for unit in units.values():
        if not unit.deployable or has_entry_point(unit) or not _spring_boot(unit):
            continue
        if not _gradle_only(unit):
            continue
        if not any(o is not unit and _depends_on(o, unit) for o in applications):
            continue
        if _names_main_class(top, unit) or _declares_main(top, unit.folder) is not False:
            continue
        unit.deployable = False


def _spring_boot(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _gradle_only(unit: Unit) -> bool:
    """Whether the module is built by Gradle alone: a Maven module binding the plugin's
    `repackage` goal says in its own pom that it packages an application (`monorepo`)."""
    builds = [p for p, e, _ in unit.manifests if e == LANGUAGE]
    return bool(builds) and all(p.endswith(_GRADLE_BUILDS) for p in builds)


def _depends_on(user: Unit, module: Unit) -> bool:
    """Whether `user`'s build declares `module`: by its Maven artifactId, or by a Gradle
    project path ending in the module's folder (`project(':common')`)."""
    uses = module_uses(user, LANGUAGE)
    if uses & module_names(module, LANGUAGE):
        return True
    path = ":" + module.folder.replace("/", ":")
    return any(use.startswith(":") and path.endswith(use) for use in uses)


def _names_main_class(top: str, unit: Unit) -> bool:
    """Whether one of the module's own build files names a main class."""
    return any(
        _MAIN_CLASS.search(read_text(top, path)[0] or "")
        for path, ecosystem, _ in unit.manifests
        if ecosystem == LANGUAGE
    )


def _declares_main(top: str, folder: str) -> bool | None:
    """Whether the module's main sources declare a start; None when it has none to read or
    too many."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
    if not paths:
        return None
    return any(_MAIN.search(read_text(top, path)[0] or "") for path in paths)
