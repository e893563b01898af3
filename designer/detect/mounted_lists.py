"""Pip lists of an image that runs code it does not copy, kept among deployment files.

An application may keep its code at the top of the tree (`wsgi.py`, `manage.py`, its
settings and packages) with no manifest there, and its only pip list in a folder of
deployment files (`deploy/requirements.txt` beside Dockerfiles, Compose files and an nginx
configuration). The image built there installs the list and copies nothing but files of that
folder (`ADD requirements.txt /code/`, `RUN pip3 install -r requirements.txt`): the code it
runs is mounted into it (`${CODE_VOLUME}:/code`), so no `COPY` names it and
`image_lists.image_homes` finds no folder to give the list to. The list is the application's,
the nearest enclosing folder that holds Python code and declares no Python manifest of its
own; the deployment folder is no project (a scan would report it as a phantom backend and
the application with no version). Only a folder whose own Python files are scripts (none
named like an entry point, none in sub-folders) and with no Python project file is read as
such a keeper.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from designer.detect.image_lists import COPIED, INSTALLED, PROJECT_FILES, in_tree
from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import ManifestResult
from designer.detect.walker import Source


def homes(
    side: list[tuple[str, str, str]],
    parsed: list[tuple[str, str, ManifestResult]],
    sources: dict[str, list[Source]],
    owner: Callable[[str], str],
    exists: Callable[[str], bool],
) -> dict[str, str]:
    """Pip list path → the enclosing folder of code it is installed for, for the lists a
    Dockerfile of their own folder installs while copying no code (see the module's
    docstring). `owner(path)` is the project folder the scan gives a manifest; `exists(path)`
    whether the tree holds that file."""
    python = [path for path, eco, _ in parsed if eco == "python"]
    lists = {path for path in python if path.endswith(".txt")}
    if not lists:
        return {}
    declaring = {owner(path) for path in python}
    projects = {
        posixpath.dirname(path) or "."
        for path in python
        if posixpath.basename(path) in PROJECT_FILES
    }
    code = [
        s for files in sources.values() for s in files if s.path.endswith(".py") and not s.is_test
    ]
    code_dirs = {posixpath.dirname(s.path) or "." for s in code}
    found: dict[str, str] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        if name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS):
            continue
        folder = posixpath.dirname(path)
        if not folder or folder in projects or folder in found.values():
            continue
        installed = {
            target
            for match in INSTALLED.finditer(text)
            if (target := in_tree(folder, match.group(1), lists)) is not None
            and posixpath.dirname(target) == folder
        }
        copies = COPIED.findall(text)
        if not installed or not copies:
            continue
        # Every copy is one of the folder's own files and none is code: the image brings
        # the list and its scripts, and the program comes from elsewhere (a mounted volume).
        if any(
            source.endswith(".py")
            or source.rstrip("/") in (".", "")
            or _own_file(folder, source, exists) is None
            for source, _ in copies
        ):
            continue
        if _holds_program(folder, code):
            continue
        home = enclosing_code(folder, code_dirs, declaring)
        if home is None:
            continue
        for target in installed:
            found[target] = home
    return found


def _own_file(folder: str, source: str, exists: Callable[[str], bool]) -> str | None:
    """The file of `folder` a copy's source names, or None. The build context is the
    Dockerfile's folder, or the tree's top where a Compose file builds from there with
    `dockerfile: ./compose/django/Dockerfile`: a source written from the top
    (`./compose/django/requirements.txt`) still names a file of the folder itself."""
    relative = posixpath.normpath(posixpath.join(folder, source))
    if exists(relative):
        return relative
    from_top = posixpath.normpath(source)
    if posixpath.dirname(from_top) == folder and exists(from_top):
        return from_top
    return None


def _holds_program(folder: str, code: list[Source]) -> bool:
    """Whether `folder` holds Python code of a program: a file named like an entry point
    directly in it, or any code in its sub-folders (a package)."""
    inside = folder + "/"
    for source in code:
        if not source.path.startswith(inside):
            continue
        if "/" in source.path[len(inside):] or source.is_entry:
            return True
    return False


def enclosing_code(folder: str, code_dirs: set[str], declaring: set[str]) -> str | None:
    """The nearest folder above `folder` holding Python code directly, when it declares no
    Python manifest of its own (None otherwise, or when no folder above holds code)."""
    outer = folder
    while outer != ".":
        outer = posixpath.dirname(outer) or "."
        if outer in declaring:
            return None  # a project of its own encloses the folder first
        if outer in code_dirs:
            return outer
    return None
