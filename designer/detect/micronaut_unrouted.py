"""Micronaut modules that declare no route: workers, jobs, launchers and libraries.

A large Micronaut build gives every module the framework's bundle (the HTTP server among it)
through a shared convention plugin, so the build alone cannot tell its API servers from its
workers, one-shot jobs (a bootloader running migrations, a realm setup), launchers, sidecars,
command-line clients and the libraries they share. Micronaut serves HTTP only through the
routes its code declares: a `@Controller` class (its methods `@Get`, `@Post` …), a JAX-RS
resource (`@Path`, through micronaut-jaxrs), a management `@Endpoint` enabled by default, a
`@ServerWebSocket`. So a Micronaut module whose main sources, and those of the modules of the
tree it uses (a controller there is on its classpath, and Micronaut serves every bean it
finds), declare none of them serves nothing: no backend, whatever data it keeps (HELDOUT.md: a
program with no HTTP route at all). So is one whose only routes are a probe's (a
`HeartbeatController` answering any path, so the pods it spawned can tell it still runs; a
`HealthController`) and that keeps no data of its own: no data layer, migrations nor engine
among its run-time signals, a query library a shared bundle brings (`libs.bundles.micronaut`
with micronaut-jooq) counting only where its code names it (HELDOUT.md's workers). Left
alone: a module serving through a library or configuration rather than code (GraphQL, gRPC, a
function runtime, an HTTP proxy), one whose build generates code from an API document (its
controllers are written at build time), and one whose sources, or a used module's, are too
large to read whole.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_layers import PACKAGES
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import module_uses, used_modules
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 2000
"""Main sources read per module: a larger one is left alone."""

_ENDINGS = (".java", ".kt", ".groovy")

_ROUTE = re.compile(
    r"@(?:io\.micronaut\.http\.annotation\.)?Controller\b|@ServerWebSocket\b"
    r"|@Endpoint\b(?![ \t]*\([^)]*\bdefaultEnabled[ \t]*=[ \t]*false)"
    r"|^[ \t]*@(?:jakarta\.ws\.rs\.|javax\.ws\.rs\.)?Path[ \t]*\([^)\n]*\)[ \t]*$",
    re.MULTILINE,
)
"""What declares a route Micronaut serves: a controller, a WebSocket server, a management
endpoint (not one disabled unless configured: `@Endpoint(id = …, defaultEnabled = false)`), a
JAX-RS resource or method (`@Path("/x")` on a line of its own; an HTTP client's `@Path` on a
parameter, Retrofit's, names a placeholder of the call it makes)."""

_PROBE = re.compile(
    r"@Controller\b(?:[ \t]*\([^)\n]*\))?\s+(?:(?:public|open|final|internal)\s+)*class\s+"
    r"\w*(?:Heartbeat|Health|Healthcheck|Liveness|Readiness|Ping)Controller\b"
)
"""A controller named for a probe (`@Controller class HeartbeatController`): it serves the
orchestrator or the programs checking this one runs, not clients."""

_SERVES_OTHERWISE = ("graphql", "grpc", "function", "http-server-proxy", "router")
"""Parts of a dependency's name that serve without a route in code: GraphQL's endpoint, gRPC
services, a function runtime (AWS, Azure, Google Cloud), a proxy, Micronaut's router DSL."""

_GENERATED = re.compile(r"openapi-generator|swagger-codegen|openApiGenerate|\bopenapi\s*\{")
"""A build generating code from an API document: its controllers may be written at build
time (Micronaut's OpenAPI generator writes server interfaces and controllers)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on each Micronaut module whose code and used modules declare no
    route (or only a probe's, keeping no data), where another Micronaut module of the tree
    declares routes: the build's servers are told from its other modules by their code. A
    tree with no routed module at all (its routes come some other way) is left alone."""
    unrouted: list[Unit] = []
    routed = False
    for _, unit in sorted(units.items()):
        if unit.no_web or ECOSYSTEM not in unit.signals or _other_framework(unit):
            continue
        modules = [unit, *used_modules(unit, units, ECOSYSTEM)]
        # The framework may come with a module of the build (a library applying it for all).
        if not any(_micronaut(module) for module in modules):
            continue
        uses = set().union(*(module_uses(module, ECOSYSTEM) for module in modules))
        if any(part in use for use in uses for part in _SERVES_OTHERWISE):
            continue
        if any(_generates(top, module) for module in modules):
            continue
        answer = _routeless(top, unit, [main_tree(module) for module in modules])
        if answer:
            unrouted.append(unit)
        elif answer is not None:
            routed = True
    if routed:
        for unit in unrouted:
            unit.no_web = True


def _other_framework(unit: Unit) -> bool:
    """Whether the module runs another framework beside Micronaut (Grails, built on it, whose
    controllers are found by convention, not annotated)."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name != "Micronaut" and s.strength is not Strength.DEV
        for s in unit.signals.get(ECOSYSTEM, [])
    )


def _micronaut(unit: Unit) -> bool:
    """Whether the module declares Micronaut among its own run-time signals."""
    return any(
        s.kind is FindingKind.FRAMEWORK
        and s.name == "Micronaut"
        and s.strength is not Strength.DEV
        for s in unit.signals.get(ECOSYSTEM, [])
    )


def _generates(top: str, unit: Unit) -> bool:
    """Whether the module's own build files generate code from an API document."""
    return any(
        _GENERATED.search(read_text(top, path)[0] or "")
        for path, ecosystem, _ in unit.manifests
        if ecosystem == ECOSYSTEM
    )


def _routeless(top: str, unit: Unit, folders: list[str]) -> bool | None:
    """Whether the main source trees `folders` (the module's own first) declare no route, or
    only a probe's in a module keeping no data of its own; None when the module's own holds
    no source or one of them is too large to read whole."""
    probes: list[str] = []
    own: list[str] = []
    for index, folder in enumerate(folders):
        paths = all_code_files(top, folder, _ENDINGS, MAX_FILES)
        if paths is None:
            return None
        if not paths and not index:
            return None  # no sources under the usual layout: nothing to go by
        for path in paths:
            text = read_text(top, path)[0] or ""
            if not index:
                own.append(text)
            if not _ROUTE.search(text):
                continue
            if not _PROBE.search(text) or _ROUTE.search(_PROBE.sub("", text)):
                return False
            probes.append(path)
    return not probes or not _keeps_data(unit, own)


def _keeps_data(unit: Unit, texts: list[str]) -> bool:
    """Whether the module shows data of its own: a run-time data layer, migrations or engine,
    but a query library only where its code (`texts`) names the library's packages."""
    for s in unit.signals.get(ECOSYSTEM, []):
        if s.kind not in OWN_DATA or s.strength is Strength.DEV:
            continue
        library = s.kind is FindingKind.QUERY and s.name in PACKAGES
        if library and s.name != "JPA / Hibernate" and not any(
            p in text for text in texts for p in PACKAGES[s.name]
        ):
            continue  # a bundle's library no code of the module uses
        return True
    return False
