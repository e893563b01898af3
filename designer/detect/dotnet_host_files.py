"""The C# file that builds an ASP.NET Core project's web host, read when the walk left it out.

A Web SDK project usually builds its host in `Program.cs` or `Startup.cs`, names the walk
reads. One run as an operating-system service starts a service class there instead (Topshelf's
`HostFactory.Run(x => x.Service<WebHostService>(…))`, a Windows service's `ServiceBase.Run`),
and that class, in a folder of its own (`ServiceHost/WebHostService.cs`), builds and runs the
web host (`WebHost.CreateDefaultBuilder().UseStartup<Startup>()…Build()`). The walk names only
the shallowest files of a project (`walker.MAX_SOURCES`), and the controllers beside it fill
that quota first: the project shows ASP.NET Core in its project file and nowhere started, and
a design-time stub elsewhere in the solution that does build a host is taken for the
application.

So, for a Web SDK project whose framework no read file starts, its own C# files
(`dotnet_sources.own_sources`) are looked through for the host being built, and the few files
building it are read with every rule, as the walk would have read them under an entry name.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS, WEB_HOST_BUILT
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.signals import Strength
from designer.detect.walker import Source, read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_WEB_SDK = re.compile(r"<Project\s+Sdk\s*=\s*\"Microsoft\.NET\.Sdk\.Web\"", re.IGNORECASE)
"""A project file on the Web SDK: a project made to serve."""

_BUILT = re.compile(WEB_HOST_BUILT)

MAX_FILES = 2
"""Host-building files read per project at most: a host is built in one place."""


def sources(
    top: str, units: dict[str, Unit], walked: dict[str, list[Source]]
) -> dict[str, list[Source]]:
    """Per folder, the C# files building the web host of a Web SDK project whose framework no
    file the walk named starts."""
    found: dict[str, list[Source]] = {}
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core" for s in signals):
            continue
        if any(s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY for s in signals):
            continue  # started where the walk looked
        if not _web_sdk(top, unit):
            continue
        named = {s.path for s in walked.get(unit.folder, ())}
        extra = [
            path
            for path in own_sources(top, unit, units)
            if path not in named and _BUILT.search(blank_comments(read_text(top, path)[0] or ""))
        ]
        if extra:
            found[unit.folder] = [Source(path, False, False) for path in extra[:MAX_FILES]]
    return found


def _web_sdk(top: str, unit: Unit) -> bool:
    """Whether the unit's one project file is on the Web SDK."""
    projects = [path for path, _, _ in unit.manifests if path.endswith(PROJECT_ENDINGS)]
    if len(projects) != 1:
        return False
    return bool(_WEB_SDK.search(read_text(top, projects[0])[0] or ""))
