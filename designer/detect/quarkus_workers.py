"""Quarkus applications with no HTTP extension: messaging workers, not backends.

Quarkus starts an HTTP server only when an extension that needs one is on the classpath (its
REST layers, reactive routes, Undertow, GraphQL, WebSockets, health, OpenAPI, metrics, OIDC
…: they all bring `quarkus-vertx-http`). A module built with Quarkus's plugin whose runtime
extensions are its core, messaging (`quarkus-messaging-kafka`) and serialisation only consumes
or produces events: it serves no client (`Unit.no_web`). Only a module with no data layer,
migration tool or engine of its own is weighed, and only when its main sources, and those of
the repository modules it uses, declare nothing serving either (a resource, a route, a router,
a Quarkus main); a tree too large to read is left alone.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.listeners import QUARKUS_SERVING
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import OWN_DATA, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_HTTP_EXTENSION = re.compile(
    r"rest|http|routes|undertow|servlet|graphql|websocket|web|health|openapi|swagger|"
    r"micrometer|metrics|oidc|keycloak|security|grpc|funqy|lambda|azure|google-cloud-functions"
)
"""Words of the Quarkus extensions that serve HTTP or bring its server (`quarkus-rest`,
`quarkus-vertx-http`, `quarkus-smallrye-health`, `quarkus-oidc` …), read generously: any of
them leaves the module alone. A client extension (`quarkus-rest-client`) serves nothing."""

_ENDINGS = (".java", ".kt")

MAX_FILES = 500
"""Main source files read per module at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Quarkus modules whose runtime extensions bring no HTTP server,
    with no data of their own, whose sources (and those of the modules they use) declare
    nothing serving."""
    names = {name for unit in units.values() for name in module_names(unit, LANGUAGE)}
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if unit.no_web or not _quarkus_only(signals):
            continue
        extensions = {
            s.package
            for s in signals
            if s.kind is FindingKind.FRAMEWORK
            and s.strength is Strength.DEPENDENCY
            and s.package.startswith("quarkus-")
        }
        if not extensions or any(_serving(e) for e in extensions):
            continue
        if any(s.kind in OWN_DATA for found in unit.signals.values() for s in found):
            continue
        used = (module_uses(unit, LANGUAGE) - module_names(unit, LANGUAGE)) & names
        folders = [unit.folder] + [
            other.folder
            for other in units.values()
            if other is not unit and module_names(other, LANGUAGE) & used
        ]
        if not any(_serves(top, folder) for folder in folders):
            unit.no_web = True


def _quarkus_only(signals: list[Signal]) -> bool:
    """Whether Quarkus is the module's one framework."""
    return {s.name for s in signals if s.kind is FindingKind.FRAMEWORK} == {"Quarkus"}


def _serving(extension: str) -> bool:
    """Whether a Quarkus extension serves HTTP or brings the server (a client does not)."""
    return "client" not in extension and bool(
        _HTTP_EXTENSION.search(extension.removeprefix("quarkus-"))
    )


def _serves(top: str, folder: str) -> bool:
    """Whether the folder's main sources declare something serving (a tree too large to read
    counts as serving)."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
    if paths is None:
        return True
    return any(QUARKUS_SERVING.search(read_text(top, path)[0] or "") for path in paths)
