"""Elixir applications whose only HTTP router answers probes.

A mix application that runs a server of another kind (a WebSocket server on Cowboy's own
handler, a telnet client on Ranch) often starts a small `Plug.Router` beside it for its health
check and the metrics plug it mounts: `match "/_health"` and a catch-all `match _` answering
404. Phoenix may be declared too, only for its PubSub. Such a router serves no client an API:
the application is no framework backend. Telling so needs the text of the router files: only
the few files `use Plug.Router` was seen in are read again, and only where no Phoenix endpoint
is started.

A mix application may also declare `plug_cowboy` (or `bandit`) and never start it: a Kafka
worker whose only use of Plug is the Bypass stubs of its tests. When Plug is the only framework
it declares and its code outside the tests neither starts a server (`{Plug.Cowboy, …}`,
`Bandit`, `:cowboy.start_clear`) nor defines a router or an endpoint, it serves nothing: no
framework backend either. That needs its code read again, within a budget.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.nonservices import is_test_host
from designer.detect.signals import Strength
from designer.detect.walker import PRUNED, TEST_NAME, read_text
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
    r"log[_-]?(?:filter|level)|debug(?:/[\w/.-]*)?|info|version|status|"
    # A platform's own probe names (`/internal/isAlive`, `/isready`, `/internal/hasStarted`).
    r"[iI]s_?(?:[aA]live|[rR]eady)|has_?[sS]tarted)/?"
)
"""A path that serves an operator, not a client: an orchestrator's or a monitor's probe, a
metrics scrape, a log or debug control, the build's info or version (`/meta/info`, Actuator's
`/info`), the program's status report (a worker manager listing its workers' states).
Whichever language declares the route."""

_PROBE = re.compile(r"""["']""" + OPERATOR_PATH.pattern + r"""["']""")
"""An operator's path quoted in a Plug.Router route."""

_CATCH_ALL = re.compile(r"^_[ \t]*(?:do\b|,)")
"""The router's catch-all (`match _ do`), answering what no route matched."""

MAX_FILES = 3
"""Router files read per application: the few `use Plug.Router` was seen in."""

_SERVES = re.compile(
    r"\bPlug\.(?:Cowboy|Adapters\.Cowboy2?)\b|\bBandit\b|:cowboy\.start_(?:clear|tls)\b"
    r"|^[ \t]*use[ \t]+(?:Plug\.(?:Router|Builder)|Phoenix\.(?:Endpoint|Router))\b",
    re.MULTILINE,
)
"""What an application serving HTTP has in its code: the server it starts (a child spec or a
`child_spec` call, Bandit, Cowboy's own listener) or the router or endpoint it serves."""

MAX_CODE_FILES = 400
"""Code files read per application declaring Plug alone; past it the application is left as
it is."""


def probes_only(texts: list[str]) -> bool:
    """Whether the router files route something and every route is a probe or the
    catch-all."""
    routes = [found.group(1) for text in texts for found in _ROUTE.finditer(text)]
    return bool(routes) and all(_CATCH_ALL.match(r) or _PROBE.match(r) for r in routes)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the mix applications whose only framework started in code is a
    Plug.Router answering probes (`probes_only`), and on those declaring Plug alone whose code
    serves nothing (`_serves`)."""
    for unit in units.values():
        started = [
            s
            for s in unit.signals.get("elixir", [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        ]
        if not started:
            if _declares_plug_alone(unit) and _serves(top, unit.folder) is False:
                unit.no_web = True
            continue
        if any(s.name != "Plug" for s in started):
            continue
        paths = sorted({s.evidence.path for s in started})
        texts = [read_text(top, path)[0] or "" for path in paths[:MAX_FILES]]
        if probes_only(texts):
            unit.no_web = True


def _declares_plug_alone(unit: Unit) -> bool:
    """Whether the mix application's only framework is Plug, declared for its runtime."""
    declared = [
        s
        for s in unit.signals.get("elixir", [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV
    ]
    return bool(declared) and all(s.name == "Plug" for s in declared)


def _serves(top: str, folder: str) -> bool | None:
    """Whether the application's code outside its tests starts a server or defines a router
    or an endpoint (None past the budget)."""
    for path in code_files(
        top,
        folder,
        (".ex", ".exs"),
        MAX_CODE_FILES,
        skip_dir=lambda name: name in PRUNED or name in ("deps", "_build") or is_test_host(name),
        skip_file=lambda name: bool(TEST_NAME.match(name)),
    ):
        if path is None:
            return None
        if _SERVES.search(read_text(top, path)[0] or ""):
            return True
    return False
