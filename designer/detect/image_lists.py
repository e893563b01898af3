"""Pip lists a folder's image installs from a folder of deployment files.

An application may keep its code at the top of its folder (`manage.py`, its settings and
apps) with no manifest beside it, and its pinned pip list among its deployment files
(`deploy/requirements.txt` beside an entrypoint script and an nginx configuration): its
Dockerfile copies that list and runs `pip install -r …/deploy/requirements.txt`, then copies
the code. The list is the application's, the folder whose image installs it, not a project
of the folder that keeps it. Only a list whose folder holds no other Python manifest (a
project of its own would have its pyproject.toml or setup.py), installed by a Dockerfile of
a folder with no Python manifest of its own, is taken.
"""

from __future__ import annotations

import posixpath

from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import LazyPattern, ManifestResult

_INSTALLED = LazyPattern(r"\bpip3?[ \t]+install\b[^\n]*?[ \t]-r[ \t]*(\S+\.txt)\b")
"""A `pip install -r path/requirements.txt` line of a Dockerfile: the list it installs."""

_PROJECT_FILES = frozenset({"pyproject.toml", "setup.py", "setup.cfg", "Pipfile"})


def installed_lists(
    side: list[tuple[str, str, str]], parsed: list[tuple[str, str, ManifestResult]]
) -> dict[str, str]:
    """Manifest path → the folder of the Dockerfile that installs it with pip, for the pip
    lists kept in a folder below that Dockerfile's, when neither folder has a Python
    project file of its own."""
    python = [path for path, eco, _ in parsed if eco == "python"]
    with_manifest = {posixpath.dirname(path) for path in python}
    projects = {
        posixpath.dirname(path) for path in python if posixpath.basename(path) in _PROJECT_FILES
    }
    lists = {path for path in python if path.endswith(".txt")}
    found: dict[str, str] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        if name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS):
            continue
        folder = posixpath.dirname(path)
        if folder in with_manifest:
            continue  # the image's own folder declares its project
        for match in _INSTALLED.finditer(text):
            target = _in_tree(folder, match.group(1), lists)
            if target is None or target in found:
                continue
            keeper = posixpath.dirname(target)
            below = not folder or keeper.startswith(folder + "/")
            if below and keeper not in projects:
                found[target] = folder or "."
    return found


def _in_tree(folder: str, written: str, lists: set[str]) -> str | None:
    """The pip list of the tree a Dockerfile's path names: relative to its folder, or an
    image path (`/app/deploy/requirements.txt`) whose tail is a list below the folder."""
    relative = posixpath.normpath(posixpath.join(folder, written.removeprefix("./")))
    if relative in lists:
        return relative
    parts = written.strip("/").split("/")
    for start in range(1, len(parts)):
        candidate = posixpath.join(folder, *parts[start:]) if folder else "/".join(parts[start:])
        if candidate in lists:
            return candidate
    return None
