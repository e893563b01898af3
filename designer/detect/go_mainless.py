"""Go modules that build no program: no backend to guess.

When no folder of a tree names a web framework, `monorepo.backends` guesses one among the
folders showing server code (a data layer, an engine). A Go module with no `package main` in
any of its own sources builds no executable: it is a library (service handlers and workers
another repository's binary registers and starts, gRPC servers built only in its test
harnesses), however much data its packages reach. Nothing of it can serve HTTP to anyone, so
such a module naming no web framework is marked `Unit.settled` and no guess makes it a
backend. Only a module small enough to read whole; test files, `vendor/`, `testdata/` and the
folders of nested Go modules (units of their own) are not read.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

MAX_FILES = 400
"""Go sources read per module at most: a larger module is left alone."""

_MAIN = re.compile(r"^package\s+main\b", re.MULTILINE)
"""The clause of a file of a program's main package."""


def is_go_module(unit: Unit) -> bool:
    """Whether the unit is a Go module (its own go.mod)."""
    return any(path.endswith("go.mod") for path, eco, _ in unit.manifests if eco == LANGUAGE)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.settled` on the Go modules naming no web framework whose own sources hold no
    `package main`."""
    modules = [u for u in units.values() if is_go_module(u)]
    for unit in modules:
        signals = unit.signals.get(LANGUAGE, [])
        if unit.settled or any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if builds_program(top, unit, modules) is False:
            unit.settled = True


def builds_program(top: str, unit: Unit, modules: list[Unit]) -> bool | None:
    """Whether a source of the module's own (not its tests', nor nested modules') is of
    `package main`; None when it has none or too many to read."""
    nested = {
        posixpath.normpath(other.folder)
        for other in modules
        if other is not unit and other.is_under(unit)
    }
    paths = all_code_files(
        top,
        unit.folder,
        (".go",),
        MAX_FILES,
        skip_dir=lambda d: d in {"vendor", "testdata"},
        nested=nested,
    )
    sources = [p for p in paths or [] if not p.endswith("_test.go")]
    if not sources:
        return None
    return any(_MAIN.search(read_text(top, p)[0] or "") for p in sources)
