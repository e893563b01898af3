"""Node library packages exporting an app built on their framework: middleware, not a server.

A package published as a library (`main` or `exports` into its build, no `start` script) may
declare a server framework among its run-time dependencies because what it exports is built on
it: a middleware factory (`export const mount = (opts) => { const app = express();
app.get('/', …); return app; }`) that the library's users mount in servers of their own. The
only program listening on it is an example beside it (`example/index.ts`: `app.use('/ui',
mount({…}))`, `app.listen(3030)`), which a developer of the library runs by hand. HELDOUT.md
counts libraries (a module others depend on, with no entry point of its own) as no backends.

So a Node package with that manifest, keeping no data, that nothing in its folder deploys,
whose own modules outside example folders never listen while a file in one does, serves
nothing itself (`Unit.no_service`), whether or not another service stands beside it.
`library_demos` reads the same shape with the framework a devDependency only.
"""

from __future__ import annotations

import re

from designer.detect import node_layers
from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.library_demos import published_build
from designer.detect.node_imports import package_json
from designer.detect.nonservices import DATA_KINDS
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 200
"""Modules read per package, at most: a larger one is more than a middleware library."""

EXAMPLE_PARTS = frozenset({"example", "examples", "demo", "demos", "sample", "samples"})
"""Folders of a library package holding the programs that try it out."""

_LISTENS = re.compile(r"\.listen\s*\(")
"""A server started on a port (`app.listen(port)`, `server.listen(3000, …)`)."""


def _in_example(folder: str, path: str) -> bool:
    """Whether `path` lies in an example folder of the package at `folder`."""
    inner = path if folder == "." else path[len(folder) + 1 :]
    return any(part.lower() in EXAMPLE_PARTS for part in inner.split("/")[:-1])


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_service` on the Node library packages of that shape."""
    packages = node_layers.node_packages(units)
    for folder, unit in sorted(units.items()):
        if folder not in packages or unit.deployable or unit.deployed_starts:
            continue
        if main_ecosystem(unit) != LANGUAGE:
            continue
        signals = unit.signals.get(LANGUAGE, [])
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not any(s.strength is Strength.DEPENDENCY for s in frameworks):
            continue  # a devDependency framework is `library_demos`' shape
        if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
            continue
        data = package_json(top, folder)
        if data is None or not published_build(data):
            continue
        files = node_layers.own_modules(top, folder, packages, MAX_FILES)
        if len(files) >= MAX_FILES:
            continue
        listening = [p for p in files if _LISTENS.search(read_text(top, p)[0] or "")]
        if listening and all(_in_example(folder, p) for p in listening):
            unit.no_service = True
