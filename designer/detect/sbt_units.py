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

from designer.detect.ecosystems import sbt_project_methods, sbt_projects, scala
from designer.detect.signals import Lines, ManifestResult, Signal
from designer.detect.walker import PRUNED, Source, Tree, read_text, walk
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
    _reparse(top, read)
    defined: set[str] = set()
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
            defined.add(folder)
            inside = folder + "/"
            files = tree.sources.get(build)
            if files:
                tree.sources[build] = [s for s in files if not s.path.startswith(inside)]
                if moved := [s for s in files if s.path.startswith(inside)]:
                    tree.sources.setdefault(folder, []).extend(moved)
            _own_quota(top, folder, tree)
            side = [
                (p, folder if owner == build and p.startswith(inside) else owner, text)
                for p, owner, text in side
            ]
    _drop_nested_meta_builds(read, defined)
    return side


def _drop_nested_meta_builds(
    read: list[tuple[str, ModuleType, ManifestResult]], defined: set[str]
) -> None:
    """Leave out the build definition (`project/plugins.sbt`, `project/*.scala`) of a folder
    an enclosing build defines as one of its projects (`defined`): sbt reads only the root
    build's `project/`, so a subproject's own is a relic of the days it was built alone (an
    older Play plugin than the one the build adds), not what it runs on."""
    read[:] = [
        (path, module, result)
        for path, module, result in read
        if not (
            module is scala
            and posixpath.basename(posixpath.dirname(path)) == "project"
            and posixpath.dirname(posixpath.dirname(path)) in defined
        )
    ]


def _reparse(top: str, read: list[tuple[str, ModuleType, ManifestResult]]) -> None:
    """Read again, with the helpers its build definition's Scala files define, each
    `build.sbt` whose projects a helper of another file makes (`lazy val api =
    utils.mkModule("explorer-api")`, `def mkModule(id: String) = Project(id,
    file(s"modules/$id"))` in project/utils.scala) or call a method those files add to
    `Project` (`.withExecutableSettings(…)`): the parser reads one file at a time."""
    helpers: dict[str, tuple[sbt_projects.Helpers, sbt_project_methods.Methods]] = {}
    for path, module, _ in read:
        build = posixpath.dirname(path) or "."
        if module is not scala or not path.endswith(".sbt") or build in helpers:
            continue
        # The file holding them is named for no dependency (`project/utils.scala`), so the
        # walk did not name it: the build definition's folder is listed here.
        parts = build.split("/") if build != "." else []
        inside = os.path.join(top, *parts, "project")
        try:
            names = sorted(n for n in os.listdir(inside) if n.endswith(".scala"))
        except OSError:
            continue
        found: sbt_projects.Helpers = {}
        methods: sbt_project_methods.Methods = {}
        for name in names:
            relative = posixpath.join(build, "project", name) if build != "." else f"project/{name}"
            text, _ = read_text(top, relative)
            if text is not None and "def " in text and "file(" in text:
                found.update(sbt_projects.outside_helpers(text.split("\n")))
            if text is not None and "implicit" in text and "Project" in text:
                methods.update(sbt_project_methods.methods(text.split("\n")))
        helpers[build] = (found, methods)
    for index, (path, module, _) in enumerate(read):
        outside, methods = helpers.get(posixpath.dirname(path) or ".", ({}, {}))
        if module is scala and path.endswith(".sbt") and (outside or methods):
            text, _ = read_text(top, path)
            if text is not None:
                read[index] = (path, module, scala.parse(Lines(path, text), outside, methods))


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


def _own_quota(top: str, folder: str, tree: Tree) -> None:
    """Add to the sources of the project `folder` those a walk of that folder alone names.

    The tree's walk found no build file there, so the folder's files were named on the quota
    of the build's folder, which the root's own files and every other project's share: in a
    large build the code binding a project's server is seldom among them. Its own walk names
    them as a project of its own would have had them named (nested projects keep theirs)."""
    found = walk(os.path.join(top, *folder.split("/"))).sources.get(".")
    if not found:
        return
    listed = tree.sources.setdefault(folder, [])
    known = {s.path for s in listed}
    for source in found:
        path = f"{folder}/{source.path}"
        if path not in known:
            known.add(path)
            listed.append(Source(path, source.is_test, source.is_entry))
    listed.sort(key=lambda s: (not s.is_entry, s.path.count("/"), s.path))
