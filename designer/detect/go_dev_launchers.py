"""Go programs that start their own databases in throwaway containers: developers' launchers.

A repository of several Go services may keep one more module whose program runs them all in one
process for a developer's machine: it starts PostgreSQL, a broker and a secrets store as Docker
containers through a container-testing library (ory/dockertest, testcontainers-go), wires the
services to them and perhaps loads sample data. The services it starts are backends of their
own; the launcher deploys nowhere a container it created at start-up would survive, so it is
no service (`Unit.no_service`), whatever image a workflow builds of it.

Only a module whose every program (each non-test file declaring `func main()`) imports such a
library is marked: a service with one test helper command beside its real main stays a backend.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

_MAIN = re.compile(r"^func main\(\)", re.MULTILINE)
"""A program's entry point."""

_CONTAINERS = re.compile(
    r'^\s*(?:\w+\s+)?"github\.com/(?:ory/dockertest|testcontainers/testcontainers-go)(?:/[\w./-]*)?"',
    re.MULTILINE,
)
"""An import of a library that starts containers for tests (`"github.com/ory/dockertest/v3"`)."""

MAX_FILES = 400
"""Go files read per module at most: a larger module is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the Go modules whose every program starts containers through
    a container-testing library."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        paths = all_code_files(
            top, unit.folder, (".go",), MAX_FILES, skip_dir=lambda d: d in {"vendor", "testdata"}
        )
        if not paths:
            continue
        mains = [
            text
            for text in (read_text(top, p)[0] or "" for p in paths if not p.endswith("_test.go"))
            if _MAIN.search(text)
        ]
        if mains and all(_CONTAINERS.search(text) for text in mains):
            unit.no_service = True
