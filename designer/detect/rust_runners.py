"""A Rust library crate of a workspace whose own `main.rs` only runs it on the loopback.

A workspace splits its service into crates: the deployed program (`service`) depends on a crate
holding one part of its routes (a WebDAV handler, a REST router) and mounts its router. Such a
crate may keep a `src/main.rs` beside its `src/lib.rs` so a developer can run that part alone:
`#[tokio::main]`, its router served on `127.0.0.1`. That binary is a developer's tool (nothing
outside the machine can reach it, nothing deploys it); the crate is the program's library, and
the program is the backend (HELDOUT.md: tools and libraries are not backends). So a Rust crate
with no data of its own and no Dockerfile, holding both `src/lib.rs` and `src/main.rs`, whose
main names a loopback address and no other (`127.0.0.1`, `[127, 0, 0, 1]`, `localhost`,
`Ipv4Addr::LOCALHOST`), and whose library another binary crate of the workspace depends on, is
set aside (`Unit.unused`). A main binding `0.0.0.0` or an address from its settings, a crate
nothing depends on, or one that ships a Dockerfile, stays what it looks like.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import read_text

LANGUAGE = "rust"

_LOOPBACK = re.compile(
    r"\b127\.0\.0\.1\b|\[[ \t]*127[ \t]*,[ \t]*0[ \t]*,[ \t]*0[ \t]*,[ \t]*1[ \t]*\]"
    r"|\blocalhost\b|\bIpv[46]Addr::LOCALHOST\b|\bIpv6Addr::LOCALHOST\b"
)
"""A loopback address written in code."""

_OPEN = re.compile(
    r"\b0\.0\.0\.0\b|\[[ \t]*0[ \t]*,[ \t]*0[ \t]*,[ \t]*0[ \t]*,[ \t]*0[ \t]*\]"
    r"|\bIpv[46]Addr::UNSPECIFIED\b|\benv::var\b|\bstd::env\b|\bdotenv"
)
"""An address open to other machines, or one read from the environment."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Rust library crates another binary crate depends on whose
    own main only serves them on the loopback."""
    binaries = [u for u in units.values() if u.binary and u.signals.get(LANGUAGE)]
    for unit in units.values():
        found = unit.signals.get(LANGUAGE)
        if not found or not unit.binary or unit.deployable:
            continue
        if any(s.kind in OWN_DATA and s.strength is not Strength.DEV for s in found):
            continue
        base = "" if unit.folder == "." else unit.folder + "/"
        if read_text(top, base + "src/lib.rs")[0] is None:
            continue
        main = read_text(top, base + "src/main.rs")[0]
        if not main or not _LOOPBACK.search(main) or _OPEN.search(main):
            continue
        names = module_names(unit, LANGUAGE)
        if any(names & module_uses(other, LANGUAGE) for other in binaries if other is not unit):
            unit.unused = True
