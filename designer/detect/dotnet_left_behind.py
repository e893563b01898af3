""".NET: web projects a solution's upgrade left behind, unlisted and on an older release.

A solution grows and sheds web projects: an API replaced by another is often kept in the tree,
its `Program.cs`, `Startup.cs` and controllers intact. When the solution was later moved to a
new .NET release, every project it builds was retargeted (`net8.0`) and the dropped one was
not (`net6.0`): the solution file above it (`Shop.sln`) lists the ASP.NET Core projects it
builds and not this one, no solution of its own lists it, and no Compose file, CI workflow or
script outside its folder names it. A leftover that nothing builds or calls any more, no
backend (HELDOUT.md), marked `Unit.no_web`.

`dotnet_archived` tells the same from an archive folder's name; here the folder says nothing,
so all three signs are required: unlisted by every solution in its folder and above it while
such a solution lists other ASP.NET Core projects, each of those on a newer shared-framework
release than it, and unnamed by any command file outside it. A repository with no solution
file, or whose listed hosts target the same release, keeps every project.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.dotnet_archived import LANGUAGE, _aspnet, _projects, _solutions
from designer.detect.ecosystems.dotnet import shared_release
from designer.detect.hand_servers import command_files


def _release(unit: Unit) -> tuple[int, ...] | None:
    """The shared-framework release the unit's project targets (`net8.0`: (8, 0)), or None."""
    for _, ecosystem, result in unit.manifests:
        if ecosystem == LANGUAGE:
            found = shared_release(result.language_version)
            if found:
                return tuple(int(part) for part in found.split("."))
    return None


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects no solution in or above their folder
    lists, when those solutions list other ASP.NET Core projects, all on a newer release, and
    no command file outside the project names its folder."""
    hosts = [u for u in units.values() if _aspnet(u) and u.folder != "."]
    commands: list[tuple[str, str]] | None = None
    for unit in hosts:
        own = _projects(unit)
        release = _release(unit)
        if not own or release is None or any(r.tests_only for _, _, r in unit.manifests):
            continue
        listed = set().union(*_solutions(top, unit.folder))
        if any(p.lower() in listed for p in own):
            continue
        others = [
            u for u in hosts
            if u is not unit and any(p.lower() in listed for p in _projects(u))
        ]
        releases = [_release(u) for u in others]
        if not others or any(r is None or r <= release for r in releases):
            continue
        if commands is None:
            commands = command_files(top)
            if commands is None:
                return  # too many to read: nothing tells the project is unbuilt
        inside = unit.folder + "/"
        name = posixpath.basename(unit.folder)
        if any(name in text for path, text in commands if not path.startswith(inside)):
            continue
        unit.no_web = True
