"""Express, known by its application's `locals`, in a Node server whose kit is not locked.

A server may be built by a registry kit over Express (a library that takes the project's
routes and options, builds the Express application and hands it back) and declare only the
kit: no manifest names Express, and with no lock in the tree nothing records what the kit
requires (`lent_frameworks` reads that from a lock). The code still shows the framework: a
module reads the application's `locals` (Express's per-application settings object, which
Koa, Fastify, hapi, restify and Connect do not have) on the very object it starts listening
(`api.listen(config.port, …)` beside `const {logger} = api.locals`). A framework a library
lends the application is the application's; its release is unknown, so none is written (set
469: a public-transport API over its owner's HAFAS REST kit, no lock).

Only Node servers naming no framework are asked, and only packages no browser application
declares; a request's or response's `locals` (`res.locals`) is on no object that listens.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.node_imports import ENDINGS
from designer.detect.signals import Signal, Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 400
"""Code files read per server: the module starting the server is near its top."""

_SKIPPED = frozenset({*PRUNED, *TEST_FOLDERS, "dist", "build", "coverage", "public"})

_LISTEN = re.compile(r"\b([A-Za-z_$][\w$]*)\s*\.\s*listen\s*\(")


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give Express, at no release, to each Node server naming no framework whose module
    starts listening an application whose `locals` it reads."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        if any(r.frontend for _, e, r in unit.manifests if e == LANGUAGE):
            continue
        nested = {other.folder for other in units.values() if other.is_under(unit)}
        found = _started_with_locals(top, unit.folder, nested)
        if found is not None:
            start, locals_ = found
            # The application's `locals` stands for the kit's requirement a lock would show
            # (`lent_frameworks`'s run-time signal); the start is the framework's in code.
            signals += [
                Signal(
                    FindingKind.FRAMEWORK,
                    "Express",
                    Strength.DEPENDENCY,
                    locals_,
                    package="express",
                ),
                Signal(FindingKind.FRAMEWORK, "Express", Strength.ENTRY, start, package="express"),
            ]


def _line(path: str, text: str, offset: int) -> Evidence:
    line = text.count("\n", 0, offset) + 1
    return Evidence(path=path, line=line, text=text[offset:].split("\n", 1)[0].strip()[:200])


def _started_with_locals(
    top: str, folder: str, nested: set[str]
) -> tuple[Evidence, Evidence] | None:
    """The lines of a module under `folder`, outside the `nested` packages (a workspace's
    members, whose servers are their own), starting to listen an object and reading that
    object's `locals`, or None."""
    skip = _SKIPPED.__contains__
    files = code_files(top, folder, ENDINGS, MAX_FILES, skip_dir=skip, nested=nested)
    for path in files:
        if path is None:
            return None
        text = read_text(top, path)[0] or ""
        if ".locals" not in text:
            continue
        for found in _LISTEN.finditer(text):
            name = re.escape(found.group(1))
            read = re.search(rf"\b{name}\s*\.\s*locals\b", text)
            if read is not None:
                return _line(path, text, found.start()), _line(path, text, read.start())
    return None
