"""Browser apps carrying a small server a developer runs beside the bundler.

A front-end package (a player app for a TV platform, a single-page UI) is built and served in
development by its bundler: its `start` script runs the bundler's dev server (`vite`,
`webpack serve`, `react-scripts start`, `ng serve`, `parcel`). Some keep besides a few lines of
Express in a file of their own (`server.js` handing out the built package to a device on the
developer's network), with the framework declared among the devDependencies only, and run it by
hand (`node server.js`): no script of the package names that file. Such a package is a UI, not
a backend, as long as it keeps no data of its own and nothing in it deploys it.

A package bundling its server framework from the devDependencies (esbuild, webpack) starts the
bundle (`node dist/index.js`), not a front-end dev server, and is left alone; so is one whose
scripts run the server file (`"serve": "node server.js"`).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.node_dev_frameworks import dev_only_frameworks
from designer.detect.node_imports import package_json
from designer.detect.signals import Strength

_DEV_SERVERS = frozenset(
    {
        ("vite",),
        ("vite", "dev"),
        ("vite", "serve"),
        ("webpack", "serve"),
        ("webpack-dev-server",),
        ("react-scripts", "start"),
        ("ng", "serve"),
        ("parcel",),
        ("parcel", "serve"),
        ("vue-cli-service", "serve"),
    }
)
"""Commands running a front-end bundler's dev server (`vite`, `webpack serve`,
`react-scripts start`, `ng serve`, `parcel`)."""

_ARGUMENT = re.compile(r"[\w.:/=@+-]+")
"""An option or its value (`--host`, `--port=3000`, `index.html`): no shell operator, so the
script runs nothing after the dev server."""


def _runs_dev_server(start: str) -> bool:
    """Whether a `start` script runs a front-end bundler's dev server and nothing else
    (`vite`, `vite --host`, `npx webpack serve --port 8080`, `parcel index.html`). Read word by
    word, not by one pattern: a script's length must not make the reading slow."""
    words = start.split()
    if words[:1] == ["npx"]:
        words = words[1:]
    for length in (2, 1):
        if tuple(words[:length]) in _DEV_SERVERS:
            return all(_ARGUMENT.fullmatch(word) for word in words[length:])
    return False


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Node packages keeping no data whose server framework is only a
    devDependency, whose `start` script runs a front-end bundler's dev server, and whose
    scripts name none of the files the framework is started in."""
    for folder, unit in units.items():
        frameworks = dev_only_frameworks(unit)
        if not frameworks:
            continue
        data = package_json(top, folder)
        scripts = data.get("scripts") if data is not None else None
        if not isinstance(scripts, dict):
            continue
        start = scripts.get("start")
        if not isinstance(start, str) or not _runs_dev_server(start):
            continue
        files = {
            posixpath.basename(s.evidence.path)
            for s in frameworks
            if s.strength is Strength.ENTRY
        }
        named = " ".join(v for v in scripts.values() if isinstance(v, str))
        if files and not any(_runs(named, f) for f in files):
            unit.unused = True


def _runs(scripts: str, name: str) -> bool:
    """Whether the scripts name the server file, with its extension or run without it
    (`node server`)."""
    stem = posixpath.splitext(name)[0]
    return bool(
        re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", scripts)
        or re.search(
            rf"\b(?:node|nodemon|tsx|ts-node|bun)(?:[ \t]+--?\S+)*[ \t]+(?:\./)?"
            rf"{re.escape(stem)}(?![\w./-])",
            scripts,
        )
    )
