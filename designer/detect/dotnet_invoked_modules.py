"""Node packages a .NET application of the tree invokes in-process, not services of their own.

An ASP.NET Core backend may keep part of its logic in Node (a real-time document store's
server, a renderer) and call the package's exported functions through a Node invocation library
(Jering.Javascript.NodeJS, or Microsoft's older Microsoft.AspNetCore.NodeServices), which loads
the package's `main` into a Node process it starts and drives itself. The application's project
file builds the package with its own (an MSBuild target running `pnpm run build` in the
package's folder, a property naming that folder). The package may start Express inside an
exported function (a WebSocket endpoint for the UI's live documents beside its static files),
and may keep an image of its own running the invocation library's generic server: it is still
the .NET application's module, whose data path the application names, with no entry point of
its own. So a Node package with no start script, whose folder a .NET project file of the tree
names, where some .NET project of the tree references such an invocation library, is marked
`Unit.no_web`. A package with a start script of its own is a program and stays.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.walker import read_text

LANGUAGE = "node"

_INVOKERS = re.compile(
    r"""<PackageReference\s+Include\s*=\s*["'](?:Jering\.Javascript\.NodeJS"""
    r"""|Microsoft\.AspNetCore\.NodeServices)["']""",
    re.IGNORECASE,
)
"""A project reference to a library invoking Node modules' exports from .NET."""

_PATH = re.compile(r"""(?:["'>=;]|^)\s*((?:\.\.?[\\/])+[^"'<>;$*\n]*)""", re.MULTILINE)
"""A relative path written in a project file (`..\\RealtimeServer\\`, `../js/renderer`)."""


def _project_files(units: dict[str, Unit]) -> list[str]:
    return sorted(
        path
        for unit in units.values()
        for path, eco, _ in unit.manifests
        if eco == "dotnet" and path.endswith(".csproj")
    )


def _named_folders(project: str, text: str) -> set[str]:
    """The folders, relative to the tree, a project file's relative paths name."""
    here = posixpath.dirname(project)
    found = set()
    for match in _PATH.finditer(text):
        written = match.group(1).replace("\\", "/").rstrip("/")
        joined = posixpath.normpath(posixpath.join(here, written)) if here else written
        if not joined.startswith(".."):
            found.add(joined)
    return found


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark `Unit.no_web` on each Node package without a start script whose folder a .NET
    project names, where the tree's .NET projects invoke Node modules in-process."""
    projects = _project_files(units)
    texts = {path: read_text(top, path)[0] or "" for path in projects}
    if not any(_INVOKERS.search(text) for text in texts.values()):
        return
    named: set[str] = set()
    for path, text in texts.items():
        named |= _named_folders(path, text)
    for folder, unit in units.items():
        if folder == "." or folder not in named:
            continue
        if not any(eco == LANGUAGE for _, eco, _ in unit.manifests):
            continue
        manifest = node_imports.package_json(top, folder)
        if manifest is None:
            continue
        scripts = manifest.get("scripts")
        if isinstance(scripts, dict) and "start" in scripts:
            continue
        unit.no_web = True
