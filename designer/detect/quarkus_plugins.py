"""Quarkus modules that serve nothing: implementations of a server's plugin interface.

A build may keep, beside its Quarkus server, a module of implementations of the server's
service-provider interface (event subscribers publishing to Kafka or NATS) that the server
loads from its classpath. Such a module applies Quarkus's plugin and configures Quarkus
(`quarkus.messaging.…` in its application.properties, which counts as a start) and
declares Quarkus's extensions for run time, yet it
declares no HTTP extension, and neither its code nor that of the modules of the build it uses
serves anything or is fed by anything: no JAX-RS resource, route, router or Quarkus main, no
consumer of a topic, no scheduled job, no `main`. It keeps no data. It is no backend.

Left alone: a module declaring an HTTP extension (its resources may be generated), publishing
an OpenAPI document, keeping data, or too large to read whole.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.internal_workers import DOCUMENTS
from designer.detect.jvm_sources import main_tree
from designer.detect.listeners import QUARKUS_SERVING
from designer.detect.nonservices import HTTP_EXTENSIONS, used_modules
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_ENDINGS = (".java", ".kt")

_SERVING_EXTENSIONS = (
    *HTTP_EXTENSIONS,
    "quarkus-funqy",
    "quarkus-smallrye-graphql",
    "quarkus-smallrye-openapi",
    "quarkus-spring-web",
    "quarkus-grpc",
    "quarkus-amazon-lambda",
    "quarkus-azure-functions",
    "quarkus-google-cloud-functions",
)
"""Quarkus extensions (by artifact prefix) that serve requests: the HTTP ones `serverless`
reads, and GraphQL, OpenAPI, gRPC and functions."""

_STARTED = re.compile(
    r"@(?:Incoming|KafkaListener|RabbitListener|JmsListener|Scheduled|Funq|ConsumeEvent)\b"
    r"|\bfun\s+main\s*\(|\bstatic\s+void\s+main\s*\("
)
"""What runs a module's code besides a request: a consumer of a topic or of the event bus, a
scheduled job, a function, a program's own `main`."""

MAX_FILES = 500
"""Source files read per module at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Quarkus modules declaring no HTTP extension, keeping no data,
    whose sources and those of the modules they use neither serve nor are fed by anything."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        quarkus = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s.name == "Quarkus"]
        # A module compiling against Quarkus only (`provided`, for tests) is a library of
        # framework defaults its users load (`configured_libraries`), judged there.
        if unit.no_web or not any(s.strength is Strength.DEPENDENCY for s in quarkus):
            continue
        if any((s.package or "").startswith(_SERVING_EXTENSIONS) for s in quarkus):
            continue
        if any(
            read_text(top, posixpath.join(main_tree(unit), "resources/META-INF", d))[0]
            is not None
            for d in DOCUMENTS
        ):
            continue
        modules = [unit, *used_modules(unit, units, LANGUAGE)]
        if any(s.kind in OWN_DATA for m in modules for s in m.signals.get(LANGUAGE, [])):
            continue
        if _idle(top, [main_tree(m) for m in modules]):
            unit.no_web = True


_INTERFACE = re.compile(r"^(?:public[ \t]+)?interface[ \t]+(\w+)", re.MULTILINE)
_CLASS = re.compile(
    r"^(?:public[ \t]+)?(?:(?:abstract|final|sealed|open|data)[ \t]+)*(?:class|object)\b",
    re.MULTILINE,
)


def _idle(top: str, folders: list[str]) -> bool:
    """Whether the main source trees `folders` (`jvm_sources.main_tree`: the module's first,
    then those of the modules it uses) exist and declare nothing that serves or starts
    work; False when one is too large to read whole, or when the first holds no source. In
    a used module, a JAX-RS interface (`@Path` on an `interface`, no class beside it) is the
    contract its clients call: it serves only where the module implements it."""
    contracts: set[str] = set()
    own: list[str] = []
    for index, folder in enumerate(folders):
        paths = all_code_files(top, folder, _ENDINGS, MAX_FILES)
        if paths is None or (not index and not paths):
            return False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if not index:
                own.append(text)
            if _STARTED.search(text):
                return False
            if not QUARKUS_SERVING.search(text):
                continue
            interface = _INTERFACE.search(text)
            if not index or interface is None or _CLASS.search(text):
                return False
            contracts.add(interface.group(1))
    if not contracts:
        return True
    implemented = re.compile(
        r"\b(?:implements|:)[^{]*\b(?:" + "|".join(sorted(contracts)) + r")\b"
    )
    return not any(implemented.search(text) for text in own)
