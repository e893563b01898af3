"""Build modules that a `.gitignore` names: walked all the same.

An ignore rule does nothing to files git already tracks, so a repository may ignore a folder
(`/core/core-backend/`, left from a move) whose files it commits; when a build file of the tree
lists that folder as one of its modules, the folder is part of the project whatever the
ignore rule says. The walk skips ignored folders; this puts back the ones a build lists.
"""

from __future__ import annotations

import os
import posixpath
from types import ModuleType

from designer.detect import ecosystems
from designer.detect.signals import Lines, ManifestError
from designer.detect.walker import Tree, read_text, walk


def revive(top: str, tree: Tree) -> None:
    """Walk the ignored folders of `tree` that a build file of it lists as a module, and add
    what they hold to `tree` (paths relative to `top`, like the rest)."""
    candidates = {folder for folder in tree.ignored if _holds_manifest(top, folder)}
    revived = _listed(top, tree, candidates) if candidates else set()
    # A module folder walked, but whose own build file a `.gitignore` names (a root
    # ignoring `app-module/pom.xml`, which git tracks all the same): the walk counted the
    # module's code as the enclosing build's. Walked again as a project of its own.
    unread = _unread_modules(top, tree) | _unread_locked(top, tree)
    if not revived and not unread:
        return
    for folder in sorted(revived):
        _graft(tree, walk(os.path.join(top, *folder.split("/"))), folder)
    for folder in sorted(unread, key=len):
        _prune(tree, folder)
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
        found.update(t for t in _module_folders(top, path, module) if t in candidates)
    return found


def _module_folders(top: str, path: str, module: ModuleType) -> list[str]:
    """The folders the manifest at `path` lists among its modules, relative to the root (none
    when it cannot be read or parsed: the main pass reports it)."""
    text, _ = read_text(top, path)
    if text is None:
        return []
    try:
        result = module.parse(Lines(path, text))
    except (ManifestError, ValueError, TypeError, AttributeError, KeyError, RecursionError):
        return []
    folder = posixpath.dirname(path) or "."
    return [posixpath.normpath(posixpath.join(folder, name)) for name in result.modules]


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


def _unread_modules(top: str, tree: Tree) -> set[str]:
    """The folders a JVM build of `tree` (a Maven `<modules>` list, Gradle's `include`) lists
    as modules that hold a build file on disk but none the walk named (a `.gitignore` names
    the file), inside no folder the walk skipped."""
    named = {posixpath.dirname(path) or "." for path, _ in tree.manifests}
    jvm = [(path, module) for path, module in tree.manifests if module is ecosystems.jvm]
    # The folders the walk went into (it named a file below them): not one it skipped by
    # name (a `build/` output folder) or as a virtualenv.
    entered = {
        posixpath.dirname(source.path) for sources in tree.sources.values() for source in sources
    }
    entered.update(posixpath.dirname(path) for path, _ in tree.side)
    found: set[str] = set()
    for path, module in jvm:
        for target in _module_folders(top, path, module):
            if (
                target in named
                or target.startswith("../")
                or target in (".", "..")
                or any(target == i or target.startswith(i + "/") for i in tree.ignored)
            ):
                continue
            inside = target + "/"
            walked = any(f == target or f.startswith(inside) for f in entered)
            if walked and _holds_manifest(top, target):
                found.add(target)
    return found


_LOCKED_MANIFESTS = {
    "poetry.lock": "pyproject.toml",
    "uv.lock": "pyproject.toml",
    "pdm.lock": "pyproject.toml",
    "Pipfile.lock": "Pipfile",
    "Gemfile.lock": "Gemfile",
    "composer.lock": "composer.json",
    "Cargo.lock": "Cargo.toml",
}
"""A lock file → the manifest it is resolved from, always kept beside it."""


def _unread_locked(top: str, tree: Tree) -> set[str]:
    """The folders below the root where the walk recorded a lock file whose manifest lies
    beside it on disk, yet named no manifest there: a `.gitignore` pattern names the manifest
    (a Python template's `pyproject.toml` line, kept in a root ignore list above a service
    folder that commits its Poetry project all the same). The lock resolved from it proves
    the manifest is the project's own, tracked whatever the ignore rule says."""
    named = {posixpath.dirname(path) or "." for path, _ in tree.manifests}
    found: set[str] = set()
    for path in tree.locks:
        folder = posixpath.dirname(path)
        manifest = _LOCKED_MANIFESTS.get(posixpath.basename(path))
        if not folder or folder in named or manifest is None:
            continue
        if os.path.isfile(os.path.join(top, *folder.split("/"), manifest)):
            found.add(folder)
    return found


def _prune(tree: Tree, folder: str) -> None:
    """Take out of `tree` what its walk named below `folder` (walked again on its own)."""
    inside = folder + "/"
    tree.manifests = [(p, m) for p, m in tree.manifests if not p.startswith(inside)]
    tree.side = [(p, o) for p, o in tree.side if not p.startswith(inside)]
    tree.locks = [p for p in tree.locks if not p.startswith(inside)]
    for owner in list(tree.sources):
        kept = [s for s in tree.sources[owner] if not s.path.startswith(inside)]
        if kept:
            tree.sources[owner] = kept
        else:
            del tree.sources[owner]
    for table in (tree.go_tests, tree.rust_files):
        for owner in list(table):
            table[owner] = [p for p in table[owner] if not p.startswith(inside)]
