"""Ktor applications whose only routes serve operators.

A Kafka worker written in Kotlin (a Kafka Streams processor, a consumer loading topics into an
analytics warehouse) often starts Ktor's embedded server for nothing but its orchestrator's
probes and its metrics scrape: `routing { route("/actuator") { get("/live") … get("/metric")
… } }`. Those routes serve operators, not clients; with no data of its own, the program is no
backend. One keeping data of its own counts however few its routes are, and its data may be
lent by a module of its build it depends on (a `libs/jdbc` declaring the driver and the pool),
so those modules' run-time signals are weighed with its own.

Telling so needs every route the application declares, so the Kotlin main sources of its
folder and of the modules of its build it uses are read whole (a large tree is left alone);
a route whose path is not a literal, typed resources, static content, WebSockets and
server-sent events are ways of serving clients that cannot be judged here, and leave the
application a backend.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from designer.detect.assemble import Unit
from designer.detect.build_modules import used_modules
from designer.detect.codewalk import all_code_files
from designer.detect.inheritance import build_root, inside
from designer.detect.probes import OPERATOR_PATH
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_VERBS = "get|post|put|patch|delete|head|options"

_CALL = re.compile(
    r"""(?<![.\w:])(route|""" + _VERBS + r""")[ \t]*(?:\([ \t]*"([^"$]*)"[ \t]*\)|(?=\{))"""
    r"""[ \t]*\{"""
)
"""A route of Ktor's routing DSL and the block it opens: `route("/actuator") {`,
`get("/live") {`, or a verb with no path of its own (`get {`, the path of the enclosing
`route`). A method call on an object (`client.get(…)`, `map.get(…)`) is not one."""

_OPAQUE = re.compile(
    r"""(?<![.\w:])(?<!fun )(?:(?:route|""" + _VERBS + r""")[ \t]*(?:<|"""
    r"""\((?![ \t]*"[^"$]*"[ \t]*\))(?:[^()]|\([^()]*\))*\)[ \t]*\{)"""
    r"""|(?:static\w*|singlePageApplication|webSocket\w*|sse)[ \t]*[<({])"""
)
"""Routes this module cannot judge: a verb or `route` opening a block whose path is not a
plain literal (a variable, a template, extra arguments: `get(path) {`), Ktor Resources' typed
routes (`get<Users>`), static files and single-page apps, WebSockets and server-sent events.
A function's own declaration (`fun delete(…) {`) is none of them."""

_SERVER = re.compile(r"^[ \t]*import[ \t]+io\.ktor\.server\.", re.MULTILINE)
"""A file written to Ktor's server API: only there are `get(…) {` and `route(…)` routes (a
getter `get() = …` or a DAO's `delete(…)` elsewhere is not one)."""

_NAMESPACE = r"(?:system|internal|ops|management|monitoring)"

_KTOR_OPERATOR = re.compile(
    r"/actuator(?:/[\w./-]*)?|"
    + OPERATOR_PATH.pattern
    + r"|(?:/"
    + _NAMESPACE
    + r")?/(?:is_?alive|is_?ready|prometheus|metric)/?"
)
"""A path serving operators in a Ktor application: one of `probes.OPERATOR_PATH`, anything
under Spring's operator namespace `/actuator` (which Kotlin services copy: `/actuator/live`,
`/actuator/metric`), or the probes NAIS-style platforms ask for (`/internal/isalive`,
`/isready`, a `/prometheus` scrape)."""

_SKIPPED = frozenset({"test", "tests", "testFixtures", "integrationTest", "testIntegration"})
"""Source folders of tests: their routes are test doubles' (a stub of another service)."""

MAX_FILES = 400
"""Kotlin files read per application, its used modules' included; past it it is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Ktor applications with no data of their own (nor lent by a
    module of their build they use) whose every route, in their main sources and those of
    the modules they use, serves operators."""
    candidates = [u for u in units.values() if not u.no_web and _ktor(u)]
    if not candidates:
        return
    jvm = [u for u in units.values() if any(e == LANGUAGE for _, e, _ in u.manifests)]
    eco = {u.folder: LANGUAGE for u in jvm}
    roots = {u.folder: build_root(u, units, LANGUAGE) for u in jvm}
    for unit in candidates:
        if unit.folder not in eco:
            continue
        modules = used_modules(unit, units, eco, roots)
        if any(_own_data(u) for u in (unit, *modules)):
            continue
        texts = _texts(top, [unit, *modules], units)
        if texts is not None and probes_only(texts):
            unit.no_web = True


def _ktor(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Ktor" and s.strength is not Strength.DEV
        for s in unit.signals.get(LANGUAGE, [])
    )


def _own_data(unit: Unit) -> bool:
    """Whether the unit's run-time signals (any language's) show data of its own."""
    return any(
        s.kind in OWN_DATA and s.strength is not Strength.DEV
        for signals in unit.signals.values()
        for s in signals
    )


def _texts(top: str, folders: Iterable[Unit], units: dict[str, Unit]) -> list[str] | None:
    """The Kotlin main sources of `folders` (their tests and nested projects left out), or
    None past `MAX_FILES` in all."""
    paths: list[str] = []
    for unit in folders:
        nested = {
            u.folder for u in units.values() if u is not unit and inside(u.folder, unit.folder)
        }
        found = all_code_files(
            top,
            unit.folder,
            (".kt",),
            MAX_FILES - len(paths),
            skip_dir=lambda d: d in PRUNED or d in _SKIPPED,
            nested=nested,
        )
        if found is None:
            return None
        paths += found
    return [read_text(top, path)[0] or "" for path in paths]


def probes_only(texts: list[str]) -> bool:
    """Whether the sources declare at least one route, none `_OPAQUE`, and every route's
    full path (its enclosing `route` blocks' paths before its own) serves operators."""
    found = False
    for text in texts:
        if not _SERVER.search(text):
            continue
        if _OPAQUE.search(text):
            return False
        calls = list(_CALL.finditer(text))
        blocks = [(m.end() - 1, _block_end(text, m.end() - 1), m.group(2) or "") for m in calls
                  if m.group(1) == "route"]
        for match in calls:
            if match.group(1) == "route":
                continue
            found = True
            start = match.start()
            prefixes = [path for open_, close, path in blocks if open_ < start < close]
            if not _KTOR_OPERATOR.fullmatch(_join([*prefixes, match.group(2) or ""])):
                return False
    return found


def _block_end(text: str, opening: int) -> int:
    """The offset of the brace closing the block opened at `opening` (the text's end when it
    is not closed)."""
    depth = 0
    for offset in range(opening, len(text)):
        char = text[offset]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return offset
    return len(text)


def _join(parts: list[str]) -> str:
    """The full path of nested routes' paths (`/actuator` and `/live`: `/actuator/live`)."""
    segments = [s for part in parts for s in part.split("/") if s]
    return "/" + "/".join(segments)
