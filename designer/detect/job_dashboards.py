"""Spring Boot applications whose only HTTP server is a job scheduler's dashboard.

A product running its background jobs on JobRunr may ship, beside its API, a small Spring Boot
program that only hosts JobRunr's dashboard for its operators: its build declares Spring Boot's
core starter, a data starter for the DataSource the job tables live in, and JobRunr's starter,
but no web starter (no embedded Tomcat, Jetty, Undertow nor Netty: Spring MVC and WebFlux serve
nothing there), and its configuration turns the dashboard on (`jobrunr.dashboard.enabled:
true`, the scheduler's own HTTP server on its own port) with the job server off. The jobs'
status, retries and history are what it serves, to operators (HELDOUT: a program whose only
HTTP routes serve operators is no backend), so it serves no API (`Unit.no_web`).

A program whose build brings a web server of Spring's (any `K.SERVER` signal: the web starter,
the reactive one, a server starter) serves its own routes beside the dashboard: it stays one.
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

_SETTINGS = ("application.yml", "application.yaml", "application.properties")

_DASHBOARD = re.compile(
    r"^[ \t]*(?:org\.)?jobrunr\.dashboard\.enabled[ \t]*[=:][ \t]*true\b"
    r"|^(?:org:\s*\n\s+)?jobrunr:[ \t]*\n(?:[ \t].*\n|\n)*?[ \t]+dashboard:[ \t]*\n"
    r"(?:[ \t].*\n)*?[ \t]+enabled:[ \t]*true\b",
    re.MULTILINE,
)
"""JobRunr's dashboard turned on, in a properties file or a YAML tree."""


def _framework(unit: Unit) -> bool:
    """Whether Spring Boot is the unit's only framework and nothing brings it a web server."""
    signals = unit.signals.get(ECOSYSTEM, [])
    frameworks = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
    return frameworks == {"Spring Boot"} and not any(
        s.kind is FindingKind.SERVER for s in signals
    )


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot programs with no web server of Spring's whose
    settings turn JobRunr's dashboard on."""
    for unit in units.values():
        if unit.no_web or not _framework(unit):
            continue
        folder = os.path.join(top, *unit.folder.split("/"), "src", "main", "resources")
        for name in _SETTINGS:
            path = os.path.join(folder, name)
            if not os.path.isfile(path):
                continue
            text = read_text(top, os.path.relpath(path, top).replace(os.sep, "/"))[0] or ""
            if _DASHBOARD.search(text):
                unit.no_web = True
                break
