"""Rust programs whose HTTP server a library crate of the same workspace starts for them.

A Cargo workspace of several services often keeps the small server every program runs for its
orchestrator in a library crate of its own (`spawn_health_server(state)`: an Axum router of
liveness, readiness and metrics, bound and served by `axum::serve` inside the library). A
program consuming a queue and writing its own tables then names no web framework at all: its
manifest depends on the library, its `main` starts the async runtime and calls the library's
start. That library has no binary, so it is no backend of its own (several programs use it);
the server it starts runs in each program calling it, and its framework is theirs (HELDOUT.md: a
worker keeping data of its own counts, however few its routes, and a framework a library lends
the application is the application's). As `go_lent_servers` does for Go modules.

Only a library crate (no binary) whose own `src/` starts a server (`SERVE`), read whole within
a budget; only a program that starts the async runtime, names no framework of its own, depends
on the library by its manifest and names it in its code. A program keeping no data of its own
whose lent routes are all operators' is no backend (`ops_routes`), so it is not lent one.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.rust import RUNTIME
from designer.detect.nonservices import module_names, module_uses
from designer.detect.ops_routes import operational_only
from designer.detect.signals import Signal
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "rust"

MAX_FILES = 60
"""Rust sources read per crate at most: a larger crate is left alone."""

SERVE = re.compile(
    r"\baxum::serve\s*\(|\baxum::Server::bind\b|\bHttpServer::new\s*\(|\bwarp::serve\s*\("
    r"|\bIron::new\s*\(|#\[launch\]|\brocket::(?:build|ignite|custom)\s*\(|\.launch\(\)"
    r"|\bServer::(?:new|bind|builder)\b|\bTcpListener::bind\b|\.listen\s*\("
)
"""A server bound and started: Axum's `serve`, Actix's `HttpServer`, Warp's, Iron's, Rocket's
launch, a `Server` built (Poem's, Salvo's, Hyper's) or a listener bound."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Rust program the framework of the workspace library starting its server, and
    mark that library (`Unit.lends_server`)."""
    crates = [u for u in units.values() if u.signals.get(LANGUAGE) and _crate(u)]
    for library in crates:
        names = module_names(library, LANGUAGE)
        if library.binary or not names or not _frameworks(library):
            continue
        paths = rust_sources(top, library)
        texts = [read_text(top, p)[0] or "" for p in paths or []]
        if not any(SERVE.search(t) for t in texts):
            continue
        operators_only = operational_only(top, paths or [])
        for program in crates:
            if not _program(program) or not names & module_uses(program, LANGUAGE):
                continue
            if operators_only and not shows_own_data(program):
                continue  # a worker keeping no data, its only routes operators': no backend
            if _names_in_code(top, program, names):
                program.signals[LANGUAGE] += _frameworks(library)
                library.lends_server = True


def _crate(unit: Unit) -> bool:
    return any(e == LANGUAGE and r.name for _, e, r in unit.manifests)


def _frameworks(unit: Unit) -> list[Signal]:
    return [s for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK]


def _program(unit: Unit) -> bool:
    """A binary crate starting the async runtime that names no framework of its own."""
    signals = unit.signals.get(LANGUAGE, [])
    return (
        unit.binary
        and any(s.kind is FindingKind.SERVER and s.name == RUNTIME for s in signals)
        and not _frameworks(unit)
    )


def rust_sources(top: str, unit: Unit) -> list[str] | None:
    """The crate's own `src/` files, or None when there are more than `MAX_FILES`."""
    return all_code_files(top, posixpath.join(unit.folder, "src"), (".rs",), MAX_FILES)


def _names_in_code(top: str, program: Unit, names: set[str]) -> bool:
    """Whether the program's own code uses the library by its crate name (`axum_health::…`)."""
    idents = {name.replace("-", "_") for name in names}
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, idents))) + r")::")
    return any(
        pattern.search(read_text(top, p)[0] or "") for p in rust_sources(top, program) or []
    )
