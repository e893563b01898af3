"""Go modules that serve HTTP through net/http alone: no backend to guess.

When no folder of a tree names a web framework, `monorepo.backends` guesses one among the
folders showing server code (a data layer, an engine, a deployed program), for a tree whose
framework went unrecognised. A Go module is read better than that: its go.mod names every
router the Go rules know (`ROUTER_PACKAGES`), and where it requires none while its own code
starts net/http's server (`http.ListenAndServe(addr, mux)`, `http.Server{…}`, a `ServeMux`),
the framework was not missed: the program is a Go program on net/http alone, which HELDOUT.md
sets aside however much data it keeps (sqlc over pgx, Compose's Postgres). Such a module is
marked `Unit.settled`, so that no guess makes it a backend. Only a module small enough to read
whole; one whose code imports any router package is left to the other rules.

A router go.mod lists only `// indirect` is a dependency's (a logging middleware's module
requiring chi), not the module's choice: where no file imports a router package and the code
builds net/http's own `ServeMux`, the routes are net/http's and such a framework signal does not
keep the module from being settled. (Without a `ServeMux` of its own, the handler may come from
a library of the product built on that router, and the module is left to the other rules.)
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.go import ROUTER_PACKAGES
from designer.detect.signals import Signal
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

MAX_FILES = 400
"""Go sources read per module at most: a larger module is left alone."""

_NET_HTTP_SERVER = re.compile(
    r"\bhttp\.ListenAndServe(?:TLS)?\s*\(|&?\bhttp\.Server\s*\{|\bhttp\.NewServeMux\s*\("
)
"""net/http's own server started or its router built."""

_ROUTER_IMPORT = re.compile("|".join(f'"{path}(?:/[^"]*)?"' for _, path in ROUTER_PACKAGES))
"""An import of any router package the Go rules know."""

_OWN_MUX = re.compile(r"\bhttp\.NewServeMux\s*\(")
"""net/http's own router built."""


def _indirect_only(signal: Signal) -> bool:
    """Whether a framework signal comes from go.mod's `// indirect` lines alone."""
    evidence = signal.evidence
    return evidence.path.endswith("go.mod") and "// indirect" in evidence.text


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.settled` on the Go modules naming no web framework whose code serves HTTP
    through net/http's own server."""
    for unit in units.values():
        if unit.settled or not any(
            path.endswith("go.mod") for path, eco, _ in unit.manifests if eco == LANGUAGE
        ):
            continue
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not signals or not all(_indirect_only(s) for s in frameworks):
            continue
        paths = all_code_files(
            top, unit.folder, (".go",), MAX_FILES, skip_dir=lambda d: d in {"vendor", "testdata"}
        )
        if not paths:
            continue
        texts = [read_text(top, p)[0] or "" for p in paths if not p.endswith("_test.go")]
        if any(_ROUTER_IMPORT.search(text) for text in texts):
            continue
        if frameworks and not any(_OWN_MUX.search(text) for text in texts):
            continue
        if any(_NET_HTTP_SERVER.search(text) for text in texts):
            unit.settled = True
