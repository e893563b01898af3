"""Go programs whose server a library module of the same tree starts for them.

A Go workspace (a `go.work`, or modules tied by `replace` lines) often keeps what all its
services share in a module of its own: the database setup, the types, and the small Gin or Echo
server every program starts for its orchestrator (`observability.Server(ctx, db)`: metrics,
health and readiness). That module holds no `package main`: nothing builds it into a program,
so it is no backend of its own, whatever router its code builds (HELDOUT.md: libraries are no
backends). The programs that import its serving package run that server: the framework and
data it lends are theirs (a worker writing its own tables, its only routes operators', stays a
backend), and `go_unserved` must not read them as programs serving nothing. Only a module
other modules' programs import (by path: a `go.work` or a `replace` resolves it), read whole
within a budget, and only programs whose own code imports the very package building the router.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import BACKEND_KINDS, Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.go_programs import imports
from designer.detect.go_unserved import builds_router
from designer.detect.nonservices import module_names
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

MAX_FILES = 400
"""Go sources read per module at most: a larger module is left alone."""

_MAIN = re.compile(r"^package\s+main\b", re.M)
"""The package clause of a program."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Go program the framework and data of the library module whose serving package
    it imports, and mark that library (`Unit.lends_server`)."""
    go_units = [u for u in units.values() if _go_module(u)]
    read: dict[str, list[tuple[str, str]] | None] = {}

    def texts(unit: Unit) -> list[tuple[str, str]] | None:
        if unit.folder not in read:
            read[unit.folder] = _texts(top, unit, go_units)
        return read[unit.folder]

    for library in go_units:
        names = sorted(module_names(library, LANGUAGE))
        own = texts(library)
        if not names or not own or any(_MAIN.search(t) for _, t in own):
            continue  # a program of its own, or too large to read whole
        serving = {_package(names[0], library.folder, p) for p, t in own if builds_router(t)}
        if not serving:
            continue
        for user in go_units:
            code = texts(user) if user is not library else None
            if not code or not any(_MAIN.search(t) for _, t in code):
                continue
            # The import names the module (a `go.work` or a `replace` resolves it): the
            # program's own code imports the very package that builds the router.
            if any(path in serving for _, t in code for path, _ in imports(t)):
                _take(user, library)
                library.lends_server = True


def _take(user: Unit, library: Unit) -> None:
    """Give `user` the data layer and stores of the library (the server it starts takes the
    program's database handle; a `go.work` resolves the import, so no go.mod line lets
    `build_modules` lend them), and the router it starts unless the program starts one of its
    own (an API beside the library's metrics server keeps its own framework)."""
    signals = user.signals.setdefault(LANGUAGE, [])
    started = any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY for s in signals
    )
    signals.extend(
        s
        for s in library.signals.get(LANGUAGE, [])
        if s.kind in BACKEND_KINDS and not (started and s.kind is FindingKind.FRAMEWORK)
    )


def _go_module(unit: Unit) -> bool:
    return any(e == LANGUAGE and r.name for _, e, r in unit.manifests)


def _texts(top: str, unit: Unit, go_units: list[Unit]) -> list[tuple[str, str]] | None:
    """(path, text) of the module's own Go sources (not its tests, nor nested modules')."""
    nested = {u.folder for u in go_units if u is not unit and u.is_under(unit)}
    paths = all_code_files(
        top,
        unit.folder,
        (".go",),
        MAX_FILES,
        skip_dir=lambda d: d in {"vendor", "testdata"},
        nested=nested,
    )
    if paths is None:
        return None
    return [
        (p, read_text(top, p)[0] or "") for p in paths if not p.endswith("_test.go")
    ]


def _package(module: str, folder: str, path: str) -> str:
    """The import path of the package holding the file at `path` in the module at `folder`."""
    directory = posixpath.dirname(path)
    relative = "" if directory == folder else posixpath.relpath(directory, folder or ".")
    if folder == ".":
        relative = directory
    return module if relative in ("", ".") else f"{module}/{relative}"
