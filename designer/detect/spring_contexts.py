"""Spring Boot configuration that no program launches: a context built by hand serves no HTTP.

A command-line tool may annotate a class `@SpringBootApplication` only to have its beans
scanned and auto-configured, then build the context itself (`new
AnnotationConfigApplicationContext()`, `ctx.register(ApplicationConfig.class)`, `ctx.refresh()`)
from the `main` a CLI framework runs. That context is no web application context: no embedded
server starts, whatever web starter a module it uses brings. So a Spring Boot module whose code
builds such a context and never launches Spring Boot (`SpringApplication.run`, `runApplication`,
the builder, a servlet initializer) serves nothing (`Unit.no_web`).

Only the files showing the annotation are read first: where they launch it, as nearly every
application's does, nothing more is read.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

JVM_SOURCES = (".java", ".kt")

MAX_FILES = 500
"""Main source files read per module at most: a larger tree is left alone."""

LAUNCH = LazyPattern(
    r"\bSpringApplication\.run\s*\(|\brunApplication\s*<|\bSpringApplicationBuilder\s*\("
    r"|\bSpringBootServletInitializer\b|\bSpringApplication\s*\("
)
"""What starts Spring Boot's own application (and its embedded server): the static `run`,
Kotlin's `runApplication`, the builder, a constructed `SpringApplication`, or a war's
initializer."""

_HAND_BUILT = LazyPattern(r"\bAnnotationConfigApplicationContext\s*\(")
"""A plain (non-web) application context constructed by the program itself."""



def entry_files(unit: Unit) -> set[str]:
    """The files where the unit's `@SpringBootApplication` (or its launch) was seen."""
    return {
        s.evidence.path
        for s in unit.signals.get("jvm", [])
        if s.kind is FindingKind.FRAMEWORK
        and s.name == "Spring Boot"
        and s.strength is Strength.ENTRY
    }

def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot modules whose code builds a plain context by hand
    and launches Spring Boot nowhere."""
    for unit in units.values():
        annotated = entry_files(unit)
        if not annotated or unit.no_web:
            continue
        if any(LAUNCH.search(read_text(top, path)[0] or "") for path in sorted(annotated)):
            continue
        if _hand_built(top, unit.folder):
            unit.no_web = True


def _hand_built(top: str, folder: str) -> bool:
    """Whether the module's main sources construct a plain context and launch Spring Boot
    nowhere; False when they are too many to read whole."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), JVM_SOURCES, MAX_FILES)
    built = False
    for path in paths or ():
        text = read_text(top, path)[0] or ""
        if LAUNCH.search(text):
            return False
        built = built or bool(_HAND_BUILT.search(text))
    return built
