""".NET: web projects kept in an archive folder that the solution no longer builds.

A solution rewritten in a new layout often keeps its former projects for reference in a folder
named for it (`src/_archive/Shop.Api`, `archived/Shop.Web`), each still a Web SDK project
with its `Program.cs`, settings and even its old Dockerfile. The solution file the repository
builds (`Shop.sln` above them) lists the new API and not them, and no Compose file, CI
workflow or script outside the folder names them: a leftover that nothing builds or calls any
more, no backend (HELDOUT.md), however much data its old code kept. It is marked
`Unit.no_web`.

Only a project in a folder whose name is an archive's (`archive`, `archived`, `_archive`,
`attic`, as a word of it) is judged, and only when a solution file in one of the folders above
it lists another ASP.NET Core project outside such folders while no solution there lists it.
A project some command, build or CI file outside its own folder names by its path stays (a
Compose service still building it), and so does every project of a repository with no
solution file (nothing tells what it builds).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.hand_servers import command_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_SOLUTIONS = (".sln", ".slnx")

_ARCHIVE = re.compile(r"(?:^|[-_.])(?:archived?|attic)(?:$|[-_.])", re.IGNORECASE)
"""A folder name marking its content archived, as a word of it."""


_PROJECT = re.compile(r"\"([^\"\n]+\.(?:cs|fs|vb)proj)\"", re.IGNORECASE)
"""A project's path as a solution writes it, relative to the solution's folder (a `.sln`'s
`Project(…) = "Name", "src\\Shop.Api\\Shop.Api.csproj"`, a `.slnx`'s `Path="…"`)."""


def _archived(unit: Unit) -> bool:
    return any(_ARCHIVE.search(part) for part in unit.folder.split("/"))


def _aspnet(unit: Unit) -> bool:
    return not unit.no_web and any(
        s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _projects(unit: Unit) -> list[str]:
    """The paths of the unit's own .NET project files."""
    return [path for path, ecosystem, _ in unit.manifests if ecosystem == LANGUAGE]


def _solutions(top: str, folder: str) -> list[set[str]]:
    """The projects each solution file in the folder and every folder above it lists: their
    paths from the top, lower-cased."""
    listed: list[set[str]] = []
    while True:
        try:
            names = sorted(os.listdir(os.path.join(top, *folder.split("/"))))
        except OSError:
            names = []
        for name in names:
            if name.lower().endswith(_SOLUTIONS):
                text = read_text(top, posixpath.normpath(posixpath.join(folder, name)))[0] or ""
                listed.append({
                    posixpath.normpath(posixpath.join(folder, path.replace("\\", "/"))).lower()
                    for path in _PROJECT.findall(text)
                })
        if folder == ".":
            return listed
        folder = posixpath.dirname(folder) or "."


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects in archive folders that no solution
    above them lists, when such a solution lists another ASP.NET Core project outside
    archive folders and no command file outside the project names its folder."""
    hosts = [u for u in units.values() if _aspnet(u)]
    live = [p for u in hosts if not _archived(u) for p in _projects(u)]
    commands: list[tuple[str, str]] | None = None
    for unit in hosts:
        if not _archived(unit) or unit.folder == ".":
            continue
        listed = set().union(*_solutions(top, posixpath.dirname(unit.folder) or "."))
        own = _projects(unit)
        if not own or any(result.tests_only for _, _, result in unit.manifests):
            continue
        if any(p.lower() in listed for p in own) or not any(p.lower() in listed for p in live):
            continue
        if commands is None:
            commands = command_files(top)
            if commands is None:
                return  # too many to read: nothing tells the folder is unbuilt
        inside = unit.folder + "/"
        if any(unit.folder in text for path, text in commands if not path.startswith(inside)):
            continue
        unit.no_web = True
