"""ASP.NET Core servers that serve no HTTP API: they only hand connections to WebSocket.

A product may keep, beside its API, a small Web SDK project that relays WebSocket streams
between two other programs (a remote-control viewer and the agent on the device): its
`Program.cs` maps a health check and one endpoint of its own extension
(`app.MapWebSocketRelay("/relay")`), defined in a library of the solution whose body only
turns WebSocket on and hands the connection to a middleware (`UseWebSockets()`,
`UseMiddleware<…>()`, `AcceptWebSocketAsync`). Such a project, keeping no data, serves no
client an HTTP API: no framework backend, as a Node server that only takes the connections'
upgrade is none (`upgrades`). It is marked `Unit.no_web`.

Only a project whose every endpoint is a health check or such an extension is marked: a route,
controller, hub, page or gRPC service of its own (`second_hosts.OWN_ROUTE`), a mapping whose
definition cannot be found in the project or the projects it references, or whose file also
declares routes, leaves it a backend. So does a data layer or store of its own.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.consumer_hosts import CLIENT_ENDPOINT
from designer.detect.dotnet_sources import aspnet_projects, referenced_texts
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import DATA_KINDS
from designer.detect.second_hosts import OWN_ROUTE
from designer.detect.walker import read_text

_MAPPING = re.compile(r"\.Map(\w*)\s*\(")
"""An endpoint mapping called in the project's code, its name after `Map` captured."""

_STATIC = re.compile(r"\bstatic\b")

_DECLARATION = 400
"""Characters of a method's declaration read before its name (modifiers, return type)."""

_SOCKET = re.compile(r"\bUseWebSockets\s*\(|\bAcceptWebSocketAsync\s*\(|\bIsWebSocketRequest\b")
"""WebSocket turned on for a branch of the pipeline, or a connection taken as a WebSocket."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects keeping no data whose every endpoint is a
    health check or an extension of theirs that only hands the connection to WebSocket."""
    for unit, paths in aspnet_projects(top, units):
        if unit.no_web or any(
            s.kind in DATA_KINDS for found in unit.signals.values() for s in found
        ):
            continue
        texts = [blank_comments(read_text(top, path)[0] or "") for path in paths]
        if any(OWN_ROUTE.search(text) for text in texts):
            continue
        names: set[str] = set()
        served = False
        for text in texts:
            for match in CLIENT_ENDPOINT.finditer(text):
                mapping = _MAPPING.match(match.group(0))
                if mapping is None or not mapping.group(1):
                    served = True  # middleware routing to endpoints, controllers, a hub
                    break
                names.add(mapping.group(1))
        if served or not names:
            continue
        sources = texts + referenced_texts(top, unit, units)
        if all(_hands_to_socket(name, sources) for name in names):
            unit.no_web = True


def _hands_to_socket(name: str, sources: list[str]) -> bool:
    """Whether a file of `sources` defines the extension `Map<name>(this …)` and turns
    WebSocket on, declaring no route of its own."""
    return any(
        _defines(name, text) and _SOCKET.search(text) and not OWN_ROUTE.search(text)
        for text in sources
    )


def _defines(name: str, text: str) -> bool:
    """Whether `text` declares the static extension method `Map<name>(this …)`: found by its
    name, then `static` looked for in the declaration before it on its line (one pattern
    spanning both backtracks without bound over a long run of blanks)."""
    call = re.compile(r"\bMap" + re.escape(name) + r"\s*\(\s*this\b")
    for found in call.finditer(text):
        line = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        if _STATIC.search(line[-_DECLARATION:]):
            return True
    return False
