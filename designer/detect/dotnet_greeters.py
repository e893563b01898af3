"""ASP.NET Core projects whose only handler is the empty template's greeting: a leftover.

`dotnet new web` makes a project on the Web SDK whose pipeline answers every request with a
constant text: `app.Run(async (context) => await context.Response.WriteAsync("Hello
World!"))` in the Startup of ASP.NET Core 2 and 3, `app.MapGet("/", () => "Hello World!")` in
the Program of 6 and later. A solution's project made so and then used for something else
(the entity classes the others reference) keeps that greeting as its only route: whatever
packages it references (EF Core for those entities), it serves nothing of them, and nothing of
the product calls it. It is a starter left as generated (`Unit.unused`, HELDOUT.md: a leftover
nothing builds or calls), which `monorepo.backends` sets aside beside the solution's other
services. Every C# file of the project is read (`dotnet_sources.own_sources`), and anything
else that could serve — a controller, a page, a hub, another mapped route or terminal handler,
a middleware, MVC, Razor, SignalR, gRPC or a proxy registered — keeps it. So does a job server
started in the project's own process (`AddHangfireServer`, `UseHangfireServer`): the starter was
made into a job host, and `job_hosts` judges that by its data (one registering the application's
database context keeps data of its own and stays a backend, HELDOUT.md).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.job_hosts import JOB_SERVER
from designer.detect.walker import read_text

MAX_FILES = 60
"""C# files read per project at most: a template's leftover has a handful."""

_HELLO = r"\"Hello,?\s*World!?\""
"""The template's text, as `dotnet new web` writes it."""

_GREETING = re.compile(
    r"\.Run\s*\(\s*async\s*\(?\s*\w+\s*\)?\s*=>\s*\{?\s*await\s+\w+\.Response\.WriteAsync\s*"
    rf"\(\s*{_HELLO}\s*\)\s*;?\s*\}}?\s*\)"
    rf"|\.MapGet\s*\(\s*\"/\"\s*,\s*\(\s*\)\s*=>\s*{_HELLO}\s*\)",
    re.IGNORECASE,
)
"""The template's only handler: every request answered with its "Hello World!" (a project
answering another constant text, a placeholder page of its own, is left alone)."""

_SERVES = re.compile(
    r"\.Map\w*\s*[<(]"
    r"|\.Run\s*\(\s*(?:async\b|\(|\w+\s*=>)"
    r"|\.Use\s*\("
    r"|\.Use(?:Mvc|Endpoints|Spa|StaticFiles|FileServer|DefaultFiles|Middleware|Ocelot|"
    r"ReverseProxy|WebSockets|GraphQL|Grpc)\w*\s*[<(]"
    r"|\bAdd(?:Controllers|Mvc|RazorPages|RazorComponents|SignalR|Grpc|ReverseProxy|Ocelot|"
    r"GraphQL)\w*\s*[<(]"
    r"|\bclass\s+\w+[^{;]*?:\s*(?:Controller|ControllerBase|PageModel|Hub|ComponentBase)\b"
)
"""Anything else that serves a request: a route mapped, a terminal handler or a middleware of
the project's own (`app.Use(async (ctx, next) => …)`, `UseMiddleware<…>`), MVC, Razor,
SignalR, gRPC, GraphQL or a proxy registered, a controller, page, hub or component."""

_VIEW_ENDINGS = (".cshtml", ".razor")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the ASP.NET Core projects whose only handler is the template's
    constant greeting."""
    for unit, paths in aspnet_projects(top, units, MAX_FILES):
        if unit.unused or unit.deployable:
            continue
        texts = [read_text(top, path)[0] or "" for path in paths]
        if not any(_GREETING.search(text) for text in texts):
            continue
        # A job server of its own makes the project a job host, not a starter left as made.
        if any(JOB_SERVER.search(text) for text in texts):
            continue
        if any(_SERVES.search(_GREETING.sub("", text)) for text in texts):
            continue
        unit.unused = True
