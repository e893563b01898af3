"""Node applications the workspace root starts, whose server a library package lends them.

A workspace may keep its web framework in a library package of its own (a `framework` package
creating the Koa app and the HTTP server, with a `listen()` method) and its product in another
package that imports it, keeps the data, and ships the command that starts it all (`"bin":
"bin/product.js"`). The workspace root's `start` script runs that command
(`"start": "packages/product/bin/product.js"`): the package is the application, the framework
the library lends it is its own, and the library, started by no one but that application, is
not a service of its own (`Unit.lends_server`), as `workspace_servers` reads for a package a
Dockerfile deploys. Only a package with no framework of its own whose program the root's
`start` script runs is asked, and only of the workspace libraries it depends on whose code
starts a framework and that its own code (outside its tests) imports.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names
from designer.detect.signals import Strength
from designer.detect.workspace_servers import (
    names_framework,
    server_libraries,
    take_server,
    workspace_packages,
)

LANGUAGE = "node"

MAX_FILES = 1500
"""Code files read per application for an import of the library: a larger tree is left
alone."""

_PROGRAM = re.compile(r"(?:^|[\s;&|(])(?:\./)?([\w.@-]+(?:/[\w.@-]+)+\.[cm]?[jt]s)(?=[\s;&|)]|$)")
"""A file a script runs, inside a folder (`packages/app/bin/app.js`, `node ./apps/x/main.mjs`):
a path with at least one folder, so that a root's own `server.js` names no package."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Node package with no framework whose program a workspace root's `start`
    script runs the framework and stores of the workspace library its code imports that
    starts a server, and mark that library."""
    packages = workspace_packages(units)
    for root in list(units.values()):
        data = node_imports.package_json(top, root.folder)
        if not data or not data.get("workspaces"):
            continue
        scripts = data.get("scripts")
        start = scripts.get("start") if isinstance(scripts, dict) else None
        if not isinstance(start, str) or len(start) > 4096:
            continue
        for program in _PROGRAM.findall(start):
            app = _owner(units, posixpath.normpath(posixpath.join(root.folder, program)))
            if app is None or app is root or names_framework(app, Strength.DEV):
                continue
            _lend_to(top, app, packages)


def _owner(units: dict[str, Unit], path: str) -> Unit | None:
    """The Node package below the root whose folder holds `path` most closely."""
    holders = [
        unit
        for unit in units.values()
        if unit.folder != "." and path.startswith(unit.folder + "/")
        and module_names(unit, LANGUAGE)
    ]
    return max(holders, key=lambda unit: len(unit.folder), default=None)


def _lend_to(top: str, app: Unit, packages: dict[str, Unit]) -> None:
    servers = server_libraries(app, packages)
    if not servers:
        return
    imported, _ = node_imports.imported_outside_tests(top, app.folder, set(servers), MAX_FILES)
    for name in sorted(imported):
        if not servers[name].lends_server:
            take_server(app, servers[name])

