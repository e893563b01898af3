"""Spring Boot workers whose only HTTP API is internal and whose data is another's.

A module of a reactor may serve HTTP only for its operators and the other services of its
deployment: its build generates the server interfaces of its API from an OpenAPI document in
its own folder (openapi-generator's `<inputSpec>` with a server generator: `spring`,
`jaxrs-spec`), and every path of that document lies under an `internal` segment (`/internal/
rpc/syncOrg`; the paths serving the document itself aside). When it keeps no data of its own
either — no migrations in its build, no entity or repository declared in its own sources: the
repositories it calls are a shared module's, over tables another application migrates — it is
a worker of that application's data (a sync job with an admin trigger), serving no client: no
backend. Its JPA starter says only that it reads those tables (`internal_workers` says the
same of Quarkus modules that keep no data at all).
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.internal_workers import internal, spec_paths
from designer.detect.jvm_sources import main_tree
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_ENDINGS = (".java", ".kt")

MAX_FILES = 500
"""Source files read per module at most: a larger tree is left alone."""

_SERVER_GENERATORS = re.compile(
    r"^(?:spring|kotlin-spring|kotlin-server|java-micronaut-server|java-undertow-server|"
    r"java-vertx-web|jaxrs-[\w-]+)$"
)
"""openapi-generator's generators of server code (its `java` generator and the other
languages' are clients, its `openapi` one writes the document out)."""

_DOCUMENT = re.compile(r"\.(?:json|ya?ml)$")
"""A path serving the API's document itself (`/internal-sync-openapi.json`)."""

_OWN_DATA = re.compile(
    r"@(?:Entity|Table|Document)\b|\binterface\s+\w+\s+extends\s+\w*Repository\b"
)
"""Data a module declares itself: a mapped entity, a repository of its own."""

_PROPERTY = re.compile(r"\$\{([^}]+)\}")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot modules whose generated server API is internal
    only and whose build and sources keep no data of their own."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if unit.no_web or not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot" for s in signals
        ):
            continue
        if any(s.kind is FindingKind.MIGRATIONS for s in signals):
            continue  # it migrates a schema: data of its own
        paths = _served_paths(top, unit)
        if not internal(paths) or not _declares_no_data(top, unit):
            continue
        unit.no_web = True


def _served_paths(top: str, unit: Unit) -> list[str]:
    """The paths of the OpenAPI documents in the module's folder its pom generates server
    code from, the document's own aside ([] without one)."""
    paths: list[str] = []
    for path, eco, result in unit.manifests:
        if eco != LANGUAGE or posixpath.basename(path) != "pom.xml":
            continue
        folder = posixpath.dirname(path) or "."
        for spec in _server_specs(top, path, result.properties):
            target = posixpath.normpath(posixpath.join(folder, spec))
            if target.startswith("..") or not (target + "/").startswith(
                "" if folder == "." else folder + "/"
            ):
                continue  # a document of another module: its API, not this one's
            text = read_text(top, target)[0]
            if text is not None:
                paths += [p for p in spec_paths(text) if not _DOCUMENT.search(p)]
    return paths


def _server_specs(top: str, pom: str, properties: dict[str, str]) -> list[str]:
    """The `<inputSpec>` of each openapi-generator execution of `pom` with a server
    generator, relative to the pom's folder; those naming an unknown property left out."""
    text = read_text(top, pom)[0]
    if text is None or "openapi-generator" not in text or re.search(r"<!DOCTYPE|<!ENTITY", text):
        return []
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return []
    own = {**properties, "project.basedir": ".", "basedir": "."}

    def resolve(match: re.Match[str]) -> str:
        return own.get(match.group(1), match.group(0))

    specs: list[str] = []
    for element in root.iter():
        if _local(element.tag) != "configuration":
            continue
        generator = _child_text(element, "generatorName")
        spec = _child_text(element, "inputSpec")
        if not spec or not _SERVER_GENERATORS.match(generator):
            continue
        resolved = _PROPERTY.sub(resolve, spec)
        if "${" not in resolved:
            specs.append(resolved)
    return specs


def _declares_no_data(top: str, unit: Unit) -> bool:
    """Whether the module's own main sources declare no entity nor repository (False when
    there are too many to read, or none)."""
    paths = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES)
    if not paths:
        return False
    return not any(_OWN_DATA.search(read_text(top, path)[0] or "") for path in paths)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _child_text(element: ET.Element, name: str) -> str:
    child = next((c for c in element if _local(c.tag) == name), None)
    return (child.text or "").strip() if child is not None else ""
