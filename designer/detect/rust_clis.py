"""Rust crates whose manifest files them as command-line utilities.

A product's workspace often carries its command-line client beside its API: a crate whose
`Cargo.toml` lists `categories = ["command-line-utilities", …]` (the crates.io category its
authors chose for it) and parses its arguments with clap. Such a client may start a web
framework inside its own process (an echo server on a free loopback port that receives the
webhooks a terminal UI sends, a local callback for a login): that server serves the person
at the terminal, not clients of a service. The crate is a CLI, no backend, as long as it keeps
no data of its own and files itself under no HTTP-server category
(`web-programming::http-server`): a server published as a command (a file server, an identity
server with its own store) stays a backend.

So is a crate of the cargo-xtask convention: a package named `xtask` (or `xtask-…`, a task it
runs with `cargo run --bin xtask-setup`) holds the workspace's build and developer tasks,
started as `cargo xtask …` through an alias. A server it starts (a local callback receiving an
app registration during setup) serves the developer at the terminal.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.nonservices import DATA_KINDS
from designer.detect.tomlfile import loads
from designer.detect.walker import read_text

CLI_CATEGORY = "command-line-utilities"
SERVER_CATEGORIES = frozenset({"web-programming::http-server", "web-programming::websocket"})
"""crates.io categories of a crate that is itself a server."""
XTASK = "xtask"
"""The cargo-xtask convention's package name (`[alias] xtask = "run --package xtask --"`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.command_line` on the Rust crates keeping no data that are xtask crates or
    whose manifest files them as command-line utilities and under no server category."""
    for folder, unit in units.items():
        if main_ecosystem(unit) != "rust" or unit.deployable:
            continue
        if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
            continue
        if _is_xtask(unit):
            unit.command_line = True
            continue
        categories = _categories(top, posixpath.join(folder, "Cargo.toml"))
        if CLI_CATEGORY in categories and not categories & SERVER_CATEGORIES:
            unit.command_line = True


def _is_xtask(unit: Unit) -> bool:
    """Whether the crate's Cargo package is named `xtask`, or `xtask-…`/`xtask_…`."""
    return any(
        eco == "rust" and (r.name == XTASK or r.name.startswith((f"{XTASK}-", f"{XTASK}_")))
        for _, eco, r in unit.manifests
    )


def _categories(top: str, path: str) -> set[str]:
    """The `[package] categories` of the Cargo manifest at `path` (empty when unreadable)."""
    text = read_text(top, path)[0]
    if not text or CLI_CATEGORY not in text:
        return set()
    try:
        package = loads(text).get("package")
    except ValueError:
        return set()
    found = package.get("categories") if isinstance(package, dict) else None
    if not isinstance(found, list):
        return set()
    return {c for c in found if isinstance(c, str)}
