"""Node servers that hand a mobile application its over-the-air updates: part of that UI.

An Expo application updated over the air asks a server of its product for the manifest of its
latest bundle (the expo-updates protocol: the server answers with an `expo-protocol-version`
header and a manifest whose `launchAsset` points at the JavaScript bundle it hands out), often
beside the layouts of its server-driven screens, built from what the product's API returns.
Such a server hands out a UI's build and serves that UI's own calls: as HELDOUT.md puts it, part
of the UI, not a backend (`Unit.serves_build`, read by `nonservices.ui_only`). One keeping data
of its own (a data layer, a store, an engine) stays a backend, as does a server that merely
reads the headers the application sends (an API telling its clients' platforms apart).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.nonservices import DATA_KINDS
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_ENDINGS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")

MAX_FILES = 60
"""Code files read per server at most; a larger tree is an application, left alone."""

_PROTOCOL = re.compile(
    r"""\.(?:header|setHeader|set)[ \t]*\([ \t]*["'`]expo-protocol-version["'`]""",
    re.IGNORECASE,
)
"""The server writing the expo-updates protocol's version on its reply (`reply.header(
"expo-protocol-version", "1")`, `res.setHeader(…)`): it answers an update request."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.serves_build` on the Node servers with no data of their own whose code answers
    the expo-updates protocol."""
    nested = {u.folder for u in units.values()}
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
            continue
        inner = nested - {unit.folder}
        for path in code_files(
            top, unit.folder, _ENDINGS, MAX_FILES, skip_dir=PRUNED.__contains__, nested=inner
        ):
            if path is None:
                break
            if _PROTOCOL.search(read_text(top, path)[0] or ""):
                unit.serves_build = True
                break
