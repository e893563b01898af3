"""Rust: Actix Web's runtime macro over a main that starts another framework's server.

`#[actix_web::main]` only runs `main` on Actix's async runtime (actix-rt), as
`#[tokio::main]` runs it on Tokio's; the Actix Web server is the `HttpServer::new(…)` the code
builds. A binary may keep the macro (a crate that began on Actix Web, or borrows a few of its
request types) while its main serves an Axum router (`axum::serve(listener, app)`): the
framework whose server is started is the application's, and the macro is no second one to
choose between.

Only the file holding the macro is read: where it builds no `HttpServer` and starts another
framework's server, the Actix Web signal its macro gave is dropped (the crate's other Actix Web
signals, an `HttpServer::new` elsewhere among them, stay).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "rust"
FRAMEWORK = "Actix Web"

_MACRO = "#[actix_web::main]"

_ACTIX_SERVER = re.compile(r"\bHttpServer::new\s*\(")
"""Actix Web's server built."""

_OTHER_SERVERS = re.compile(
    r"\baxum::serve\s*\(|\baxum::Server::bind\b|\bwarp::serve\s*\(|\brocket::build\s*\(\s*\)"
    r"|\bpoem::Server::new\b"
)
"""Another framework's server started (Axum's `serve`, warp's, Rocket's, Poem's)."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop Actix Web's runtime-macro signal from each Rust crate whose file holding the macro
    builds no Actix server and starts another framework's."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        macros = [
            s
            for s in signals
            if s.kind is FindingKind.FRAMEWORK
            and s.name == FRAMEWORK
            and s.strength is Strength.ENTRY
            and s.evidence.text.strip() == _MACRO
        ]
        for signal in macros:
            text = read_text(top, signal.evidence.path)[0] or ""
            if not _ACTIX_SERVER.search(text) and _OTHER_SERVERS.search(text):
                signals.remove(signal)
