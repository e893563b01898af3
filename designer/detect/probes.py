"""Elixir applications whose only HTTP router answers probes.

A mix application that runs a server of another kind (a WebSocket server on Cowboy's own
handler, a telnet client on Ranch) often starts a small `Plug.Router` beside it for its health
check and the metrics plug it mounts: `match "/_health"` and a catch-all `match _` answering
404. Phoenix may be declared too, only for its PubSub. Such a router serves no client an API:
the application is no framework backend. Telling so needs the text of the router files: only
the few files `use Plug.Router` was seen in are read again, and only where no Phoenix endpoint
is started.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ROUTE = re.compile(
    r"^[ \t]*(?:get|post|put|patch|delete|options|head|match|forward)[ \t(]+([^\n]*)$",
    re.MULTILINE,
)
"""A route of a Plug.Router (`get "/path" do`, `match _ do`, `forward "/api", to: …`): the
rest of its line."""

OPERATOR_PATH = re.compile(
    # Kept directly at the root or under a namespace for operators (`/system/health`).
    r"(?:/(?:system|internal|ops|management|monitoring))?"
    r"/_?(?:health(?:z|check)?|ready(?:z|ness)?|live(?:z|ness)?|ping|metrics|"
    r"log[_-]?(?:filter|level)|debug(?:/[\w/.-]*)?|info|version)/?"
)
"""A path that serves an operator, not a client: an orchestrator's or a monitor's probe, a
metrics scrape, a log or debug control, the build's info or version (`/meta/info`, Actuator's
`/info`). Whichever language declares the route."""

_PROBE = re.compile(r"""["']""" + OPERATOR_PATH.pattern + r"""["']""")
"""An operator's path quoted in a Plug.Router route."""

_CATCH_ALL = re.compile(r"^_[ \t]*(?:do\b|,)")
"""The router's catch-all (`match _ do`), answering what no route matched."""

MAX_FILES = 3
"""Router files read per application: the few `use Plug.Router` was seen in."""


def probes_only(texts: list[str]) -> bool:
    """Whether the router files route something and every route is a probe or the
    catch-all."""
    routes = [found.group(1) for text in texts for found in _ROUTE.finditer(text)]
    return bool(routes) and all(_CATCH_ALL.match(r) or _PROBE.match(r) for r in routes)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the mix applications whose only framework started in code is a
    Plug.Router answering probes (`probes_only`)."""
    for unit in units.values():
        started = [
            s
            for s in unit.signals.get("elixir", [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        ]
        if not started or any(s.name != "Plug" for s in started):
            continue
        paths = sorted({s.evidence.path for s in started})
        texts = [read_text(top, path)[0] or "" for path in paths[:MAX_FILES]]
        if probes_only(texts):
            unit.no_web = True
