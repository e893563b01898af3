"""A project of an sbt build whose program is a batch job, its web framework only a client.

A multi-project sbt build often keeps, beside its server, a program of another kind: an
indexer or importer whose own `def main` runs its work and ends. Its definition may declare
the build's HTTP toolkit (Pekko HTTP, Akka HTTP) for the requests it makes, and depend on the
same modules as the server (`.dependsOn(infra)`), whose own code may call other services with
that toolkit's client too. It binds no server: neither its own main sources nor those of the
projects it depends on at run time bind one (`Http().newServerAt(…)`, `.bindFlow(routes)`, an
http4s server builder, …). Such a project serves nothing (`Unit.no_web`).

A project whose code (or a module's it runs with) binds a server stays an application, and so
does one keeping no main of its own (a Play application, which its framework starts).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.inheritance import build_root
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ENDINGS = (".scala",)

MAX_FILES = 300
"""Main source files read per project at most: a larger tree is left alone."""

MAIN = re.compile(
    r"\bdef[ \t]+main[ \t]*\([ \t]*\w+[ \t]*:[ \t]*Array\b|\bextends[ \t]+(?:App|IOApp)\b"
)
"""A program's own entry point (`def main(args: Array[String])`, `object Job extends App`)."""

BINDS = re.compile(
    r"\.(?:newServerAt|bindAndHandle\w*|bindFlow|bindSync)[ \t]*\("
    r"|\bHttp\(\)[ \t]*\.bind[ \t]*\("
    r"|\b(?:Ember|Blaze|Netty|Jetty)ServerBuilder\b"
    r"|\bServer\.(?:serve|start|install)\b"
    r"|\bextends[ \t]+(?:HttpServer|cask\.Main\w*|Scalatra\w*|HttpApp)\b"
)
"""Code binding an HTTP server (Pekko's and Akka's `Http()` binds, http4s' builders, ZIO
HTTP's `Server.serve`, Finatra's, Cask's and Scalatra's bases)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the sbt projects declaring a web framework whose own main sources
    keep a main and neither they nor those of the projects they run with bind a server."""
    for unit in units.values():
        if unit.no_web or unit.deployable or not _framework(unit):
            continue
        uses = used_folders(top, unit, units)
        if uses is None:
            continue
        own = main_sources(top, unit.folder)
        if not own or not any(MAIN.search(text) for text in own):
            continue
        if any(BINDS.search(text) for text in own):
            continue
        if any(BINDS.search(text) for folder in uses for text in main_sources(top, folder) or ()):
            continue
        unit.no_web = True


def _framework(unit: Unit) -> bool:
    return any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get("scala", []))


def used_folders(top: str, unit: Unit, units: dict[str, Unit]) -> list[str] | None:
    """The folders of the projects of its build the project depends on (`ManifestResult.uses`,
    project paths from the build's folder); None when the unit is no project that a build
    above its folder defines (its build file is the build's, given to it by `sbt_units`)."""
    projects = [
        result
        for path, eco, result in unit.manifests
        if eco == "scala"
        and path.endswith(".sbt")
        and not os.path.isfile(os.path.join(top, *path.split("/")))
    ]
    if not projects or unit.folder == ".":
        return None
    build = build_root(unit, units, "scala")
    return [
        posixpath.normpath(posixpath.join(build, use[1:].replace(":", "/")))
        for result in projects
        for use in result.uses
        if use.startswith(":")
    ]


def main_sources(top: str, folder: str) -> list[str] | None:
    """The texts of the project's main sources; None when there are none or too many."""
    paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
    if not paths:
        return None
    return [read_text(top, path)[0] or "" for path in paths]
