"""ASP.NET Core receivers of callbacks that only log what they are sent.

An external service reporting back (a delivery status, a payment notice) is often answered by
a small Web SDK project of its own: a controller whose actions read the posted message, log
it and acknowledge it. When that project uses no other project of the solution (references
none, or imports no namespace of those it references: a data library it was scaffolded
beside), installs no data layer, store or broker, registers no service of its own, opens no
client of any kind, and its controllers take nothing but a logger or ASP.NET Core's own
services (the routes' descriptions, the environment), logging what they are sent (a logger
taken, Serilog's static `Log`), nothing it receives is kept or passed on: it keeps no data and
serves no client's data, so it is no backend (a stub, as HELDOUT.md settled in session 34).
Telling so needs every line of the project, so its own
C# files are read whole (`dotnet_sources.own_sources`); a project too large to read, or one
mapping minimal-API routes (whose handlers may reach anything), is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import aspnet_projects, own_sources
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import DATA_KINDS, used_modules
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
handler may do any of these."""

_CONTROLLER = re.compile(r"\bclass[ \t]+(\w+)[ \t]*:[ \t]*(Controller|ControllerBase)\b")
"""A controller class of the project's own, and what it derives from: an API controller
(`ControllerBase`, no views) or one rendering views (`Controller`: a site's, which
`dotnet_sites` tells)."""

_LOGGER = re.compile(r"I?Logger(?:<[\w.]+>)?[ \t]+\w+")
"""A constructor parameter that is a logger (`ILogger<DigitalPostController> logger`)."""

_HOST_SERVICE = re.compile(
    r"I(?:ActionDescriptorCollectionProvider|WebHostEnvironment|HostEnvironment"
    r"|HostingEnvironment|Configuration)[ \t]+\w+"
)
"""A constructor parameter that is one of ASP.NET Core's own services, which keeps nothing it
is given: the routes' descriptions (a controller listing its routes), the environment, the
configuration."""

_STATIC_LOG = re.compile(r"\bLog\.(?:Information|Warning|Error|Debug|Verbose|Fatal|Write)\s*\(")
"""A call of Serilog's static logger (`Log.Information($"… received {data}")`): what is sent
is logged without a logger taken."""

_USING = re.compile(
    r"^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?([\w.]+)[ \t]*;",
    re.MULTILINE,
)
"""A `using` directive and the namespace (or type) it names."""

_NAMESPACE = re.compile(r"^[ \t]*namespace[ \t]+([\w.]+)", re.MULTILINE)
"""A namespace a C# file declares (block-scoped or file-scoped)."""

_TYPE = re.compile(r"\b(?:class|interface|record|struct|enum)[ \t]+([A-Za-z_]\w*)")
"""A type a C# file declares."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects that reference no other project, keep
    no data, reach nothing and whose API controllers take only loggers."""
    for unit, paths in aspnet_projects(top, units):
        if unit.no_web or _keeps(unit):
            continue
        texts = [blank_comments(read_text(top, path)[0] or "") for path in paths]
        if _references(top, unit) and _uses_references(top, unit, units, texts):
            continue
        logs = False
        for text in texts:
            if _REACHES.search(text):
                break
            for name, base in _CONTROLLER.findall(text):
                taken = _parameters(text, name)
                if base != "ControllerBase" or not all(
                    _LOGGER.fullmatch(p) or _HOST_SERVICE.fullmatch(p) for p in taken
                ):
                    break
                logs = (
                    logs
                    or any(map(_LOGGER.fullmatch, taken))
                    or bool(_STATIC_LOG.search(text))
                )
            else:
                continue
            break
        else:
            # Controllers of an API, one at least logging (a logger taken, Serilog's static
            # one called): what it is sent is logged.
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
        if eco == "dotnet" and path.endswith(PROJECT_ENDINGS):
            text = read_text(top, path)[0]
            if text is None or "<ProjectReference" in text:
                return True
    return False


def _uses_references(top: str, unit: Unit, units: dict[str, Unit], texts: list[str]) -> bool:
    """Whether the project's code uses a project it references: a `using` of a namespace that
    project declares, or a name qualified by one (`Acme.Data.AnalyticsContext`), its own
    namespaces set apart (`Acme.Api.Controllers` is not the referenced `Acme`'s). A library
    referenced and never used (a solution's data library an API project was scaffolded
    beside, its context registered nowhere) gives the project nothing to keep or forward
    with; one whose files cannot all be read counts as used."""
    own = {name for text in texts for name in _NAMESPACE.findall(text)}
    theirs: set[str] = set()
    # Types declared in a namespace enclosing the project's own are seen unqualified there.
    enclosing: set[str] = set()
    for other in used_modules(unit, units, "dotnet"):
        paths = own_sources(top, other, units)
        if not paths:
            return True
        for path in paths:
            text = read_text(top, path)[0] or ""
            declared = set(_NAMESPACE.findall(text))
            theirs |= declared
            if any(o.startswith(f"{d}.") for d in declared for o in own):
                enclosing.update(_TYPE.findall(text))
    theirs -= own
    if not theirs:
        return True  # nothing told: the reference may be used
    if enclosing and re.search(r"\b(?:" + "|".join(sorted(enclosing)) + r")\b", "\n".join(texts)):
        return True
    for text in texts:
        if any(name in theirs for name in _USING.findall(text)):
            return True
        for namespace in theirs:
            for found in re.finditer(rf"\b{re.escape(namespace)}\.(\w+)", text):
                if f"{namespace}.{found.group(1)}" not in own and not any(
                    o.startswith(f"{namespace}.{found.group(1)}.") for o in own
                ):
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
