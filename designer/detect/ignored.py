"""Build modules that a `.gitignore` names: walked all the same.

An ignore rule does nothing to files git already tracks, so a repository may ignore a folder
(`/core/core-backend/`, left from a move) whose files it commits; when a build file of the tree
lists that folder as one of its modules, the folder is part of the project whatever the
ignore rule says. The walk skips ignored folders; this puts back the ones a build lists.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect import ecosystems
from designer.detect.signals import Lines, ManifestError
from designer.detect.walker import Tree, read_text, walk


def revive(top: str, tree: Tree) -> None:
    """Walk the ignored folders of `tree` that a build file of it lists as a module, and add
    what they hold to `tree` (paths relative to `top`, like the rest)."""
    candidates = {folder for folder in tree.ignored if _holds_manifest(top, folder)}
    if not candidates:
        return
    for folder in sorted(_listed(top, tree, candidates)):
        _graft(tree, walk(os.path.join(top, *folder.split("/"))), folder)
    tree.manifests.sort()
    tree.side.sort()
    tree.locks.sort()


def _holds_manifest(top: str, folder: str) -> bool:
    parent = posixpath.basename(folder)
    try:
        names = os.listdir(os.path.join(top, *folder.split("/")))
    except OSError:
        return False
    return any(ecosystems.manifest_ecosystem(name, parent) is not None for name in names)


def _listed(top: str, tree: Tree, candidates: set[str]) -> set[str]:
    """The `candidates` that a manifest in an enclosing folder lists among its modules."""
    found: set[str] = set()
    for path, module in tree.manifests:
        folder = posixpath.dirname(path) or "."
        if not any(folder == "." or c.startswith(folder + "/") for c in candidates):
            continue
        text, _ = read_text(top, path)
        if text is None:
            continue
        try:
            result = module.parse(Lines(path, text))
        except (ManifestError, ValueError, TypeError, AttributeError, KeyError, RecursionError):
            continue  # the main pass reports it
        for name in result.modules:
            target = posixpath.normpath(posixpath.join(folder, name))
            if target in candidates:
                found.add(target)
    return found


def _graft(tree: Tree, sub: Tree, folder: str) -> None:
    """Add what a walk of `folder` found to `tree`, its paths made relative to the root."""

    def inside(path: str) -> str:
        return folder if path == "." else f"{folder}/{path}"

    tree.manifests += [(inside(path), module) for path, module in sub.manifests]
    tree.side += [(inside(path), inside(owner)) for path, owner in sub.side]
    tree.locks += [inside(path) for path in sub.locks]
    for owner, sources in sub.sources.items():
        for source in sources:
            source.path = inside(source.path)
        tree.sources.setdefault(inside(owner), []).extend(sources)
    tree.warnings += sub.warnings
    tree.files_seen += sub.files_seen
