"""Rust: an optional data crate whose migrations the crate's own code runs.

A Cargo feature may gate the server half of a crate: a Leptos app's `ssr` feature turns on
axum, tokio and sqlx, while the browser half (`hydrate`, built to WebAssembly) is built without
them. Its data layer is then an `optional` dependency, read like one only some feature builds
(`Strength.DEV`: an error crate's `sqlx` conversions are no data of the crates using it).
Where the crate's code outside its tests runs the layer's migrations (`sqlx::migrate!(
"./migrations")`), the layer keeps the program's own schema: its declaration is a run-time
dependency of the program, and its signals are raised to one. An optional layer the code never
migrates with (a site's leftover sqlx, declared and unused) stays as it was.
"""

from __future__ import annotations

import posixpath

from designer.detect import tomlfile
from designer.detect.assemble import Unit
from designer.detect.engines import scope
from designer.detect.signals import Scope, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "rust"

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)


def promote(top: str, units: dict[str, Unit]) -> None:
    """Raise to run-time dependencies the optional data layers whose migrations each Rust
    unit's main code runs."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        migrated = {
            s.name.removesuffix(" migrations")
            for s in signals
            if s.kind is FindingKind.MIGRATIONS
            and s.strength is Strength.ENTRY
            and scope(s.evidence.path, "", False) is not Scope.TEST
        }
        if not migrated:
            continue
        optional: dict[str, frozenset[str]] = {}
        raised = []
        for signal in signals:
            path = signal.evidence.path
            if (
                signal.kind in _LAYERS
                and signal.name in migrated
                and signal.strength is Strength.DEV
                and posixpath.basename(path) == "Cargo.toml"
            ):
                if path not in optional:
                    optional[path] = _optional_dependencies(top, path)
                if signal.package in optional[path]:
                    signal = signal.replace(strength=Strength.DEPENDENCY)
            raised.append(signal)
        unit.signals[LANGUAGE] = raised


def _optional_dependencies(top: str, path: str) -> frozenset[str]:
    """The crates the manifest at `path` declares in `[dependencies]` as `optional` (not
    development dependencies, which the program is never built with)."""
    text = read_text(top, path)[0]
    if not text or "optional" not in text:
        return frozenset()
    try:
        data = tomlfile.loads(text)
    except ValueError:
        return frozenset()
    table = data.get("dependencies")
    if not isinstance(table, dict):
        return frozenset()
    return frozenset(
        name
        for name, spec in table.items()
        if isinstance(spec, dict) and spec.get("optional") is True
    )
