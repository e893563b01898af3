"""Pip lists another pip list includes, read even when their names are not a manifest's.

A project may split its pip lists into a shared base and the lists that layer on it
(`requirements.pip` and `dev-requirements.pip` each starting `-r base-requirements.pip`): the
framework and most packages are pinned (or named) only in the base, whose name the walk takes
for no manifest. pip reads it as part of every list that includes it, so it is read here too,
and `scan._includers` gives it to the includer's project. Only a file of the tree below the
includer's root (no `../` out of it) ending as a pip list does is read; a constraints file
(`-c`) is not, for pip installs nothing it names.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from designer.detect.ecosystems import python
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
