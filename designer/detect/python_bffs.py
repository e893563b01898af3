"""Python servers that hand out a sibling browser application's build and forward every other
path to the product's services: an ingress of the UI, not a backend.

A product shipped as a set of containers often puts a small Flask server in front: its app is
built over the UI's build folder (`Flask(__name__, static_folder="../frontend/dist/static")`),
its one route takes every path (`@app.route('/<path:path>')`) and hands each request on to the
product's API services through `requests.request(method, url, …)`. With no data of its own that
server is part of the UI (HELDOUT.md: a server that hands out a UI's build and serves or proxies
that UI's own calls), as `node_bffs` says of Node's: `Unit.serves_build`, read by
`nonservices.ui_only`. A server with any route of its own beside the catch-all, or with data of
its own, is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 20
"""Modules of the server read at most: an ingress is a file or two; a larger one is left."""

_OUTER_BUILD = re.compile(r"""\bstatic_folder[ \t]*=[ \t]*["']\.\./""")
"""A Flask app handing out a folder outside its own (the sibling UI's build)."""

_ROUTE = re.compile(r"""\.route[ \t]*\([ \t]*["']([^"']*)["']""")
"""A Flask route's path."""

_CATCH_ALL = re.compile(r"^/?(?:<path:\w+>)?$")
"""The root and the path taking every other one (`/<path:path>`)."""

_FORWARDS = re.compile(r"\brequests\.request[ \t]*\(")
"""The incoming request handed on whatever its method (`requests.request(method, url, …)`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.serves_build` on the Flask servers with no data of their own that hand out a
    sibling folder's build and forward every path."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Flask" for s in signals):
            continue
        if shows_own_data(unit, runtime=True):
            continue
        paths = all_code_files(top, unit.folder, (".py",), MAX_FILES)
        if not paths:
            continue  # none, or more than an ingress holds
        texts = [read_text(top, p)[0] or "" for p in paths]
        routes = [r for t in texts for r in _ROUTE.findall(t)]
        if (
            routes
            and all(_CATCH_ALL.match(r) for r in routes)
            and any(_OUTER_BUILD.search(t) for t in texts)
            and any(_FORWARDS.search(t) for t in texts)
        ):
            unit.serves_build = True
