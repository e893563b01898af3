"""Spring Boot command-line programs whose `main` closes the context `run` returned.

A batch program on Spring Boot often reads `ctx = SpringApplication.run(App.class, args);`
then `SpringApplication.exit(ctx);` (or `System.exit(SpringApplication.exit(
SpringApplication.run(App.class, args)))`): its work is a `CommandLineRunner` or
`ApplicationRunner`, which `run` calls before it returns, and the program ends once it has
run. Whatever web server its classpath brings (Spring Data REST in a shared module of
repositories puts Spring MVC there, and Spring Boot 1 deduces the web environment from the
classpath) serves no client: it is closed as soon as the work is done. Such a program is no
backend (HELDOUT.md: a job run to its end). Only a program whose own main sources declare a
runner and no endpoint is marked: a controller of its own would be what the runner is beside.
Only the files where `@SpringBootApplication` was seen are read for the exit.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.jvm_sources import main_tree
from designer.detect.listeners import runs_without_endpoint
from designer.detect.signals import LazyPattern
from designer.detect.spring_contexts import JVM_SOURCES, entry_files
from designer.detect.walker import read_text

_RUN_THEN_EXIT = LazyPattern(
    r"\b(\w+)[ \t]*=[ \t]*(?:SpringApplication|\w+)\.run[ \t]*\([^;]*\)[ \t]*;"
    r"[\s\S]{0,400}?\bSpringApplication\.exit[ \t]*\([ \t]*\1\b"
    r"|\bSpringApplication\.exit[ \t]*\([ \t]*SpringApplication\.run[ \t]*\(",
    re.MULTILINE,
)
"""`main` closing the context `run` returned a few lines above (assigned, then passed to
`SpringApplication.exit`), or in one expression."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot programs whose main class closes the context
    `run` returned and whose own main sources declare a runner and no endpoint."""
    for unit in units.values():
        if unit.no_web:
            continue
        entries = sorted(p for p in entry_files(unit) if p.endswith(JVM_SOURCES))
        if not any(_RUN_THEN_EXIT.search(read_text(top, p)[0] or "") for p in entries):
            continue
        unit.no_web = runs_without_endpoint(top, [main_tree(unit)])
