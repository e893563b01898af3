"""Spring Boot applications fed by a queue that serve no HTTP API.

A consumer of SQS, Kafka, RabbitMQ or JMS messages is often a Spring Boot application with
the web starter on its classpath (for Actuator's probes), but its code declares listeners
(`@SqsListener`, `@KafkaListener` …) and no controller, router or endpoint: it serves no
client, it is no backend. Telling so needs the absence of every endpoint from its sources, so
only applications declaring a message broker are read again, and only their own main source
tree (`src/main`); one using another module of the repository, where controllers may live, or
one too large to read whole, is left alone.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ENDINGS = (".java", ".kt")

_LISTENER = re.compile(
    r"@(?:SqsListener|KafkaListener|RabbitListener|JmsListener|StreamListener)\b"
)
"""A method fed by a message broker's queue or topic."""

_ENDPOINT = re.compile(
    r"@(?:RestController|Controller|RequestMapping|GetMapping|PostMapping|PutMapping|"
    r"PatchMapping|DeleteMapping|RepositoryRestResource|QueryMapping|MutationMapping|"
    r"SchemaMapping|MessageMapping|Endpoint|WebServlet|Path)\b|\bRouterFunction\b|\bcoRouter\b"
)
"""What serves HTTP clients: a controller or its mappings, a functional router, Spring Data
REST, GraphQL or WebSocket message mappings, a SOAP endpoint, a servlet, a JAX-RS resource."""

MAX_FILES = 500
"""Source files read per application at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications declaring a message broker whose own
    sources declare a listener and no endpoint."""
    names = {name for unit in units.values() for name in module_names(unit, "jvm")}
    for unit in units.values():
        signals = unit.signals.get("jvm", [])
        if not any(s.kind is FindingKind.BROKER for s in signals) or not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot" for s in signals
        ):
            continue
        if (module_uses(unit, "jvm") - module_names(unit, "jvm")) & names:
            continue
        paths = _main_sources(top, unit.folder)
        if paths is None:
            continue
        listens = False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if _ENDPOINT.search(text):
                break
            listens = listens or bool(_LISTENER.search(text))
        else:
            unit.no_web = listens


def _main_sources(top: str, folder: str) -> list[str] | None:
    """The JVM sources under the folder's `src/main`, relative to `top` (None past
    `MAX_FILES`)."""
    main = posixpath.join(folder, "src", "main") if folder != "." else "src/main"
    found: list[str] = []
    for root, _, files in os.walk(os.path.join(top, main)):
        relative = os.path.relpath(root, top).replace(os.sep, "/")
        found += [posixpath.join(relative, name) for name in files if name.endswith(_ENDINGS)]
        if len(found) > MAX_FILES:
            return None
    return sorted(found)
