"""ASP.NET Core projects whose endpoints another application of the solution hosts.

A solution may grow a part of its API as a Web SDK project of its own — a reverse proxy for a
version-control protocol, say — keeping the `Program.cs` it was started with, which maps the
part's endpoints through an extension of its own (`app.MapSyncProxy()`). The API references
the project and maps the same extension in its own start-up (`app.MapSyncProxy(scheme)`): the
endpoints are served by the API's process, and the part's own entry point is what a developer
runs it alone with. Nothing ships it by itself (no Dockerfile, Procfile, Compose file or
deployment manifest in its folder: `hand_servers.deploys_itself`). It is a library of the API,
not one more backend (the mirror of `second_hosts`, where a second host starts another's
application). It is marked `Unit.no_web`.

Only a project whose own entry maps endpoints solely through such extensions is marked: every
`Map…` call of its own `Program.cs` or `Startup.cs` but the health checks' must be called in
the own code of an ASP.NET Core project referencing it, and its files must declare no
controller, page, hub or gRPC service class nor routing attribute. A project that ships by
itself, maps a route of its own (`MapGet`, `MapControllers`), or whose extensions no
referencing application calls, stays what it looks like.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.hand_servers import deploys_itself
from designer.detect.nonservices import module_names, module_uses
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_ENTRY_FILES = frozenset({"Program.cs", "Startup.cs"})

_MAP = re.compile(r"\.(Map\w*)\s*[<(]")
"""An endpoint mapping called in code (`app.MapSyncProxy(`, `app.MapGet(`)."""

_HEALTH = frozenset({"MapHealthChecks", "MapDefaultEndpoints"})
"""Mappings of the probes an orchestrator calls, which serve no client."""

_BUILT_IN = re.compile(
    r"^Map(?:Get|Post|Put|Patch|Delete|Methods|Group|Controllers|ControllerRoute|"
    r"DefaultControllerRoute|AreaControllerRoute|Hub|Grpc\w*|GraphQL\w*|Fallback\w*|"
    r"RazorPages|Razor\w*Components|Blazor\w*|ReverseProxy|Static\w*|OpenApi|Swagger\w*|"
    r"Scalar\w*|Mcp|Identity\w*|Carter|FastEndpoints)$"
)
"""ASP.NET Core's and common libraries' own mappings: a route of the project itself."""

_OWN_CLASSES = re.compile(
    r"\[(?:ApiController|Route|Http(?:Get|Post|Put|Patch|Delete))\b"
    r"|:\s*(?:Controller|ControllerBase|Hub|PageModel|ComponentBase)\b"
)
"""A controller, hub or page class, or a routing attribute, in the project's files."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Web SDK projects an ASP.NET Core application of the tree
    references and whose every endpoint it maps through the project's own extensions."""
    hosts = [u for u in units.values() if _aspnet(u)]
    for unit in hosts:
        if unit.no_web or unit.folder == "." or deploys_itself(top, unit.folder):
            continue
        names = module_names(unit, LANGUAGE)
        users = [h for h in hosts if h is not unit and names & module_uses(h, LANGUAGE)]
        if not names or not users:
            continue
        texts = _texts(top, unit, units)
        if texts is None or any(_OWN_CLASSES.search(t) for _, t in texts):
            continue
        maps = {
            m.group(1)
            for path, text in texts
            if posixpath.basename(path) in _ENTRY_FILES
            for m in _MAP.finditer(text)
        } - _HEALTH
        if not maps or any(_BUILT_IN.match(name) for name in maps):
            continue
        for user in users:
            theirs = _texts(top, user, units)
            if theirs and maps <= {m.group(1) for _, t in theirs for m in _MAP.finditer(t)}:
                unit.no_web = True
                break


def _aspnet(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _texts(top: str, unit: Unit, units: dict[str, Unit]) -> list[tuple[str, str]] | None:
    """The project's own C# files and their comment-blanked text; None when it has none or
    too many to read whole."""
    paths = own_sources(top, unit, units)
    if not paths:
        return None
    return [(p, blank_comments(read_text(top, p)[0] or "")) for p in paths]
