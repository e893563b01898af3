"""Nx: which of a workspace's modules some project builds.

An Nx workspace builds its projects: each folder holding a project.json (or a package.json of
its own) is one, and its targets compile what lies under it. Code in a workspace folder no
project holds (sources kept from an older layout beside the apps, nothing declaring or
building them) runs nowhere, and counting its imports would weigh a retired design against
the one the apps are written to. Only workspaces that declare their projects by project.json
are judged: where none does, Nx infers them from other files, and every folder may be one
(`kept` then keeps every module).
"""

from __future__ import annotations

import os
import posixpath

_PROJECT_FILES = ("project.json", "package.json")
"""Files that make a folder a project of the workspace."""


def _has(top: str, folder: str, name: str) -> bool:
    return os.path.isfile(os.path.join(top, *folder.split("/"), name))


class Built:
    """Tells, for the Node package at `folder`, whether a module lies in a project its Nx
    workspace builds (every module does where the package is no such workspace)."""

    def __init__(self, top: str, folder: str) -> None:
        self._top = top
        self._folder = folder
        base = "" if folder == "." else folder
        # The package itself a project (an Nx standalone app), or no Nx workspace: all built.
        self._all = not _has(top, base, "nx.json") or _has(top, base, "project.json")
        self._known: dict[str, bool] = {}

    def __contains__(self, path: str) -> bool:
        """Whether the module at `path` (relative to the top) lies in a project's folder."""
        if self._all:
            return True
        return self._in_project(posixpath.dirname(path))

    def _in_project(self, folder: str) -> bool:
        if folder in ("", ".", self._folder):
            return False
        if folder not in self._known:
            self._known[folder] = any(
                _has(self._top, folder, name) for name in _PROJECT_FILES
            ) or self._in_project(posixpath.dirname(folder))
        return self._known[folder]


def kept(top: str, folder: str, paths: list[str]) -> list[str]:
    """The modules of `paths` (the Node package at `folder`'s own) some project of its Nx
    workspace builds; all of them where none lies in a project's folder (projects Nx infers)."""
    built = Built(top, folder)
    inside = [path for path in paths if path in built]
    return inside or paths
