"""ASP.NET Core receivers of callbacks that only log what they are sent.

An external service reporting back (a delivery status, a payment notice) is often answered by
a small Web SDK project of its own: a controller whose actions read the posted message, log
it and acknowledge it. When that project references no other project of the solution,
installs no data layer, store or broker, registers no service of its own, opens no client
of any kind, and its controllers take nothing but a logger, nothing it receives is kept or
passed on: it keeps no data and serves no client's data, so it is no backend (as a program
whose only routes serve operators). Telling so needs every line of the project, so its own
C# files are read whole (`dotnet_sources.own_sources`); a project too large to read, or one
mapping minimal-API routes (whose handlers may reach anything), is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import DATA_KINDS
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_KEEPS = DATA_KINDS | {FindingKind.BROKER}
"""What the project would keep or pass data on with: a data layer, a store, a broker."""

_REACHES = re.compile(
    r"\bAdd(?:Scoped|Singleton|Transient|HttpClient|DbContext\w*|HostedService|MediatR"
    r"|MassTransit|SignalR|Grpc|StackExchangeRedisCache)\b"
    r"|\bI?HttpClient(?:Factory)?\b|\bWebClient\b|\bWebRequest\b|\bRestClient\b"
    r"|\b\w*(?:Connection|DbContext|Producer|Publisher|Sender|Repository|Store)\b"
    r"|\bFile\.(?:Write|Append|Create|Copy|Move)\w*\s*\(|\bProcess\.Start\b"
    r"|\[FromServices\]|\.Map(?:Get|Post|Put|Patch|Delete|Methods|Fallback)\s*\("
)
"""Whatever lets a project keep or forward what it receives: a service of its own registered
(scoped, singleton, transient, an HTTP client, an EF context, a hosted service, a mediator,
a bus), a client, a connection, a context, a producer or a repository used, a file written,
a process started, a service injected into an action; or a minimal-API route, whose
handler may do any of these."""

_CONTROLLER = re.compile(r"\bclass[ \t]+(\w+)[ \t]*:[ \t]*(Controller|ControllerBase)\b")
"""A controller class of the project's own, and what it derives from: an API controller
(`ControllerBase`, no views) or one rendering views (`Controller`: a site's, which
`dotnet_sites` tells)."""

_LOGGER = re.compile(r"I?Logger(?:<[\w.]+>)?[ \t]+\w+")
"""A constructor parameter that is a logger (`ILogger<DigitalPostController> logger`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects that reference no other project, keep
    no data, reach nothing and whose API controllers take only loggers."""
    for unit, paths in aspnet_projects(top, units):
        if unit.no_web or _keeps(unit) or _references(top, unit):
            continue
        logs = False
        for path in paths:
            text = blank_comments(read_text(top, path)[0] or "")
            if _REACHES.search(text):
                break
            for name, base in _CONTROLLER.findall(text):
                taken = _parameters(text, name)
                if base != "ControllerBase" or not all(map(_LOGGER.fullmatch, taken)):
                    break
                logs = logs or bool(taken)
            else:
                continue
            break
        else:
            # Controllers of an API, one at least taking a logger: what it is sent is logged.
            unit.no_web = logs


def _keeps(unit: Unit) -> bool:
    """Whether the project's own build or code declares a data layer, a store or a broker
    (a configuration file's engine, a Compose service beside the solution, is not its own)."""
    return any(
        s.kind in _KEEPS and s.strength is not Strength.DEV
        for s in unit.signals.get("dotnet", [])
    )


def _references(top: str, unit: Unit) -> bool:
    """Whether the project's build references another project of the solution (whose code
    may keep or forward what it receives)."""
    for path, eco, _ in unit.manifests:
        if eco == "dotnet" and path.endswith(".csproj"):
            text = read_text(top, path)[0]
            if text is None or "<ProjectReference" in text:
                return True
    return False


def _parameters(text: str, name: str) -> list[str]:
    """The parameters every constructor of the controller `name` in `text` takes."""
    return [
        part.strip()
        for found in re.finditer(rf"\b{name}[ \t]*\(([^)]*)\)[ \t\r\n]*[{{:]", text)
        for part in found.group(1).split(",")
        if part.strip()
    ]
