"""A second ASP.NET Core host of an application another project of the solution builds.

A solution may keep, beside its API's Web SDK project, another Web SDK project that references
it and starts the same application differently: authentication turned off for front-end work on
a developer's machine, an in-memory identity store, a host for end-to-end tests. Its own code
builds the host (`WebApplication.CreateBuilder`, `AddControllers`, `MapControllers`) and
declares no route: every controller it maps is the referenced project's. It is that
application run another way, not one more backend (`Unit.no_web`).

Only a project that references an ASP.NET Core application of the tree with a start of its own
and routes of its own is read; its own C# files are read whole (`dotnet_sources.own_sources`),
and one too large to read is left alone. A host declaring any route or page of its own stays
what it looks like: an application that also serves another's controllers.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import module_names, module_uses
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_WEB_SDK = "Microsoft.NET.Sdk.Web"

OWN_ROUTE = re.compile(
    r"\[(?:ApiController|Route|Http(?:Get|Post|Put|Patch|Delete))\b"
    r"|:\s*(?:Controller|ControllerBase|Hub|PageModel|ComponentBase)\b"
    r"|\.Map(?:Get|Post|Put|Patch|Delete|Methods|Group|Hub|Grpc\w*|GraphQL\w*|Fallback\w*"
    r"|RazorPages|Razor\w*Components|Blazor\w*|ReverseProxy)\s*[<(]"
    r"|\bICarterModule\b|:\s*Endpoint(?:WithoutRequest)?\b|\bUse(?:Ocelot|FastEndpoints)\b"
)
"""A route or page declared in the project's own code: a controller, hub or page model class,
a routing attribute, a minimal-API route or group, GraphQL, gRPC, Razor pages or components, a
reverse proxy, Carter or FastEndpoints modules. `MapControllers()` alone maps the controllers
of whatever assemblies the host loads: here, the referenced application's."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Web SDK projects that reference another ASP.NET Core
    application of the tree, started and routed in its own code, and declare no route of
    their own."""
    apps = [u for u in units.values() if _web_sdk(u) and not u.no_web]
    routed: dict[str, bool | None] = {}
    for unit in apps:
        uses = module_uses(unit, LANGUAGE)
        targets = [
            other
            for other in apps
            if other is not unit
            and module_names(other, LANGUAGE) & uses
            and has_entry_point(other)
        ]
        if not targets or _routes(top, unit, units, routed) is not False:
            continue
        if any(_routes(top, target, units, routed) for target in targets):
            unit.no_web = True


def _web_sdk(unit: Unit) -> bool:
    """Whether the unit's project is built on the Web SDK (not a test project's)."""
    return any(
        s.kind is FindingKind.FRAMEWORK
        and s.name == "ASP.NET Core"
        and s.evidence.path.endswith(PROJECT_ENDINGS)
        and _WEB_SDK in s.evidence.text
        and not any(
            r.tests_only or r.library for p, _, r in unit.manifests if p.endswith(PROJECT_ENDINGS)
        )
        for s in unit.signals.get(LANGUAGE, [])
    )


def _routes(
    top: str, unit: Unit, units: dict[str, Unit], seen: dict[str, bool | None]
) -> bool | None:
    """Whether the project's own C# files declare a route; None when it has none or too many
    to read whole."""
    if unit.folder not in seen:
        paths = own_sources(top, unit, units)
        found: bool | None = None
        if paths:
            found = False
            for path in paths:
                text = read_text(top, path)[0] or ""
                if OWN_ROUTE.search(text) and OWN_ROUTE.search(blank_comments(text)):
                    found = True
                    break
        seen[unit.folder] = found
    return seen[unit.folder]
