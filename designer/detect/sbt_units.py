"""Make each project a multi-project sbt build defines for a folder below its own a project
folder of the scan (`ManifestResult.projects`).

Such a folder has no build file, so the walk gave its code to the build's folder: the code
under it goes back to it, and what its definition declares becomes its manifest, so that the
server among a build's clients and connectors is told apart from the root that aggregates
them. A project enabling Play's sbt plugin (`.enablePlugins(PlayScala)`) is a Play application
at the release of the plugin the build adds in `project/plugins.sbt`.
"""

from __future__ import annotations

import os
import posixpath
from types import ModuleType

from designer.detect.signals import ManifestResult, Signal
from designer.detect.walker import PRUNED, Tree
from designer.model.stack import FindingKind


def expand(
    top: str,
    read: list[tuple[str, ModuleType, ManifestResult]],
    tree: Tree,
    side: list[tuple[str, str, str]],
) -> list[tuple[str, str, str]]:
    """Append to `read` one manifest per project defined for a folder below its build, as
    if a build file lay in that folder (its evidence still names the real one), move the code
    the walk gave the build's folder under it, and return the side files `side` lists
    (path, owner, text) with those under it given to it. A project whose folder the tree
    lacks or the walk prunes (generated sources under `target/`) is left out."""
    for path, module, result in list(read):
        build = posixpath.dirname(path) or "."
        plugin = _play_plugin(read, build)
        for sub, project in result.projects.items():
            if plugin is not None:
                # A project enabling Play's plugin runs the release the build adds.
                project.signals = [
                    plugin if s.name == "Play" and not s.version else s for s in project.signals
                ]
            folder = sub if build == "." else f"{build}/{sub}"
            if any(part in PRUNED or part.startswith(".") for part in folder.split("/")):
                continue
            if not os.path.isdir(os.path.join(top, *folder.split("/"))):
                continue
            read.append((f"{folder}/{posixpath.basename(path)}", module, project))
            inside = folder + "/"
            files = tree.sources.get(build)
            if files:
                tree.sources[build] = [s for s in files if not s.path.startswith(inside)]
                if moved := [s for s in files if s.path.startswith(inside)]:
                    tree.sources.setdefault(folder, []).extend(moved)
            side = [
                (p, folder if owner == build and p.startswith(inside) else owner, text)
                for p, owner, text in side
            ]
    return side


def _play_plugin(read: list[tuple[str, ModuleType, ManifestResult]], build: str) -> Signal | None:
    """The Play framework signal, with its release, of the sbt plugin the build adds in
    `project/` (`addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.9.10")`)."""
    inside = posixpath.join(build, "project") if build != "." else "project"
    for path, _, result in read:
        if posixpath.dirname(path) != inside:
            continue
        for signal in result.signals:
            if signal.name == "Play" and signal.kind is FindingKind.FRAMEWORK and signal.version:
                return signal
    return None
