"""Spring Boot applications whose only HTTP is Actuator's.

A worker of a build (a collector taking its tasks from the server over a connection of its
own and reaching the systems it monitors through their drivers) may keep the web starter only
to expose Actuator's endpoints over HTTP (`management.endpoints.web.exposure.include:
prometheus`, for a metrics scrape): its code, and that of the modules of the build it uses,
declares no controller, router or endpoint, and it keeps no data of its own (no data layer,
migrations or engine outside its tests). It serves its operators only: no backend
(`Unit.no_web`; HELDOUT.md's workers). Spring Cloud's infrastructure (a gateway routing by
configuration, a registry, a config server, Spring Boot Admin) and what serves clients
through configuration or a library (Spring Data REST, Camel, Spring Integration's HTTP
gateways, Vaadin, GraphQL, an authorization server) have no endpoint in their own code
either: they are left alone, as is an application whose build generates its controllers from
an OpenAPI document, or whose sources are too large to read whole. The generator may run in a
module of the build the application uses (an `…-server-api` module generating Spring's
controller interfaces, the application implementing their delegates): that module's build is
read too, for a server generator only (a generated client serves nothing).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.listeners import serves_no_endpoint
from designer.detect.nonservices import module_uses, used_modules
from designer.detect.signals import OWN_DATA, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_EXPOSED = re.compile(
    r"^[ \t]*exposure[ \t]*:[ \t]*\r?\n[ \t]+include[ \t]*:"
    r"|management\.endpoints\.web\.exposure\.include[ \t]*[=:]",
    re.MULTILINE,
)
"""Actuator's endpoints exposed over HTTP, in YAML (`exposure:` then `include:`) or in a
properties file."""

_SERVES_OTHERWISE = (
    "gateway",
    "eureka-server",
    "config-server",
    "admin-server",
    "admin-starter-server",
    "zuul",
    "data-rest",
    "camel",
    "integration-http",
    "vaadin",
    "graphql",
    "jersey",
    "cxf",
    "authorization-server",
)
"""Parts of a dependency's name that serve clients without an endpoint in the application's
own code (Spring Cloud's gateway, registry and config server, Spring Boot Admin's server, Zuul,
Spring Data REST, Camel's routes, Spring Integration's HTTP gateways, Vaadin, GraphQL,
JAX-RS through Jersey or CXF, Spring Authorization Server's OAuth endpoints)."""

_GENERATED = re.compile(r"openapi-generator|swagger-codegen")
"""An API code generator in the application's build: its controllers are generated at build
time (an OpenAPI document's interfaces, the application implementing their delegates), not
written among its sources."""

_SERVER_GENERATOR = re.compile(
    r"<(?:generatorName|language)>[ \t]*(?:spring|kotlin-spring|jaxrs-[\w-]+|[\w-]+-server)"
    r"[ \t]*</"
    r"|\bgeneratorName\b[^\n]{0,20}?[\"'](?:spring|kotlin-spring|jaxrs-[\w-]+|[\w-]+-server)[\"']"
)
"""An OpenAPI generator producing server code (Spring's controllers, JAX-RS resources, a
`…-server` generator), in a Maven plugin's configuration or a Gradle task's `generatorName`:
not a client's (`java`, `kotlin`, `typescript-axios`)."""

_SETTINGS = re.compile(r"application(?:-[\w.-]+)?\.(?:ya?ml|properties)$")


def boot_hosts(units: dict[str, Unit]) -> Iterator[tuple[Unit, list[Signal]]]:
    """The Spring Boot applications with an entry point not yet set aside as serving no web,
    each with its JVM signals: the applications whose routes a rule of this kind reads."""
    for unit in units.values():
        if unit.no_web or not has_entry_point(unit):
            continue
        signals = unit.signals.get("jvm", [])
        if any(s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot" for s in signals):
            yield unit, signals


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications with no data of their own that
    expose Actuator's endpoints and declare no endpoint, nor do the modules they use."""
    for unit, signals in boot_hosts(units):
        if any(s.kind in OWN_DATA and s.strength is not Strength.DEV for s in signals):
            continue
        if "spring-boot-starter-actuator" not in module_uses(unit, "jvm"):
            continue
        if not _exposes_actuator(top, unit) or serves_without_code(top, unit, units):
            continue
        modules = used_modules(unit, units, "jvm")
        folders = [main_tree(unit)] + [main_tree(other) for other in modules]
        if serves_no_endpoint(top, folders):
            unit.no_web = True


def serves_without_code(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the Spring Boot application may serve clients with no endpoint in its own
    code: a dependency serving through configuration or a library (`_SERVES_OTHERWISE`), an
    API generator in its build, or a server generator in that of a module it uses."""
    uses = module_uses(unit, "jvm")
    if any(part in use for use in uses for part in _SERVES_OTHERWISE):
        return True
    if _generates_api(top, unit):
        return True
    modules = used_modules(unit, units, "jvm")
    return any(_generates_api(top, other, _SERVER_GENERATOR) for other in modules)


def _generates_api(top: str, unit: Unit, generator: re.Pattern[str] = _GENERATED) -> bool:
    """Whether the unit's own build files run an API code generator (`generator`)."""
    return any(
        generator.search(read_text(top, path)[0] or "")
        for path, ecosystem, _ in unit.manifests
        if ecosystem == "jvm"
    )


def _exposes_actuator(top: str, unit: Unit) -> bool:
    """Whether the application's own Spring settings (`src/main/resources/application*.yml`
    or `.properties`) expose Actuator's endpoints over HTTP."""
    resources = posixpath.join(main_tree(unit), "resources")
    paths = all_code_files(top, resources, (".yml", ".yaml", ".properties"), 50) or []
    for path in paths:
        if posixpath.dirname(path) != resources or not _SETTINGS.search(path):
            continue
        if _EXPOSED.search(read_text(top, path)[0] or ""):
            return True
    return False
