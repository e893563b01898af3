"""Pip lists a folder's image installs from a folder of deployment files.

An application may keep its code at the top of its folder (`manage.py`, its settings and
apps) with no manifest beside it, and its pinned pip list among its deployment files
(`deploy/requirements.txt` beside an entrypoint script and an nginx configuration): its
Dockerfile copies that list and runs `pip install -r …/deploy/requirements.txt`, then copies
the code. The list is the application's, the folder whose image installs it, not a project
of the folder that keeps it. Only a list whose folder holds no other Python manifest (a
project of its own would have its pyproject.toml or setup.py), installed by a Dockerfile of
a folder with no Python manifest of its own, is taken. A list kept in the folder of the program
itself (`django/requirements.txt` beside `django/projects/manage.py` and the app packages, which
a root Dockerfile copies and installs before copying the whole tree) is that folder's manifest:
the folder holding a program is the application, not a keeper of deployment files.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import LazyPattern, ManifestResult

INSTALLED = LazyPattern(r"\bpip3?[ \t]+install\b[^\n]*?[ \t]-r[ \t]*(\S+\.(?:txt|pip))\b")
"""A `pip install -r path/requirements.txt` line of a Dockerfile (or of a `.pip` list, pip's
other extension): the list it installs."""

PROJECT_FILES = frozenset({"pyproject.toml", "setup.py", "setup.cfg", "Pipfile"})


def installed_lists(
    side: list[tuple[str, str, str]],
    parsed: list[tuple[str, str, ManifestResult]],
    program: Callable[[str], bool] = lambda folder: False,
) -> dict[str, str]:
    """Manifest path → the folder of the Dockerfile that installs it with pip, for the pip
    lists kept in a folder below that Dockerfile's, when neither folder has a Python
    project file of its own and the list's folder holds no program (`program(folder)`: a
    package or a file named like an entry point in it or below it)."""
    python = [path for path, eco, _ in parsed if eco == "python"]
    # A project file declaring no dependency (a pyproject.toml holding only `[tool.black]`)
    # is tools' settings beside the code, not a project the image's folder declares.
    with_manifest = {
        posixpath.dirname(path)
        for path, eco, result in parsed
        if eco == "python"
        and (posixpath.basename(path) not in PROJECT_FILES or result.runtime_dependencies)
    }
    projects = {
        posixpath.dirname(path) for path in python if posixpath.basename(path) in PROJECT_FILES
    }
    lists = {path for path in python if path.endswith((".txt", ".pip"))}
    found: dict[str, str] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        if name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS):
            continue
        folder = posixpath.dirname(path)
        if folder in with_manifest:
            continue  # the image's own folder declares its project
        for match in INSTALLED.finditer(text):
            target = in_tree(folder, match.group(1), lists)
            if target is None or target in found:
                continue
            keeper = posixpath.dirname(target)
            below = not folder or keeper.startswith(folder + "/")
            if below and keeper not in projects and not program(keeper):
                found[target] = folder or "."
    return found


def in_tree(folder: str, written: str, lists: set[str]) -> str | None:
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


# An image built from a context above its Dockerfile (`docker build -f deployment/docker/
# Dockerfile .`) may copy a pip list kept beside that Dockerfile among deployment files
# (`ADD deployment/docker/REQUIREMENTS.txt /REQUIREMENTS.txt`, `pip install -r
# /REQUIREMENTS.txt`, whatever its case) and the program's folder, which declares no project
# of its own (`ADD django_project /home/web/django_project`, `WORKDIR /home/web/
# django_project`), or the whole context (`COPY . /home/web/django_project`, a root whose
# pyproject.toml only holds tools' settings): the list is that folder's, the folder the
# image runs from.

COPIED = LazyPattern(
    r"^[ \t]*(?:ADD|COPY)(?:[ \t]+--\S+)*[ \t]+([^\s\[\"']+)[ \t]+(\S+)[ \t]*$", re.MULTILINE
)
"""A Dockerfile's copy of one path of the build context (`ADD src dest`)."""

_WORKDIR = LazyPattern(r"^[ \t]*WORKDIR[ \t]+(\S+)[ \t]*$", re.MULTILINE)


def image_homes(
    side: list[tuple[str, str, str]],
    parsed: list[tuple[str, str, ManifestResult]],
    exists: Callable[[str, bool], bool],
    code: Callable[[str], bool],
) -> dict[str, str]:
    """Pip list path (from the tree's root) → the folder the image that installs it copies
    and runs from, when that folder declares no Python project and the list's folder holds
    no Python code. A list the image lays beside the code it runs (both copied into its
    working folder) from a folder enclosing that code stays where it is: the tree's project
    is the list's folder, which the image flattens. `exists(path, folder)` tells whether the
    tree holds that file (or folder); `code(folder)` whether the walk found Python code
    directly in a folder."""
    # A folder declaring dependencies of its own is a project (a setup.cfg of tools'
    # settings beside `manage.py` declares none).
    projects = {
        posixpath.dirname(path) or "."
        for path, eco, result in parsed
        if eco == "python" and result.runtime_dependencies
    }
    # A folder whose project file declares dependencies (a Poetry pyproject.toml beside its
    # lock) is a project: a second pip list beside it (`requirements-worker.txt`, a slimmer
    # image's) is another list of that project, not a list kept aside for the code its
    # image copies (`COPY ./app /app`, the project's own package).
    declared = {
        posixpath.dirname(path) or "."
        for path, eco, result in parsed
        if eco == "python"
        and posixpath.basename(path) in PROJECT_FILES
        and result.runtime_dependencies
    }
    found: dict[str, str] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        if name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS):
            continue
        if "WORKDIR" not in text or "-r" not in text:
            continue
        contexts = _contexts(posixpath.dirname(path))
        copies = [(source, dest.rstrip("/")) for source, dest in COPIED.findall(text)]
        workdirs = {w.rstrip("/") for w in _WORKDIR.findall(text)}
        for match in INSTALLED.finditer(text):
            installed = match.group(1)
            for source, dest in copies:
                if installed not in (dest, f"{dest}/{posixpath.basename(source)}"):
                    continue
                # The build context is the one holding the copied list: every other copy
                # of the image is read from it too (`COPY . /home/web/app` is the root's
                # when the list is copied as `deployment/docker/REQUIREMENTS.txt`).
                context = _context(contexts, source, False, exists)
                if context is None:
                    continue
                listed = posixpath.normpath(posixpath.join(context, source))
                if code(posixpath.dirname(listed) or "."):
                    continue
                if (posixpath.dirname(listed) or ".") in declared:
                    continue
                if _kept_by(listed) == context:
                    # A `requirements/` folder of pip lists at the build context's top is the
                    # context's project's manifest (as the scan keys such folders): the
                    # folder the image copies and runs from (`COPY src /app/src`, `WORKDIR
                    # /app/src`) is that project's code, not a project of its own.
                    continue
                keeper = posixpath.dirname(listed) or "."
                homes = {
                    folder: target
                    for home, target in copies
                    if target in workdirs
                    and (folder := _resolved(context, home, True, exists)) is not None
                    and folder not in projects
                    and folder != keeper
                }
                if len(homes) != 1:
                    continue
                home = next(iter(homes))
                if _above(keeper, home):
                    # The image takes the list from a folder enclosing the code it runs
                    # (`COPY requirements.txt /app/` or `/tmp/`, `COPY ./src/ /app/`, `WORKDIR
                    # /app`): one project whose tree keeps its list at the top and its code
                    # below (`src/`), wherever the image lays the list, so the list stays the
                    # project's manifest.
                    continue
                found.setdefault(listed, home)
    return found


def _above(folder: str, inner: str) -> bool:
    """Whether `inner` lies below `folder` (`.` is above every folder of the tree)."""
    return folder == "." or inner.startswith(folder + "/")


def _kept_by(listed: str) -> str | None:
    """The folder holding the `requirements/` folder a pip list lies directly in, or None."""
    folder = posixpath.dirname(listed)
    if posixpath.basename(folder) != "requirements":
        return None
    return posixpath.dirname(folder) or "."


def build_context(
    folder: str, source: str, exists: Callable[[str, bool], bool]
) -> str | None:
    """The tree's path of a file `source` a Dockerfile of `folder` copies, read from the
    nearest build context holding it (its own folder, then each above)."""
    context = _context(_contexts(folder), source, False, exists)
    return None if context is None else _resolved(context, source, False, exists)


def _contexts(folder: str) -> list[str]:
    """The folders a Dockerfile in `folder` may be built from: its own, then each above."""
    contexts = [folder or "."]
    while folder:
        folder = posixpath.dirname(folder)
        contexts.append(folder or ".")
    return contexts


def _context(
    contexts: list[str], source: str, folder: bool, exists: Callable[[str, bool], bool]
) -> str | None:
    """The nearest of `contexts` holding a copied `source`."""
    for context in contexts:
        if _resolved(context, source, folder, exists) is not None:
            return context
    return None


def _resolved(
    context: str, source: str, folder: bool, exists: Callable[[str, bool], bool]
) -> str | None:
    """The tree's path of a copied `source` in a build `context`, when the tree holds it."""
    if source.startswith("/") or ".." in source.split("/"):
        return None
    path = posixpath.normpath(posixpath.join(context, source))
    return path if exists(path, folder) else None
