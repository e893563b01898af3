"""Node library packages keeping a small server that tries out their own build.

A package published as a library (an SDK handling a product's webhooks: `main` and an
`exports` map pointing into its build, no `start` script) sometimes keeps, beside its sources,
a few lines of Express that load the library's built output and mount it on a route
(`const { createHandler } = require('./dist/index.cjs')`, `app.post('/webhook', handler)`,
`app.listen(13333)`), with the framework among its devDependencies only: a demo a developer of
the library runs by hand to try the build, which the library's users never run. Such a package
is a library, not a backend, as long as it keeps no data of its own and nothing in it deploys
it.

A package whose server imports its sources rather than its build is left alone (a server
bundled from the devDependencies starts its own code: `ui_dev_servers`' note), and so is one
with a `start` script, with the framework a run-time dependency, or with data of its own.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.node_dev_frameworks import dev_only_frameworks
from designer.detect.node_imports import package_json
from designer.detect.signals import LazyPattern, Strength
from designer.detect.walker import read_text

_BUILT = frozenset({"dist", "build", "lib", "out"})
"""Folders a package's build writes its published modules to."""

_LOADED = LazyPattern(
    r"""(?:\brequire\s*\(\s*|\bfrom\s*|\bimport(?:\s*\()?\s*)['"]([^'"\n]+)['"]"""
)
"""A module a file loads (`require('./dist/index.cjs')`, `import { h } from "../dist"`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Node library packages keeping no data, with no `start` script
    and their server framework only a devDependency, whose every file starting that framework
    loads the package's own build (its `dist/` by a relative path, or the package by its own
    name)."""
    for folder, unit in units.items():
        frameworks = dev_only_frameworks(unit)
        if not frameworks:
            continue
        data = package_json(top, folder)
        if data is None or not published_build(data):
            continue
        starts = {s.evidence.path for s in frameworks if s.strength is Strength.ENTRY}
        name = data.get("name") if isinstance(data.get("name"), str) else ""
        if starts and all(_loads_build(top, folder, path, name) for path in starts):
            unit.unused = True


def published_build(data: dict) -> bool:
    """Whether the package.json is a library's: no `start` script, and its `main`, `module`
    or `exports` point into a build folder (`dist/index.cjs`)."""
    scripts = data.get("scripts")
    if isinstance(scripts, dict) and "start" in scripts:
        return False
    targets = [data.get("main"), data.get("module"), data.get("exports")]
    return any(_into_build(target) for target in targets)


def _into_build(value: object) -> bool:
    if isinstance(value, str):
        parts = posixpath.normpath(value).split("/")
        return bool(parts) and parts[0] in _BUILT and len(parts) > 1
    if isinstance(value, dict):
        return any(_into_build(v) for v in value.values())
    return False


def _loads_build(top: str, folder: str, path: str, name: str) -> bool:
    """Whether the file loads the package's own build: a relative module inside one of the
    package's build folders, or the package's own name."""
    text = read_text(top, path)[0] or ""
    base = "" if folder == "." else folder + "/"
    for module in _LOADED.findall(text):
        if name and (module == name or module.startswith(name + "/")):
            return True
        if not module.startswith("."):
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(path), module))
        if not target.startswith(base):
            continue
        first = target[len(base) :].split("/")[0]
        if first in _BUILT:
            return True
    return False
