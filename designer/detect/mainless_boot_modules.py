"""A Spring Boot module with no main of its own, which its build's applications depend on.

A multi-module Gradle build's shared module (the messages, utilities and configuration its
services share) may apply Spring Boot's plugin like every module of the build and hand its
services the web, JDBC and actuator starters as `api` dependencies. The plugin makes it look
deployable, but Spring Boot's packaging (`bootJar`) needs a main class: a module whose own main
sources declare no `main` and no `@SpringBootApplication`, and whose build names no main class,
packages nothing that runs. Where a Spring Boot application of the tree depends on it
(`project(':common')`), it is that application's library, as a module nothing deploys is
(`monorepo`): it is marked not deployable, so that it folds into its users.

A Maven reactor's shared module is the same shape when its own pom applies no Spring Boot
plugin and inherits no starter parent: it takes the web starter for its base controllers,
filters and exception handlers, or a mail producer's or a captcha check's starters, and its
pom packages a plain jar (a parent's `pluginManagement` binding `repackage` applies to the
modules that name the plugin, not to it). Only the applications naming it by artifactId run it;
they may be separate Maven builds of the tree under one master pom, so it is told to serve
nothing itself (`Unit.no_web`, `mark_plain_jars`) rather than folded into one build's
application. That is read once the applications with no web of their own are known: only an
application serving HTTP makes it a library, as beside a worker it may be what the tree serves.

A module with a main or an entry point of its own, one no application depends on, one whose
sources are too many to read, or a Maven module whose pom names Spring Boot's plugin or
inherits the starter parent (it may bind `repackage` on purpose) stays what it looks like. A
Dockerfile shipping the module is read later (`sidefiles`) and still makes it deployable; a
Maven module with a Dockerfile in its folder is left alone.

A Maven reactor's inner aggregator is no program either: a folder whose pom packages `pom`
and lists `<modules>` (a `persistence` parent of its `-api`, `-mysql` and `-redis` modules),
holding no sources of its own, builds no artifact whatever starters and plugins it hands its
modules. Below the tree's root and with no Dockerfile beside it, it is told to serve nothing
(`mark_aggregators`); its modules are judged each on their own.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.nonservices import module_names, module_uses, reaches_module
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

_DOCKERFILES = ("Dockerfile", "dockerfile", "Containerfile")

_WAR = re.compile(r"<packaging>\s*war\s*</packaging>")
"""A pom packaging a war: a servlet container starts it, with or without a main."""

_AGGREGATOR = re.compile(r"<packaging>\s*pom\s*</packaging>")
"""A pom packaging nothing but itself: a parent or an aggregator of modules."""

_MODULES = re.compile(r"<modules>\s*<module>")
"""A pom listing the modules it aggregates."""

_MAIN_CLASS = re.compile(r"\bmainClass(?:Name)?\b|Main-Class|<start-class>|<mainClass>")
"""A build naming the class its package starts (the class may live in a dependency)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark not deployable the Spring Boot modules of a Gradle build that declare no main
    while a Spring Boot application of the tree depends on them."""
    applications = [u for u in units.values() if spring_boot(u) and has_entry_point(u)]
    if not applications:
        return
    for unit in units.values():
        if not unit.deployable or has_entry_point(unit) or not spring_boot(unit):
            continue
        if not _gradle_only(unit):
            continue
        if not any(o is not unit and _depends_on(o, unit) for o in applications):
            continue
        if names_main_class(top, unit) or _declares_main(top, unit.folder) is not False:
            continue
        unit.deployable = False


def mark_aggregators(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot folders below the root whose poms all package
    `pom` and list modules, with no entry point, no sources and no Dockerfile of their own."""
    for unit in units.values():
        if unit.folder == "." or unit.no_web or has_entry_point(unit) or not spring_boot(unit):
            continue
        builds = [p for p, e, _ in unit.manifests if e == LANGUAGE]
        if not builds or not all(posixpath.basename(p) == "pom.xml" for p in builds):
            continue
        texts = [read_text(top, path)[0] or "" for path in builds]
        if not all(_AGGREGATOR.search(t) and _MODULES.search(t) for t in texts):
            continue
        if shipped(top, unit.folder) or _declares_main(top, unit.folder) is not None:
            continue
        unit.no_web = True


def mark_plain_jars(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot modules of Maven poms packaging a plain jar that
    declare no main while a Spring Boot application of the tree serving HTTP, or a starter
    beside one, reaches them.
    Run once the applications with no web of their own are known (`spring_noweb`): beside a
    worker or a tool, such a module may be what the tree serves."""
    applications = [
        u for u in units.values() if spring_boot(u) and has_entry_point(u) and not u.no_web
    ]
    if not applications:
        return
    # A starter (a library registering auto-configurations, `autoconfig_libraries`) is told
    # to serve nothing already: the client library it wraps for the applications taking it
    # (an API's generated client, its `lib` beside its `starter`) is as much a library.
    starters = [
        u for u in units.values() if spring_boot(u) and u.no_web and not has_entry_point(u)
    ]
    for unit in units.values():
        if unit.no_web or has_entry_point(unit) or not spring_boot(unit):
            continue
        if not plain_maven_jar(top, unit) or shipped(top, unit.folder):
            continue
        if not any(
            o is not unit and reaches_module(o, unit, units, LANGUAGE)
            for o in (*applications, *starters)
        ):
            continue
        if names_main_class(top, unit) or _declares_main(top, unit.folder) is not False:
            continue
        # Its users may be other Maven builds of the tree (each under the same master pom,
        # built one after another): folding needs one build, so the module is told to serve
        # nothing itself, as a configured library is (`autoconfig_libraries`).
        unit.no_web = True


def spring_boot(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _gradle_only(unit: Unit) -> bool:
    """Whether the module is built by Gradle alone: a Maven module binding the plugin's
    `repackage` goal says in its own pom that it packages an application (`monorepo`)."""
    builds = [p for p, e, _ in unit.manifests if e == LANGUAGE]
    return bool(builds) and all(p.endswith(_GRADLE_BUILDS) for p in builds)


def plain_maven_jar(top: str, unit: Unit) -> bool:
    """Whether the module is built by Maven poms that neither name Spring Boot's plugin nor
    inherit the starter parent (`ManifestResult.repackage` empty) nor package a war (which a
    servlet container starts with no main): such a pom packages a plain jar whatever starters
    it declares, so nothing in it says it packages an application."""
    builds = [(p, r) for p, e, r in unit.manifests if e == LANGUAGE]
    return bool(builds) and all(
        posixpath.basename(path) == "pom.xml"
        and not result.repackage
        and not _WAR.search(read_text(top, path)[0] or "")
        for path, result in builds
    )


def shipped(top: str, folder: str) -> bool:
    """Whether the module's folder holds a Dockerfile: then something ships it as a program."""
    base = os.path.join(top, *folder.split("/")) if folder != "." else top
    return any(os.path.isfile(os.path.join(base, name)) for name in _DOCKERFILES)


def _depends_on(user: Unit, module: Unit) -> bool:
    """Whether `user`'s build declares `module`: by its Maven artifactId, or by a Gradle
    project path ending in the module's folder (`project(':common')`)."""
    uses = module_uses(user, LANGUAGE)
    if uses & module_names(module, LANGUAGE):
        return True
    path = ":" + module.folder.replace("/", ":")
    return any(use.startswith(":") and path.endswith(use) for use in uses)



_START_CLASS = re.compile(r"<start-class>[^<]*</start-class>")
"""The property Spring Boot's Maven plugin reads the main class from."""


def names_main_class(top: str, unit: Unit, start_class: bool = True) -> bool:
    """Whether one of the module's own build files names a main class; not counting
    Spring Boot's `<start-class>` unless `start_class` (with `repackage` bound nowhere, it
    names the class `mvn spring-boot:run` starts in development, no packaged program's)."""
    texts = (
        read_text(top, path)[0] or ""
        for path, ecosystem, _ in unit.manifests
        if ecosystem == LANGUAGE
    )
    return any(
        _MAIN_CLASS.search(text if start_class else _START_CLASS.sub("", text)) for text in texts
    )


def _declares_main(top: str, folder: str) -> bool | None:
    """Whether the module's main sources declare a start; None when it has none to read or
    too many."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
    if not paths:
        return None
    return any(_MAIN.search(read_text(top, path)[0] or "") for path in paths)
