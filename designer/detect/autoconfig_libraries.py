"""A Spring Boot module the build's applications depend on, configured but never started.

A multi-module build's common module (the shared controllers, filters, exception handlers and
the JPA settings every service of the build takes) often declares the web, security and data
starters and a configuration class its applications import, annotated
`@EnableAutoConfiguration` beside `@Configuration` and `@ComponentScan`. That annotation is
how a war without a main is configured (so it counts as an entry point), but here it has no
`main`, nothing to start it (no `SpringApplication`, no servlet initializer) and the module is
no war: it is a library others depend on (rule.md: a module others depend on, with no entry
point of its own). Such a module serves nothing itself (`Unit.no_web`); its data layer and
drivers pass to the applications using it, as any library module's do (`monorepo`).

Only a module some other application of the tree (one started by a main of its own) reaches
through its build's module dependencies is read; a war, or a module keeping a main, stays what
it looks like.

A starter is the other shape (`mark_starters`): a module that registers auto-configurations
for the applications putting it on their classpath (its main resources list them in
`META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports`, or under
`EnableAutoConfiguration` in `META-INF/spring.factories`), or whose build runs Spring Boot's
`spring-boot-autoconfigure-processor` (which only writes the metadata of auto-configuration
classes), with no entry point and nothing in its sources starting an application. Spring Boot
loads those registrations from jars on an application's classpath: an application has no
reason to register its own configuration so. Such a module is a library (a starter, a shared
data-model jar carrying its encryption auto-configuration), not a backend, whoever depends on
it: the build's applications may take it through a BOM or from a repository.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.nonservices import reaches_module
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_ENDINGS = (".java", ".kt")

_AUTOCONFIGURED = re.compile(r"@EnableAutoConfiguration\b")
"""The only entry a library module shows: its configuration class's annotation."""

_STARTED = re.compile(
    r"\bstatic\s+void\s+main\s*\(|\bfun\s+main\s*\(|\bSpringApplication(?:Builder)?\b"
    r"|\brunApplication<|\bSpringBootServletInitializer\b|@SpringBootApplication\b"
)
"""What starts an application: a main, Spring's launcher, a servlet initializer."""

_WAR = re.compile(
    r"<packaging>\s*war\s*</packaging>|\bapply\s+plugin:\s*['\"]war['\"]"
    r"|\bid\s*+\(?\s*+['\"]war['\"]|^[^\S\n]*war[^\S\n]*$",
    re.M,
)
"""A build packaging a war, which a servlet container starts with no main. Blanks around a
line's `war` stay on its line, and those around `id (` are taken once: a blank run may not be
split every way (a file of blank lines took quadratic time)."""

_BUILDS = ("pom.xml", "build.gradle", "build.gradle.kts")

_REGISTRATIONS = (
    "src/main/resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports",
)
_FACTORIES = "src/main/resources/META-INF/spring.factories"
_FACTORY_KEY = re.compile(
    r"^\s*org\.springframework\.boot\.autoconfigure\.EnableAutoConfiguration\s*[=:]", re.M
)
"""spring.factories' key listing auto-configurations (Spring Boot 2's registration)."""
_PROCESSOR = re.compile(r"\bspring-boot-autoconfigure-processor\b")
"""The annotation processor writing auto-configuration classes' metadata, in a build."""

MAX_FILES = 500
"""Main source files read per module at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot modules whose only entry point is
    `@EnableAutoConfiguration`, with nothing starting them, that another application of the
    tree reaches through its module dependencies."""
    candidates = [u for u in units.values() if not u.no_web and _autoconfigured_only(u)]
    if not candidates:
        return
    applications = [u for u in units.values() if _started(u)]
    for unit in candidates:
        if _war(top, unit.folder) or _starts(top, unit.folder) is not False:
            continue
        if any(
            reaches_module(app, unit, units, LANGUAGE) for app in applications if app is not unit
        ):
            unit.no_web = True


def _entries(unit: Unit) -> list[str]:
    return [
        s.evidence.text or ""
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    ]


def _autoconfigured_only(unit: Unit) -> bool:
    entries = _entries(unit)
    return bool(entries) and all(_AUTOCONFIGURED.search(text) for text in entries)


def _started(unit: Unit) -> bool:
    return any(not _AUTOCONFIGURED.search(text) for text in _entries(unit))



def _war(top: str, folder: str) -> bool:
    for name in _BUILDS:
        path = posixpath.join(folder, name) if folder != "." else name
        exists = os.path.isfile(os.path.join(top, *path.split("/")))
        if exists and _WAR.search(read_text(top, path)[0] or ""):
            return True
    return False


def _starts(top: str, folder: str) -> bool | None:
    """Whether the module's main sources start an application; None when there are none or
    too many to read whole."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
    if not paths:
        return None
    return any(_STARTED.search(read_text(top, path)[0] or "") for path in paths)


def mark_starters(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot modules with no entry point and no main in their
    sources that register auto-configurations or build them with Spring Boot's processor."""
    for unit in units.values():
        if unit.no_web or not _boot(unit) or _entries(unit):
            continue
        if not _registers(top, unit.folder) or _war(top, unit.folder):
            continue
        if _starts(top, unit.folder) is not True:
            unit.no_web = True


def _boot(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _file(top: str, folder: str, path: str) -> str | None:
    path = posixpath.join(folder, path) if folder != "." else path
    if not os.path.isfile(os.path.join(top, *path.split("/"))):
        return None
    return read_text(top, path)[0] or ""


def _registers(top: str, folder: str) -> bool:
    """Whether the module registers auto-configurations or builds them with the processor."""
    if any(_file(top, folder, path) is not None for path in _REGISTRATIONS):
        return True
    if _FACTORY_KEY.search(_file(top, folder, _FACTORIES) or ""):
        return True
    return any(_PROCESSOR.search(_file(top, folder, name) or "") for name in _BUILDS)
