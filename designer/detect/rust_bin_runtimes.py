"""The async runtime a Rust crate's named binaries start.

A crate may keep its program elsewhere than `src/main.rs`: `src/bin/mint.rs`, or the file a
`[[bin]] path` names, whose `#[tokio::main]` builds the settings and calls the library's
`server::run(…).await`. The runtime rule reads only files named `main.rs` (a library's module
may start a runtime of its own for a blocking call), so such a binary was taken for a crate
whose program starts nothing: a test crate depending on it made it a library. Here the
binary's own files are read too, and the runtime they start is the crate's (`rust_apps`).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.rust import RUNTIME, RUNTIME_START
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_START = re.compile(RUNTIME_START)
_LIMIT = 20
"""Binary files read at most per crate: a crate of many tools is left as it is."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Add the runtime start of each Rust binary crate's `src/bin/` and `[[bin]]` files."""
    for unit in units.values():
        found = unit.signals.get("rust")
        if not unit.binary or not found:
            continue
        if any(s.kind is FindingKind.SERVER and s.name == RUNTIME for s in found):
            continue  # its main.rs starts it already
        for path in _binaries(top, unit)[:_LIMIT]:
            text = read_text(top, path)[0]
            match = _START.search(text) if text else None
            if match and text:
                line = text.count("\n", 0, match.start()) + 1
                evidence = Evidence(path=path, line=line, text=match.group(0))
                found.append(Signal(FindingKind.SERVER, RUNTIME, Strength.ENTRY, evidence))
                break


def _binaries(top: str, unit: Unit) -> list[str]:
    """The crate's binary files other than `main.rs`: those its manifest names, then the
    `src/bin/*.rs` Cargo finds by itself."""
    base = "" if unit.folder == "." else unit.folder + "/"
    named = [
        posixpath.normpath(base + program.removeprefix("./"))
        for _, eco, result in unit.manifests
        if eco == "rust"
        for program in result.program
    ]
    try:
        found = sorted(os.listdir(os.path.join(top, *(base + "src/bin").split("/"))))
    except OSError:
        found = []
    paths = named + [base + "src/bin/" + name for name in found if name.endswith(".rs")]
    return [
        p for p in dict.fromkeys(paths)
        if not p.startswith("../") and posixpath.basename(p) != "main.rs"
    ]
