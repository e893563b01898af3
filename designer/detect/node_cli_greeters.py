"""Node command-line packages whose Express or Koa server answers only its root.

A product's monorepo often keeps its operations tool as a package of its own: a command
(`"bin": {"tool": "./bin/commands/tool.js"}` in its package.json) whose subcommands create the
databases, seed the search indexes and deploy the environments, so it declares the product's
database client and a data layer for them. Such a package sometimes also carries a bare
server in its entry module (`app.get('/', (_, res) => res.send('It works.'))` and a
`listen`), a placeholder a platform probes: it serves nothing to any client. The data belongs
to the commands, the only route to a greeting, so the package is a CLI (HELDOUT.md: CLIs are
no backends), whatever data its commands write. Telling so needs every route the package
declares, so its own code is read whole (a large package is left alone): one route of any
other path (`/api/items`), a path held in a variable, files served from a folder or a proxy
leave it a backend, and so does a package publishing no command.
"""

from __future__ import annotations

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.codewalk import all_code_files
from designer.detect.hand_servers import has_bin
from designer.detect.node_ops_routes import FRAMEWORKS, OPAQUE, ROUTE, SKIP
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

MAX_FILES = 80
"""Sources read per package at most: a larger package is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages on Express or Koa publishing a command whose
    whole code declares one route or more, every one a GET of the root `/`."""
    for unit in units.values():
        if unit.no_web or unit.folder == "." or main_ecosystem(unit) != "node":
            continue
        found = {s.name for s in unit.signals.get("node", []) if s.kind is FindingKind.FRAMEWORK}
        if not found or not found <= FRAMEWORKS or not has_bin(top, unit.folder):
            continue
        paths = all_code_files(
            top, unit.folder, (".js", ".ts", ".mjs", ".cjs"), MAX_FILES,
            skip_dir=lambda d: d in SKIP,
        )
        if paths and root_only(
            [read_text(top, p)[0] or "" for p in paths if ".test." not in p and ".spec." not in p]
        ):
            unit.no_web = True


def root_only(texts: list[str]) -> bool:
    """Whether the sources `texts` declare at least one route, every one a GET of `/` with a
    literal path, and serve no folder's files nor proxy anything."""
    if any(OPAQUE.search(text) for text in texts):
        return False
    routes = [found for text in texts for found in ROUTE.finditer(text)]
    return bool(routes) and all(
        found.group("call") == "get" and found.group("path") == "/" for found in routes
    )
