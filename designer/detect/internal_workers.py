"""Quarkus workers fed by a message broker whose only HTTP API is internal.

A service of a reactor of Quarkus modules may consume a topic (`@Incoming`, SmallRye Reactive
Messaging) and keep no data of its own, serving HTTP only for its operators: a few `/internal/`
calls (re-sync a product, seek the consumer's offset) that its resources implement from the
OpenAPI document Quarkus publishes (`src/main/resources/META-INF/openapi.yaml`), with no path
written in its code. Such a worker serves no client and keeps nothing: it is no backend.

Telling so needs every path of that document to lie under an `internal` segment, and nothing
in the module's own sources, nor in those of the modules of the tree it uses, that serves HTTP
otherwise (a JAX-RS resource, a route, a Quarkus main); any data layer, migrations or engine,
its own or a used module's, keeps it a backend, as does a module no document describes or one
too large to read whole.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.listeners import QUARKUS_SERVING
from designer.detect.nonservices import used_modules
from designer.detect.signals import OWN_DATA
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_ENDINGS = (".java", ".kt")

DOCUMENTS = ("openapi.yaml", "openapi.yml")
"""The static OpenAPI document Quarkus serves, under `src/main/resources/META-INF/`."""

_CONSUMER = re.compile(r"@(?:Incoming|KafkaListener|RabbitListener|JmsListener)\b")
"""A method a message broker's topic or queue feeds."""

_PATH_KEY = re.compile(r"^([ \t]+)(/[^\s:]*)[ \t]*:", re.MULTILINE)
"""A path of the document's `paths:` map (`  /api/v1/internal/sync:`)."""

_INTERNAL = re.compile(r"(?:^|/)internal(?:/|$)")
"""A path under an `internal` segment: called by the operators and the other services of the
deployment, not by clients."""

MAX_FILES = 500
"""Source files read per module at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Quarkus modules with no data, their own or a used module's,
    whose sources consume a broker and serve nothing while their OpenAPI document's paths
    are all internal."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if unit.no_web or not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "Quarkus" for s in signals
        ):
            continue
        modules = [unit, *used_modules(unit, units, LANGUAGE)]
        if any(s.kind in OWN_DATA for m in modules for s in m.signals.get(LANGUAGE, [])):
            continue
        trees = [main_tree(m) for m in modules]
        if _internal_only(top, unit.folder) and _consumes_only(top, trees):
            unit.no_web = True


def _paths(top: str, folder: str) -> list[str] | None:
    """The paths of the module's OpenAPI document; None without one."""
    for name in DOCUMENTS:
        text = read_text(top, posixpath.join(folder, "src/main/resources/META-INF", name))[0]
        if text is not None:
            return spec_paths(text)
    return None


def spec_paths(text: str) -> list[str]:
    """The paths of an OpenAPI document's `paths:` map (YAML)."""
    start = re.search(r"^paths:[ \t]*$", text, re.MULTILINE)
    if start is None:
        return []
    rest = text[start.end() :]
    end = re.search(r"^\S", rest, re.MULTILINE)
    block = rest[: end.start()] if end else rest
    keys = _PATH_KEY.findall(block)
    if not keys:
        return []
    indent = min(len(space) for space, _ in keys)
    return [path for space, path in keys if len(space) == indent]


def internal(paths: list[str]) -> bool:
    """Whether there are paths and all lie under an `internal` segment."""
    return bool(paths) and all(_INTERNAL.search(path) for path in paths)


def _internal_only(top: str, folder: str) -> bool:
    return internal(_paths(top, folder) or [])


def _consumes_only(top: str, folders: list[str]) -> bool:
    """Whether the first main source tree's sources consume a broker, and none of the trees'
    (`jvm_sources.main_tree`) serves HTTP; False when one is too large to read whole."""
    consumes = False
    for index, folder in enumerate(folders):
        paths = all_code_files(top, folder, _ENDINGS, MAX_FILES)
        if paths is None:
            return False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if QUARKUS_SERVING.search(text):
                return False
            consumes = consumes or (not index and bool(_CONSUMER.search(text)))
    return consumes
