"""SvelteKit apps served through a custom Node server: the server only hosts the app.

SvelteKit's `adapter-node` builds the app into a request handler (`build/handler.js`) that
a project may mount into a server of its own instead of running the built `index.js`: an
Express file importing `{ handler }` from the build, adding a health route or a middleware
and calling `app.use(handler)` (the adapter's documented "custom server"). Every page, load
and `+server.ts` endpoint is still SvelteKit's; Express is only the host the handler runs in,
no second framework to choose between.

Only packages that install both SvelteKit and `adapter-node` are read, and only the files
where Express was seen started: when every one imports the adapter's `handler` from a built
folder, Express (its starts and its declaration) is dropped, and the package stays a SvelteKit
app.
"""

from __future__ import annotations

import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"
HOSTS = frozenset({"Express"})

_ADAPTER = "@sveltejs/adapter-node"

_HANDLER = re.compile(
    r"""^[ \t]*import[ \t]*\{[^}]*\bhandler\b[^}]*\}[ \t]*from"""
    r"""[ \t]*["'][^"'\n]*/handler(?:\.js)?["']"""
    r"""|\brequire\([ \t]*["'][^"'\n]*/handler(?:\.js)?["'][ \t]*\)""",
    re.MULTILINE,
)
"""The adapter's built handler imported (`import { handler } from './build/handler.js'`)."""


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop Express from each SvelteKit package whose every Express start is a custom server
    mounting the adapter's built handler."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "SvelteKit" for s in signals
        ):
            continue
        manifest = node_imports.package_json(top, unit.folder)
        if manifest is None or not any(
            isinstance(deps := manifest.get(key), dict) and _ADAPTER in deps
            for key in ("dependencies", "devDependencies")
        ):
            continue
        hosts = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s.name in HOSTS]
        starts = [s for s in hosts if s.strength is Strength.ENTRY]
        if starts and all(
            _HANDLER.search(read_text(top, s.evidence.path)[0] or "") for s in starts
        ):
            # Its every start hosts the built app: the host's declaration goes with them.
            for signal in hosts:
                signals.remove(signal)
