"""Node: servers left outside the workspace whose packages they depend on.

An npm or Yarn workspace builds the packages its root manifest lists (`"workspaces":
["packages/*", "apps/*"]`) and links each member to the others by name. A monorepo that moved
its apps into the workspace often keeps the old ones in a folder of their own beside it
(`legacy-apps/bot`), each still a Koa or Express server whose manifest depends on the
workspace's libraries by a bare version (`"@app/supabase": "*"`). Outside every listed folder,
such a package is installed by nothing: the workspace does not link it, and an install of its
own would look the workspace's libraries up in the registry. When no command, build, CI or
configuration file outside its folder names it either, it is a leftover that nothing builds
or calls any more, no backend (HELDOUT.md), and is marked `Unit.no_web`.

Only a package below a root whose `workspaces` list holds none of its folder is judged, and
only one depending on a member of that workspace by name, not by a path (`file:`, `link:`,
`portal:` install the library from the tree). A root listing its members by something other
than a list, and a tree with more command files than can be read, keep every package.
"""

from __future__ import annotations

import fnmatch
import json
import posixpath

from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import workspace_globs
from designer.detect.hand_servers import command_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_PATHS = ("file:", "link:", "portal:")
"""Version specifiers installing a dependency from the tree rather than by its name."""

_SECTIONS = ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")


def _manifest(top: str, folder: str) -> dict | None:
    path = "package.json" if folder == "." else posixpath.join(folder, "package.json")
    try:
        data = json.loads(read_text(top, path)[0] or "")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _globs(data: dict) -> list[str] | None:
    """The workspace folders a root manifest lists (npm's list, Yarn's `{"packages": […]}`)."""
    listed = workspace_globs(data)
    return None if listed is None else [posixpath.normpath(g) for g in listed]


def _listed(relative: str, globs: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(relative, glob) for glob in globs)


def _root(top: str, folder: str) -> tuple[str, list[str]] | None:
    """The nearest folder above `folder` whose manifest lists workspaces, with its globs."""
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        data = _manifest(top, folder)
        globs = _globs(data) if data is not None else None
        if globs:
            return folder, globs
    return None


def _relative(folder: str, root: str) -> str:
    return folder if root == "." else posixpath.relpath(folder, root)


def _server(unit: Unit) -> bool:
    return not unit.no_web and any(
        s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, [])
    )


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node servers outside their workspace's listed folders that
    depend on its members by name and that nothing outside their folder names."""
    commands: list[tuple[str, str]] | None = None
    for unit in units.values():
        if unit.folder == "." or not _server(unit):
            continue
        found = _root(top, unit.folder)
        if found is None:
            continue
        root, globs = found
        if _listed(_relative(unit.folder, root), globs):
            continue
        members = {
            name
            for other in units.values()
            if other is not unit
            and (root == "." or other.folder.startswith(root + "/"))
            and _listed(_relative(other.folder, root), globs)
            and (data := _manifest(top, other.folder)) is not None
            and isinstance(name := data.get("name"), str)
        }
        own = _manifest(top, unit.folder) or {}
        if not any(
            name in members and isinstance(spec, str) and not spec.startswith(_PATHS)
            for section in _SECTIONS
            if isinstance(deps := own.get(section), dict)
            for name, spec in deps.items()
        ):
            continue
        if commands is None:
            commands = command_files(top)
            if commands is None:
                return  # too many to read: nothing tells the folder is unbuilt
        inside = unit.folder + "/"
        if any(unit.folder in text for path, text in commands if not path.startswith(inside)):
            continue
        unit.no_web = True
