"""Go servers that hand out a browser application's build and serve its calls: a BFF.

A product's UI folder may hold its browser application (`frontend/`, a React or Angular
package) beside a Go server of its own (`bff/`, a module with its own go.mod on httprouter,
Chi or Gin) that the UI's image ships together: the Dockerfile builds the UI in a Node stage
and copies its output into the final image beside the Go binary (`COPY --from=ui-builder
/usr/src/app/dist ./static/`), and the server's code hands those files out with every other
path falling back to `index.html` (a single-page application), its API routes answering the
UI's calls by forwarding them to the product's own services or to the cluster. With no data
of its own, that server is part of the UI (HELDOUT.md: a server that hands out a UI's build
and serves or proxies that UI's own calls, a BFF), not a backend. A Go server keeping data
(a data layer, an engine) is a backend whatever UI it embeds, and one whose image carries no
Node build is left alone.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import OWN_DATA
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

_SPA_FALLBACK = re.compile(r"\bhttp\.FileServer[ \t]*\([\s\S]*?[\"'/]index\.html\b")
"""The server handing out a folder of static files, every path it lacks answered with the
application's `index.html`."""

_FROM = re.compile(r"^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)(?:[ \t]+AS[ \t]+(\S+))?", re.I | re.M)
_ARG = re.compile(r"^[ \t]*ARG[ \t]+(\w+)=(\S+)", re.M)
_COPY_FROM = re.compile(r"^[ \t]*COPY[ \t]+(?:--\S+[ \t]+)*--from=(\S+)", re.I | re.M)
_GO_BUILD = re.compile(r"\bgo[ \t]+build\b")

MAX_FILES = 400
"""Go files read per server at most: a larger one is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Go servers with no data of their own whose code hands out a
    single-page application's files and whose image copies in a Node stage's build."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if (
            unit.no_web
            or unit.folder == "."
            or not any(s.kind is FindingKind.FRAMEWORK for s in signals)
        ):
            continue
        if any(s.kind in OWN_DATA for other in unit.signals.values() for s in other):
            continue
        if not _ships_node_build(top, unit.folder):
            continue
        paths = all_code_files(top, unit.folder, (".go",), MAX_FILES)
        if not paths:
            continue
        if any(
            _SPA_FALLBACK.search(read_text(top, p)[0] or "")
            for p in paths
            if not p.endswith("_test.go")
        ):
            unit.no_web = True


def _ships_node_build(top: str, folder: str) -> bool:
    """Whether a Dockerfile of `folder` or of its parent builds the Go server and copies a
    Node stage's output into a later stage."""
    for place in dict.fromkeys((folder, posixpath.dirname(folder))):
        if not place:
            continue
        try:
            names = sorted(os.listdir(os.path.join(top, *place.split("/"))))
        except OSError:
            continue
        for name in names:
            if name == "Dockerfile" or name.startswith("Dockerfile."):
                text = read_text(top, posixpath.join(place, name))[0] or ""
                if _GO_BUILD.search(text) and _copies_node_stage(text):
                    return True
    return False


def _copies_node_stage(text: str) -> bool:
    """Whether a stage built from a Node image is copied from by a later stage."""
    args = dict(_ARG.findall(text))
    node_stages: set[str] = set()
    for image, stage in _FROM.findall(text):
        resolved = re.sub(r"\$\{?(\w+)\}?", lambda m: args.get(m.group(1), ""), image)
        if stage and posixpath.basename(resolved).split(":")[0] == "node":
            node_stages.add(stage.lower())
    return any(source.lower() in node_stages for source in _COPY_FROM.findall(text))
