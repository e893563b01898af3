"""Spring Boot applications whose main class turns the web server off.

A Spring Boot program may say in code what `spring.main.web-application-type: none` says in
its configuration (`sidefiles`): `application.setWebApplicationType(WebApplicationType.NONE)`
before `run`, or `.web(WebApplicationType.NONE)` on a `SpringApplicationBuilder` (Spring Boot
1: `setWebEnvironment(false)`, `.web(false)`). Such a
program (a Spring Shell command line that calls another service's API, a batch job) starts no
server, whatever starters its build shares with the repository's server: it is no backend.
One whose main class also chooses a servlet or reactive application (`NONE` only in a
command-line mode, `SERVLET` otherwise) starts its server in the other branch: it stays one.
So does a module keeping several main classes when one of them launches Spring Boot and leaves
the web application type alone (a `WebApplication` running `SpringApplication.run` beside
scheduled `*TaskApplication` mains that turn the server off, each a job of the same build): the
default type is the servlet one, and that main class is the server the module deploys.
Only the files where `@SpringBootApplication` was seen are read again, one per application.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import LazyPattern
from designer.detect.spring_contexts import JVM_SOURCES, LAUNCH, entry_files
from designer.detect.walker import read_text

_NO_WEB = LazyPattern(
    r"(?:\bsetWebApplicationType|\.web)[ \t]*\([ \t]*(?:WebApplicationType\.)?NONE[ \t]*\)"
    r"|\bwebApplicationType[ \t]*=[ \t]*(?:WebApplicationType\.)?NONE\b"
    r"|(?:\bsetWebEnvironment|\.web)[ \t]*\([ \t]*false[ \t]*\)",
    re.MULTILINE,
)
"""The main class's call (Java's setter or the builder's `web`; Kotlin's property in
`runApplication`'s block) choosing no web application; Spring Boot 1's boolean form
(`setWebEnvironment(false)`, `new SpringApplicationBuilder(App.class).web(false)`)."""

_WEB = LazyPattern(
    r"(?:\bsetWebApplicationType|\.web)[ \t]*\([ \t]*(?:WebApplicationType\.)?"
    r"(?:SERVLET|REACTIVE)[ \t]*\)"
    r"|\bwebApplicationType[ \t]*=[ \t]*(?:WebApplicationType\.)?(?:SERVLET|REACTIVE)\b"
    r"|(?:\bsetWebEnvironment|\.web)[ \t]*\([ \t]*true[ \t]*\)",
    re.MULTILINE,
)
"""The same call choosing a web application: a main class that also makes it (a command-line
mode turning the server off, the default mode starting it) serves HTTP."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications whose main class chooses no web
    application type."""
    for unit in units.values():
        if unit.no_web:
            continue
        paths = {path for path in entry_files(unit) if path.endswith(JVM_SOURCES)}
        texts = [read_text(top, path)[0] or "" for path in sorted(paths)]
        unit.no_web = any(_NO_WEB.search(text) for text in texts) and not any(
            _WEB.search(text) or _default_launch(text) for text in texts
        )


def _default_launch(text: str) -> bool:
    """Whether a main class launches Spring Boot without choosing its web application type:
    the default, a servlet (or reactive) application, whose server starts."""
    return bool(LAUNCH.search(text)) and not _NO_WEB.search(text)
