"""Spring Boot applications whose whole code is the main class of a schema migration.

A product keeping its schema in a migration tool's changelog (Liquibase, Flyway) may build,
beside its servers, a Spring Boot application whose sources are its `@SpringBootApplication`
main class and nothing else: started as a task of the platform, Boot's auto-configuration
applies the changelogs to the database it is pointed at, and that is all it does. Its build
may keep the web starter (the platform's buildpack wants a web application), yet it declares
no controller, router or endpoint, nor does any module of the build lend it one: it serves
no route at all, and HELDOUT.md's Terms count a program with no HTTP route as no backend even
when it keeps data (`Unit.no_web`).

Only that narrow shape is read: no module of the build used, no Actuator (its endpoints would
be operators' routes, and a program keeping data with them counts), no dependency serving
clients without code of its own (`actuator_workers.serves_without_code`), no third-party
starter (a library's auto-configuration may lend REST endpoints: a workflow engine's REST
starter), and no static files or templates a server would hand out.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.actuator_workers import boot_hosts, serves_without_code
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import module_uses, used_modules
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_MIGRATORS = frozenset({"Liquibase", "Flyway"})
"""Migration tools Spring Boot's auto-configuration runs at start-up."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

_APPLICATION = re.compile(r"@SpringBootApplication\b")

_WEB_FILES = (".html", ".htm", ".js", ".css", ".jsp", ".ftl", ".ftlh", ".vm", ".mustache")
"""Files a Spring Boot server would hand out or render (static content, templates)."""

MAX_FILES = 20
"""Main source files read at most: the shape is a main class alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications that migrate a schema and whose
    main sources are their main class alone, with nothing lent that serves."""
    for unit, signals in boot_hosts(units):
        if not any(
            s.kind is FindingKind.MIGRATIONS
            and s.name in _MIGRATORS
            and s.strength is not Strength.DEV
            for s in signals
        ):
            continue
        uses = module_uses(unit, "jvm")
        if "spring-boot-starter-actuator" in uses or _foreign_starter(uses):
            continue
        if used_modules(unit, units, "jvm") or serves_without_code(top, unit, units):
            continue
        if _main_class_alone(top, main_tree(unit)):
            unit.no_web = True


def _foreign_starter(uses: set[str]) -> bool:
    """Whether a dependency is a starter that is not Spring Boot's own: its
    auto-configuration may register endpoints the application's code does not declare."""
    return any("starter" in use and not use.startswith("spring-boot-starter") for use in uses)


def _main_class_alone(top: str, tree: str) -> bool:
    """Whether the main source tree `tree` holds JVM sources that each declare the
    `@SpringBootApplication` main class, and no web content (static files, templates)."""
    paths = all_code_files(top, tree, _ENDINGS, MAX_FILES)
    if not paths:
        return False
    if not all(_APPLICATION.search(read_text(top, path)[0] or "") for path in paths):
        return False
    web = all_code_files(top, posixpath.join(tree, "resources"), _WEB_FILES, 1)
    webapp = all_code_files(top, posixpath.join(tree, "webapp"), _WEB_FILES, 1)
    return not web and not webapp
