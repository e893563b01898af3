"""Rust's inline test modules, in files past the source quota.

A Rust crate's unit tests usually live inside its source files (`#[cfg(test)] mod tests {
#[test] fn … }` at the end of a module), not in test files a name tells apart: a crate of
ninety modules holding its tests in a few of them leaves them beyond the files the walk admits
for the rules (`walker.MAX_SOURCES`), and its suite goes unseen. The walk lists every Rust
file of a crate (`Tree.rust_files`, bounded); where the files the rules read name no test
tool, those listed and not read are searched, one plain substring search of each, for the
built-in harness's attributes, and the first one found is the crate's `cargo test`. Crates
whose read files already name a test tool, and folders of no Rust manifest, are not looked at.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import MAX_RUST_FILES, read_bytes
from designer.model.stack import Evidence, FindingKind

_ATTRIBUTE = re.compile(r"#\[(?:\w+::)*(?:async_)?(?:test\]|test\([^)\]\n]*\)\])")
"""The built-in harness's attribute and those async runtimes wrap it in (`#[tokio::test]`,
with arguments or without: `#[tokio::test(flavor = "multi_thread")]`), as the Rust test rule
(`ecosystems/rust.py`) reads it."""

MAX_READ = MAX_RUST_FILES
"""Rust files of one crate searched at most."""


def find(
    top: str,
    units: dict[str, Unit],
    listed: dict[str, list[str]],
    read: dict[str, list],
    moved: dict[str, str],
) -> None:
    """Add `cargo test` to each Rust unit whose read files name no test tool and whose other
    Rust files hold a test attribute."""
    wanted = {
        folder
        for folder, unit in units.items()
        if any(eco == "rust" for _, eco, _ in unit.manifests)
        and not any(s.kind is FindingKind.TEST for s in unit.signals.get("rust", []))
    }
    if not wanted:
        return
    paths: dict[str, list[str]] = {}
    for owner, files in listed.items():
        folder = moved.get(owner, owner)
        if folder in wanted:
            paths.setdefault(folder, []).extend(files)
    for folder, files in paths.items():
        seen = {
            source.path
            for owner, sources in read.items()
            if moved.get(owner, owner) == folder
            for source in sources
        }
        for path in [p for p in files if p not in seen][:MAX_READ]:
            # One substring search of the raw bytes: most files hold no test and are not
            # decoded.
            raw, _ = read_bytes(top, path)
            if raw is None or (b"test]" not in raw and b"test(" not in raw):
                continue
            text = raw.decode("utf-8-sig", errors="replace")
            match = _ATTRIBUTE.search(text)
            if match is None:
                continue
            line = text.count("\n", 0, match.start()) + 1
            evidence = Evidence(path=path, line=line, text=match.group(0))
            units[folder].signals["rust"].append(
                Signal(FindingKind.TEST, "cargo test", Strength.ENTRY, evidence)
            )
            break

