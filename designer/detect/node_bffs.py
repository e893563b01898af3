"""Node servers that hold a browser application, hand out its build and serve its calls: a BFF.

A product's dashboard is often one package: a Node server (Express with a GraphQL or tRPC
endpoint) whose yarn workspace holds the browser application in a folder of its own
(`client/`, a React or Vite package), the server's image copying that application's build
into the folder it serves (`COPY client/dist ./dist/public/v2/`) and its code handing those
files out (`app.use(express.static(PUBLIC_DIR))`, `index.html` for the application's paths),
while its API answers the application's calls by calling the product's own services. With no
data of its own that server is part of the UI (HELDOUT.md: a server that hands out a UI's
build and serves or proxies that UI's own calls, a BFF), not a backend: `Unit.serves_build`,
as `uihosts` sets it on a server inside a browser application's package and `go_bffs` says of
Go's. Its API routes do not change that; data of its own does: one keeping data (a data
layer, an engine, its own or a workspace package's) stays a backend whatever UI it hands out
(`nonservices.ui_only` reads that).

A browser application is a package needing a UI framework (`NodeManifest.frontend`) or one
Vite builds into a page with none (plain TypeScript: an `index.html` at the package's root and a
`vite build` script, no web framework of its own), as an admin dashboard often is.

The browser application must be the server's own: a package below the server's folder that
the server's `workspaces` list or its Dockerfile copies from. A server merely beside a UI, or
one that hands out no files, is left alone.
"""

from __future__ import annotations

import fnmatch
import json
import posixpath
import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.node import workspace_globs
from designer.detect.uihosts import SERVES_BUILD
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_COPY = re.compile(r"^[ \t]*(?:COPY|ADD)[ \t]+(?!--from=)(?:--\S+[ \t]+)*(\S+)", re.I | re.M)
"""A Dockerfile's copy of a file or folder of the build context (not one from another
stage): its first source."""

MAX_FILES = 400
"""Sources read per server at most: a larger one is left alone."""

_SKIP = frozenset({"node_modules", "dist", "build", "test", "tests", "__tests__", "coverage"})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.serves_build` on the Node servers with no data of their own that hold a
    browser application of their own and hand out static files."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if shows_own_data(unit, runtime=True):
            continue  # a development tool's client (a devDependency) opens no store of its own
        if any(r.frontend for _, e, r in unit.manifests if e == LANGUAGE):
            continue  # a browser application's own package: `uihosts` reads it
        clients = [
            other.folder
            for other in units.values()
            if other is not unit
            and other.is_under(unit)
            and (
                any(r.frontend for _, e, r in other.manifests if e == LANGUAGE)
                or _vite_page(top, other)
            )
        ]
        if not clients or not _own_clients(top, unit.folder, clients):
            continue
        # The browser application's own folders hold no server code.
        paths = all_code_files(
            top, unit.folder, (".js", ".ts", ".mjs", ".cjs"), MAX_FILES,
            skip_dir=lambda d: d in _SKIP, nested=set(clients),
        )
        if paths and any(SERVES_BUILD.search(read_text(top, p)[0] or "") for p in paths):
            unit.serves_build = True


_VITE_BUILD = re.compile(r"(?:^|[\s;&|])vite\s+build\b")
"""A package.json script building the package with Vite (`tsc --noEmit && vite build`)."""


def _vite_page(top: str, unit: Unit) -> bool:
    """Whether the unit is a page Vite builds: an `index.html` at its root, a script running
    `vite build`, and no web framework of its own."""
    if any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, [])):
        return False
    if read_text(top, _join(unit.folder, "index.html"))[0] is None:
        return False
    try:
        data = json.loads(read_text(top, _join(unit.folder, "package.json"))[0] or "{}")
    except ValueError:
        return False
    scripts = data.get("scripts") if isinstance(data, dict) else None
    return isinstance(scripts, dict) and any(
        isinstance(command, str) and _VITE_BUILD.search(command) for command in scripts.values()
    )


def _own_clients(top: str, folder: str, clients: list[str]) -> bool:
    """Whether one of the browser applications `clients` below `folder` is the server's own:
    a workspace its package.json lists, or a folder its Dockerfile copies from."""
    relative = {
        posixpath.relpath(client, folder) if folder != "." else client for client in clients
    }
    owned = set(_workspaces(top, folder))
    dockerfile = read_text(top, _join(folder, "Dockerfile"))[0] or ""
    owned |= {_bare(found.group(1)) for found in _COPY.finditer(dockerfile)}
    # A workspace glob (`apps/*`) lists every package it matches.
    return any(
        path == client or path.startswith(client + "/") or fnmatch.fnmatchcase(client, path)
        for path in owned
        for client in relative
    )


def _workspaces(top: str, folder: str) -> list[str]:
    """The workspace folders the package.json at `folder` lists (either of npm's and yarn's
    forms), globs left as written."""
    try:
        data = json.loads(read_text(top, _join(folder, "package.json"))[0] or "{}")
    except ValueError:
        return []
    listed = workspace_globs(data) if isinstance(data, dict) else None
    return [_bare(glob) for glob in listed or []]


def _bare(path: str) -> str:
    """`path` relative to the package's folder, normalised (`./client/dist/` → `client/dist`)."""
    return posixpath.normpath(path)


def _join(folder: str, name: str) -> str:
    return name if folder == "." else posixpath.join(folder, name)
