"""Rust library crates whose only server is a binary built under a feature.

A library published to crates.io (its manifest files it under categories, none of them a
server's) may carry a small server beside its API: a dashboard plotting the library's stats for
the developer tuning it, started with `cargo run --bin dashboard_server --features native`.
Its manifest says so: the web framework is an `optional` dependency, and the binary serving it
is a `[[bin]]` with `required-features`, built only when asked for. The crate is a library the
product's programs depend on, no service, as long as it keeps no data of its own, no image
ships it, and no `src/main.rs` makes the crate a program by default.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.ecosystems.rust import CATALOG
from designer.detect.nonservices import DATA_KINDS
from designer.detect.rust_clis import SERVER_CATEGORIES
from designer.detect.tomlfile import loads
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

FRAMEWORK_CRATES = frozenset(
    name
    for name, entries in CATALOG.items()
    if entries and entries[0][0] is FindingKind.FRAMEWORK
)
"""Crates that are a web framework itself (axum, actix-web, rocket)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the Rust library crates keeping no data whose framework only
    a feature-gated binary serves."""
    for folder, unit in units.items():
        if main_ecosystem(unit) != "rust" or unit.deployable or unit.published:
            continue
        if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
            continue
        if _feature_server_library(top, folder):
            unit.no_service = True


def _feature_server_library(top: str, folder: str) -> bool:
    """Whether the crate at `folder` is a categorised library whose frameworks are all
    optional and whose server binaries all require a feature."""
    text = read_text(top, posixpath.join(folder, "Cargo.toml"))[0]
    if not text or "required-features" not in text:
        return False
    try:
        data = loads(text)
    except ValueError:
        return False
    package = data.get("package")
    categories = package.get("categories") if isinstance(package, dict) else None
    if not isinstance(categories, list) or not categories:
        return False
    if set(categories) & SERVER_CATEGORIES:
        return False
    root = os.path.join(top, *folder.split("/")) if folder != "." else top
    if os.path.exists(os.path.join(root, "src", "main.rs")):
        return False
    if not ("lib" in data or os.path.exists(os.path.join(root, "src", "lib.rs"))):
        return False
    dependencies = data.get("dependencies")
    if not isinstance(dependencies, dict):
        return False
    frameworks = [name for name in dependencies if name in FRAMEWORK_CRATES]
    if not frameworks or not all(
        isinstance(dependencies[name], dict) and dependencies[name].get("optional") is True
        for name in frameworks
    ):
        return False
    bins = data.get("bin")
    if not (
        isinstance(bins, list)
        and bins
        and all(isinstance(b, dict) and b.get("required-features") for b in bins)
    ):
        return False
    gated = {str(b.get("name", "")) for b in bins}
    return not _ungated_servers(os.path.join(root, "src", "bin"), gated, frameworks)


def _ungated_servers(bin_dir: str, gated: set[str], frameworks: list[str]) -> bool:
    """Whether a binary Cargo discovers in `src/bin` by itself (no `[[bin]]` requiring a
    feature) names one of the `frameworks` (`axum::`)."""
    modules = tuple(f"{name.replace('-', '_')}::" for name in frameworks)
    try:
        entries = sorted(os.listdir(bin_dir))
    except OSError:
        return False
    for entry in entries:
        name = entry.removesuffix(".rs")
        path = os.path.join(bin_dir, entry)
        if name in gated:
            continue
        if os.path.isdir(path):
            path = os.path.join(path, "main.rs")
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue
        if any(module in text for module in modules):
            return True
    return False
