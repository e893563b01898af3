"""Pip lists another pip list includes, read even when their names are not a manifest's.

A project may split its pip lists into a shared base and the lists that layer on it
(`requirements.pip` and `dev-requirements.pip` each starting `-r base-requirements.pip`): the
framework and most packages are pinned (or named) only in the base, whose name the walk takes
for no manifest. pip reads it as part of every list that includes it, so it is read here too,
and `scan._includers` gives it to the includer's project. Only a file of the tree below the
includer's root (no `../` out of it) ending as a pip list does is read; a constraints file
(`-c`) is not, for pip installs nothing it names.

A Dockerfile includes a list as well (`pip3 install -r requirements/api/prod.txt`): a project
keeping its lists per program one level below its `requirements/` folder (`requirements/api/
prod.txt` and `dev.txt`, each layering on `../commons.txt`) names its runtime list only there,
under a name the walk takes for no manifest. `image_installed` reads such a list (`keep` says
which paths are lists of a project's `requirements/` folder, the project's own).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from designer.detect.ecosystems import python
from designer.detect.image_lists import INSTALLED
from designer.detect.sidefiles import DOCKERFILE_VARIANTS
from designer.detect.signals import Lines, ManifestResult

_PIP_ENDINGS = (".txt", python.PIP_COMPILED)
_PROJECT_FILES = frozenset({"pyproject.toml", "Pipfile", "setup.cfg", "setup.py"})


def unwalked(
    lists: list[tuple[str, ManifestResult]], read: Callable[[str], str | None]
) -> list[tuple[str, ManifestResult]]:
    """The (path, parsed list) of each pip file the Python manifests of `lists` include
    (transitively) that is not among them; `read(path)` is its text, or None when the tree
    holds no such file."""
    known = {path for path, _ in lists}
    pending = list(lists)
    found: list[tuple[str, ManifestResult]] = []
    while pending:
        path, result = pending.pop()
        if posixpath.basename(path) in _PROJECT_FILES:
            continue
        folder = posixpath.dirname(path)
        for include in result.includes:
            if include in result.constraints:
                # A constraints file (`-c ../gear/pinned-requirements.txt`) adds no package:
                # pip only bounds the versions of what the list names by it.
                continue
            target = posixpath.normpath(posixpath.join(folder, include))
            if target in known or target.startswith("../") or not target.endswith(_PIP_ENDINGS):
                continue
            known.add(target)
            text = read(target)
            if text is None:
                continue
            parsed = python.parse(Lines(target, text))
            found.append((target, parsed))
            pending.append((target, parsed))
    return found


def image_installed(
    side: list[tuple[str, str, str]],
    known: set[str],
    keep: Callable[[str], bool],
    read: Callable[[str], str | None],
) -> list[tuple[str, ManifestResult]]:
    """The (path, parsed list) of each pip list a Dockerfile of `side` installs by its path
    below the Dockerfile's folder that is not among the `known` manifests and that `keep`
    takes; `read(path)` is its text, or None when the tree holds no such file."""
    found: list[tuple[str, ManifestResult]] = []
    for path, _, text in side:
        name = posixpath.basename(path)
        if name != "Dockerfile" and not name.startswith(DOCKERFILE_VARIANTS):
            continue
        folder = posixpath.dirname(path)
        for match in INSTALLED.finditer(text):
            written = match.group(1)
            if written.startswith("/"):
                continue  # an image path, not the context's
            target = posixpath.normpath(posixpath.join(folder, written.removeprefix("./")))
            if target in known or target.startswith("../") or not keep(target):
                continue
            known.add(target)
            listed = read(target)
            if listed is not None:
                found.append((target, python.parse(Lines(target, listed))))
    return found
