"""ASP.NET Core receivers of callbacks that only log what they are sent.

An external service reporting back (a delivery status, a payment notice) is often answered by
a small Web SDK project of its own: a controller whose actions read the posted message, log
it and acknowledge it. When that project references no other project of the solution,
installs no data layer, store or broker, registers no service of its own, opens no client
of any kind, and its controllers take nothing but a logger, nothing it receives is kept or
passed on: it keeps no data and serves no client's data, so it is no backend (as a program
whose only routes serve operators). Telling so needs every line of the project, so its own
C# files are read whole (`consumer_hosts.own_sources`); a project too large to read, or one
mapping minimal-API routes (whose handlers may reach anything), is left alone.

A project reference its own code never names (no `using` of the other project's namespace,
no name qualified by it) lends nothing the receiver runs: what that project declares (an EF
context, a SQL client) is not the receiver's. A receiver may log through Serilog's static
`Log` rather than an injected logger, and list its own routes through the framework's
`IActionDescriptorCollectionProvider` (an operator's view of the routes, no data).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.consumer_hosts import aspnet_projects
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
    r"|\b(?!NoStore\b)\w*(?:Connection|DbContext|Producer|Publisher|Sender|Repository|Store)\b"
    r"|\bFile\.(?:Write|Append|Create|Copy|Move)\w*\s*\(|\bProcess\.Start\b"
    r"|\[FromServices\]|\.Map(?:Get|Post|Put|Patch|Delete|Methods|Fallback)\s*\("
)
"""Whatever lets a project keep or forward what it receives: a service of its own registered
(scoped, singleton, transient, an HTTP client, an EF context, a hosted service, a mediator,
a bus), a client, a connection, a context, a producer or a repository used, a file written,
a process started, a service injected into an action; or a minimal-API route, whose
handler may do any of these. `NoStore` is `[ResponseCache]`'s switch, not a store."""

_CONTROLLER = re.compile(r"\bclass[ \t]+(\w+)[ \t]*:[ \t]*(Controller|ControllerBase)\b")
"""A controller class of the project's own, and what it derives from: an API controller
(`ControllerBase`, no views) or one rendering views (`Controller`: a site's, which
`dotnet_sites` tells)."""

_LOGGER = re.compile(
    r"(?:I?Logger(?:<[\w.]+>)?|IActionDescriptorCollectionProvider|I(?:WebHost|Host)Environment)"
    r"[ \t]+\w+"
)
"""A constructor parameter that is a logger (`ILogger<DigitalPostController> logger`), or one
of the framework's own services that hold no data: the catalogue of the app's routes, the
hosting environment."""

_STATIC_LOG = re.compile(r"\bLog\.(?:Verbose|Debug|Information|Warning|Error|Fatal)\s*\(")
"""A call to Serilog's static logger (`Log.Information($"... received {data}")`)."""

_PROJECT_REFERENCE = re.compile(r"<ProjectReference\s+Include\s*=\s*\"([^\"]+)\"")
_ROOT_NAMESPACE = re.compile(r"<RootNamespace>\s*([\w.]+)\s*</RootNamespace>")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects that reference no other project, keep
    no data, reach nothing and whose API controllers take only loggers."""
    for unit, paths in aspnet_projects(top, units):
        if unit.no_web:
            continue
        texts = [blank_comments(read_text(top, path)[0] or "") for path in paths]
        unused = _unused_references(top, unit, texts)
        if unused is None or _keeps(unit, unused):
            continue
        logs = False
        for text in texts:
            if _REACHES.search(text):
                break
            for name, base in _CONTROLLER.findall(text):
                taken = _parameters(text, name)
                if base != "ControllerBase" or not all(map(_LOGGER.fullmatch, taken)):
                    break
                logs = logs or bool(taken) or bool(_STATIC_LOG.search(text))
            else:
                continue
            break
        else:
            # Controllers of an API, one at least taking a logger: what it is sent is logged.
            unit.no_web = logs


def _keeps(unit: Unit, unused: list[str]) -> bool:
    """Whether the project's own build or code declares a data layer, a store or a broker
    (a configuration file's engine, a Compose service beside the solution, is not its own, nor
    what a project in one of the `unused` folders, referenced but never named, declares)."""
    return any(
        s.kind in _KEEPS
        and s.strength is not Strength.DEV
        and not any(s.evidence.path.startswith(folder + "/") for folder in unused)
        for s in unit.signals.get("dotnet", [])
    )


def _unused_references(top: str, unit: Unit, texts: list[str]) -> list[str] | None:
    """The folders of the projects the project's build references that its own code (`texts`)
    never names by namespace; None when it names one (whose code may keep or forward what it
    receives) or a reference cannot be read."""
    unused: list[str] = []
    for path, eco, _ in unit.manifests:
        if eco != "dotnet" or not path.endswith(".csproj"):
            continue
        text = read_text(top, path)[0]
        if text is None:
            return None
        own = _namespace(path, text)
        # The project's own namespace may extend the other's (`App.Api` over `App`).
        code = [re.sub(rf"(?<![\w.]){re.escape(own)}(?!\w)", "", t) for t in texts]
        for include in _PROJECT_REFERENCE.findall(text):
            other = posixpath.normpath(
                posixpath.join(posixpath.dirname(path), include.replace("\\", "/"))
            )
            other_text = read_text(top, other)[0]
            if other_text is None or other.startswith("../"):
                return None
            name = re.escape(_namespace(other, other_text))
            if any(re.search(rf"(?<![\w.]){name}(?![\w])", t) for t in code):
                return None
            unused.append(posixpath.dirname(other))
    return unused


def _namespace(path: str, text: str) -> str:
    """The root namespace of the project at `path` (its `RootNamespace`, else its name)."""
    found = _ROOT_NAMESPACE.search(text)
    return found.group(1) if found else posixpath.basename(path).removesuffix(".csproj")


def _parameters(text: str, name: str) -> list[str]:
    """The parameters every constructor of the controller `name` in `text` takes."""
    return [
        part.strip()
        for found in re.finditer(rf"\b{name}[ \t]*\(([^)]*)\)[ \t\r\n]*[{{:]", text)
        for part in found.group(1).split(",")
        if part.strip()
    ]
