"""Rust crates that serve HTTP through a bare HTTP library alone: no backend to guess.

When no folder of a tree names a web framework, `monorepo.backends` guesses one among the
folders showing server code (a data layer, an engine, a deployed program), for a tree whose
framework went unrecognised. A Rust crate is read better than that: its Cargo.toml names every
web framework the Rust rules know, and where it names none while it requires a bare HTTP server
library (Hyper, whose `Server::bind` a program feeds by matching the request's method and path
by hand, or tiny_http), the framework was not missed: the program is a Rust program on a bare
HTTP library, which HELDOUT.md sets aside as it does Go programs on net/http alone (a deployed
webhook receiver included). Such a crate is marked `Unit.settled`, so that no guess makes it a
backend, as `go_plain_http` does for Go. A crate of a folder holding another language's
manifest too is left to the guess: its server may be there.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.rust_pages import dependencies
from designer.model.stack import FindingKind

LANGUAGE = "rust"

BARE_SERVERS = frozenset({"hyper", "tiny_http", "astra", "may_minihttp"})
"""Crates serving HTTP with no routing of their own (underscored, as `rust_pages.dependencies`
names them): a program on one alone dispatches requests by hand."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.settled` on the Rust crates naming no web framework whose Cargo.toml requires
    a bare HTTP server library."""
    for unit in units.values():
        if unit.settled or not any(eco == LANGUAGE for _, eco, _ in unit.manifests):
            continue
        if any(eco != LANGUAGE for _, eco, _ in unit.manifests):
            continue
        if any(
            s.kind is FindingKind.FRAMEWORK for signals in unit.signals.values() for s in signals
        ):
            continue
        if dependencies(top, unit) & BARE_SERVERS:
            unit.settled = True
