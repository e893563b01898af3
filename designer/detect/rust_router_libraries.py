"""Rust library crates of a workspace that only write code against a web framework.

A Cargo workspace of services keeps what its programs share in library crates: an
authentication layer (`axum::middleware::from_fn_with_state`, a token extractor, the error
responses it returns), a router piece. Such a crate imports the framework (`use axum::…`)
yet has no binary, starts no async runtime and binds no server: nothing can run it, and no
program of the workspace depends on it yet (written for the next service). It is a library
(HELDOUT.md: libraries are no backends), not a backend its framework suggests. Only a crate
with no binary, no runtime start, no Dockerfile nor data of its own, that is no `cdylib` (a
WebAssembly worker's entry) that no crate of the tree depends on, whose whole `src/` starts no
server, in a tree where another Rust crate is a program starting the runtime
(`Unit.no_service`).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.ecosystems.rust import RUNTIME
from designer.detect.nonservices import module_names, module_uses
from designer.detect.rust_lent_servers import LANGUAGE, SERVE, rust_sources
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the Rust library crates whose code only imports a framework."""
    crates = [u for u in units.values() if u.signals.get(LANGUAGE)]
    if not any(u.binary and _runs_runtime(u) for u in crates):
        return
    for unit in crates:
        found = unit.signals[LANGUAGE]
        if unit.binary or unit.deployable or _runs_runtime(unit):
            continue
        if not any(s.kind is FindingKind.FRAMEWORK for s in found):
            continue
        if any(s.kind in OWN_DATA and s.strength is not Strength.DEV for s in found):
            continue
        manifest = read_text(top, posixpath.join(unit.folder, "Cargo.toml"))[0] or ""
        if "cdylib" in manifest:
            continue
        names = module_names(unit, LANGUAGE)
        if any(names & module_uses(other, LANGUAGE) for other in crates if other is not unit):
            continue  # a program's part: `rust_apps` lets the program stand for it
        paths = rust_sources(top, unit)
        if not paths:
            continue  # too large to read whole, or no sources where Cargo looks
        if not any(SERVE.search(read_text(top, p)[0] or "") for p in paths):
            unit.no_service = True


def _runs_runtime(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.SERVER and s.name == RUNTIME for s in unit.signals.get(LANGUAGE, [])
    )
