"""Go modules that import a router's package and never build or start a server.

A product's Go worker (a scheduler sending notifications, a queue consumer) is often made from
the API's module: its go.mod keeps the API's router, and a helper package copied along imports
it for a type (`func InjectGin(c *gin.Context, …)` in a logging helper). The walk sees no router
started in it, so `go_programs` takes the packages importing the router as a sign of a start
the walk's quota missed. Reading the module's whole code tells: where no file builds any
router (no framework's constructor, `gin.New()`, `echo.New()`, `chi.NewRouter()`…) and nothing
listens (`ListenAndServe`, `http.Server{…}`, `.Serve(`, nor `.Run(` in a file importing a router
package), the program serves no HTTP at all: no backend (HELDOUT.md's "entry point that serves
HTTP through a web framework"), whatever data it keeps. Only beside another service of the
tree whose router is seen started (a lone module is left to the other rules), and only for a
module small enough to read whole; a router built by a library of another module would show
its start here too (`.Run(`, `.Listen`, `Serve`), so the reading errs towards a server.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.go import ROUTER_PACKAGES, RULES
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

MAX_FILES = 150
"""Go sources read per module at most: a larger module is left alone."""

_LISTEN = re.compile(
    r"\bListenAndServe(?:TLS)?\s*\(|\bhttp\.Server\s*\{|\.Serve(?:TLS)?\s*\(|\.Listen\w*\s*\("
    r"|\bnet\.Listen\s*\("
)
"""A server listening: net/http's, or a framework's (`app.Listen(":3000")`, `srv.Serve(l)`)."""

_RUN = re.compile(r"\.(?:Run|Start)(?:TLS)?\s*\(")
"""A framework's start (`r.Run(":8080")`, `e.Start(addr)`): only where the file imports a
router package, since schedulers and workers start with the same names."""

_ROUTER_IMPORT = re.compile("|".join(f'"{path}(?:/[^"]*)?"' for _, path in ROUTER_PACKAGES))
"""An import of any router package `ROUTER_PACKAGES` knows."""

_CONSTRUCTORS = tuple(
    r for r in RULES if r.kind is FindingKind.FRAMEWORK and r.source and not r.names
)
"""The framework starts the Go rules know in any Go file (`gin.New()`, `echo.New()`,
`chi.NewRouter()`…), their patterns compiled when first needed. (The rules for `main.go`
importing a router are left out: such a start is seen by the walk already.)"""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Go modules whose framework is only imported, never built or
    served, in their whole code, beside another service of the tree."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not frameworks or unit.folder == "." or unit.no_web:
            continue
        if any(s.strength is Strength.ENTRY and not s.primary for s in frameworks):
            continue  # a router seen started
        if not any(_started_service(other, unit) for other in units.values()):
            continue
        paths = all_code_files(
            top, unit.folder, (".go",), MAX_FILES, skip_dir=lambda d: d in {"vendor", "testdata"}
        )
        if not paths:
            continue
        texts = [read_text(top, p)[0] or "" for p in paths if not p.endswith("_test.go")]
        if texts and not any(serves(text) for text in texts):
            unit.no_web = True


def serves(text: str) -> bool:
    """Whether a Go source builds a router or starts a server."""
    if builds_router(text) or _LISTEN.search(text):
        return True
    return bool(_ROUTER_IMPORT.search(text) and _RUN.search(text))


def builds_router(text: str) -> bool:
    """Whether a Go source builds a known framework's router (`gin.New()`, `echo.New()`…)."""
    return any(r.pattern and r.pattern.search(text) for r in _CONSTRUCTORS)


def _started_service(other: Unit, unit: Unit) -> bool:
    """Whether `other` is a service of the tree besides `unit`, its router seen started."""
    if other is unit or other.is_under(unit) or unit.is_under(other):
        return False
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY and not s.primary
        for found in other.signals.values()
        for s in found
    )
