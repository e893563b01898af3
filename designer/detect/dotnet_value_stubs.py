"""ASP.NET Core API projects whose only controller is the Web API template's sample: a stub.

`dotnet new webapi` (ASP.NET Core 2.x) makes a `ValuesController` answering constants —
`GET api/values` returns `new string[] { "value1", "value2" }`, `GET api/values/5` returns
`"value"`, and its POST, PUT and DELETE do nothing. A solution's API project kept as generated,
its real work done by another project (the web application registering the database), serves
nothing of the product even when a pipeline publishes it: a stub (HELDOUT.md), a starter left
as generated (`Unit.unused`), which `monorepo.backends` sets aside beside the solution's other
services. Every C# file of the project is read (`dotnet_sources.own_sources`): it counts only
when every controller in it is that sample, and nothing else serves (a page, a hub, a mapped
route or terminal handler, a gRPC service) nor opens a store (a database context registered).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.walker import read_text

MAX_FILES = 60
"""C# files read per project at most: a template's leftover has a handful."""

_SAMPLE = re.compile(r"\"value1\"\s*,\s*\"value2\"")
"""The template's constant answer (`new string[] { "value1", "value2" }`)."""

_CONTROLLER = re.compile(r"\bclass\s+(\w+)[^{;]*?:\s*(?:Controller|ControllerBase|ApiController)\b")
"""A controller class and its name."""

_OTHERS = re.compile(
    r"\.Map(?:Get|Post|Put|Delete|Patch|Methods|Group|Grpc\w*|Hub|RazorPages|Fallback\w*)\s*[<(]"
    r"|\.Run\s*\(\s*(?:async\b|\(|\w+\s*=>)"
    r"|\.Use\s*\(\s*(?:async\b|\()"
    r"|\bAdd(?:RazorPages|SignalR|Grpc|ReverseProxy|Ocelot|GraphQL)\w*\s*[<(]"
    r"|\bclass\s+\w+[^{;]*?:\s*(?:PageModel|Hub|ComponentBase)\b"
    r"|\bAdd(?:DbContext\w*|EntityFramework\w*)\s*[<(]|\bUse(?:SqlServer|Npgsql|MySql|Sqlite)\s*\("
)
"""Anything else that serves a request or opens a store: a route mapped, a terminal handler or
an inline middleware, Razor Pages, SignalR, gRPC, GraphQL or a proxy registered, a page, hub or
component, a database context registered."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the ASP.NET Core projects whose only controller is the Web API
    template's sample."""
    for unit, paths in aspnet_projects(top, units, MAX_FILES):
        if unit.unused:
            continue
        texts = [read_text(top, path)[0] or "" for path in paths]
        controllers = [
            (match.group(1), text) for text in texts for match in _CONTROLLER.finditer(text)
        ]
        if not controllers or any(
            name != "ValuesController" or not _SAMPLE.search(text) for name, text in controllers
        ):
            continue
        if any(_OTHERS.search(text) for text in texts):
            continue
        unit.unused = True
