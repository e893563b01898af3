"""Phoenix applications whose router answers probes and the generator's welcome page only.

An umbrella may hold, beside its API, applications generated with Phoenix's web layer that
serve no client: a mailer application keeping the generated `get "/", PageController, :index`
(whose template is still Phoenix's "Welcome to Phoenix!" page) and a dev-only mailbox preview,
a real-time application answering `/health` beside the socket its endpoint mounts. Their
router routes nothing of the product. Telling so needs the text of the router beside each
endpoint, and of the page template when the index route is there: only those few files are
read, and a router with any other route (a scope forwarding to an API, a LiveView, resources)
leaves the application a backend. Routes inside a block for the development and test
environments (`if Mix.env() in [:dev, :test] do`) serve the developer, not clients.

A router may route nothing at all: a template application kept in the umbrella to be copied,
whose scope only pipes through a pipeline, and whose endpoint answers a heartbeat plug. Such a
router is a stub too, when every line of it is the router's own frame (`use`, `pipeline`,
`plug`, `pipe_through`, `scope`, `end`; a macro expanding to routes, `pow_routes()`, is
something else) and its endpoint mounts no socket of its own (channels a client joins) and
no `Plug.Router` is in the application's code.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.probes import OPERATOR_PATH
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ROUTE = re.compile(
    r"^([ \t]*)(?:get|post|put|patch|delete|options|head|match|forward|resources|live|"
    r"live_dashboard|live_session)\b[ \t(]*([^\n]*)$",
    re.MULTILINE,
)
"""A route of a Phoenix router (`get "/health", PageController, :health`): its indentation and
the rest of its line."""

_PROBE = re.compile(r"""["']""" + OPERATOR_PATH.pattern + r"""["']""")

_INDEX = re.compile(r"""^["']/["'][ \t]*,[ \t]*PageController[ \t]*,[ \t]*:index\b""")
"""The generator's root route to its welcome page."""

_WELCOME = re.compile(r"""Welcome to %\{name\}!["'][ \t]*,[ \t]*name:[ \t]*["']Phoenix["']""")
"""Phoenix's generated welcome page, left as generated."""

_DEV_BLOCK = re.compile(r"^([ \t]*)if\b[^\n]*:dev\b[^\n]*\bdo[ \t]*$", re.MULTILINE)
"""A block of routes for the development environment (`if Mix.env() in [:dev, :test] do`)."""

_ENDPOINT = "endpoint.ex"

_FRAME = re.compile(
    r"^[ \t]*(?:#.*|(?:defmodule|use|import|alias|require|pipeline|plug|pipe_through|scope|end)"
    r"\b[^\n]*|@moduledoc\b[^\n]*)?$"
)
"""A line of a router's frame: the module, its `use`, pipelines and their plugs, scopes piping
through them, comments. Any other line may be a macro expanding to routes."""

_SOCKET = re.compile(r"""^[ \t]*socket[ \t(]+["'](?!/live["'])""", re.MULTILINE)
"""A socket the endpoint mounts for a client's channels (LiveView's `/live` socket serves the
router's live routes only)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the mix applications whose Phoenix routers route only probes and
    the generated welcome page."""
    for unit in units.values():
        endpoints = sorted(
            {
                s.evidence.path
                for s in unit.signals.get("elixir", [])
                if s.kind is FindingKind.FRAMEWORK
                and s.strength is Strength.ENTRY
                and s.name == "Phoenix"
                and posixpath.basename(s.evidence.path) == _ENDPOINT
            }
        )
        if len(endpoints) != 1:
            continue
        folder = posixpath.dirname(endpoints[0])
        router = read_text(top, posixpath.join(folder, "router.ex"))[0]
        if router and (
            _stub_routes(top, folder, router) or _routes_nothing(top, unit, endpoints[0], router)
        ):
            unit.no_web = True


def _stub_routes(top: str, folder: str, text: str) -> bool:
    """Whether the router routes something and every route outside development blocks is a
    probe or the generator's index page left as generated."""
    kept = _outside_dev_blocks(text)
    routes = [found.group(2) for found in _ROUTE.finditer(kept)]
    if not routes:
        return False
    for route in routes:
        if _PROBE.match(route):
            continue
        if _INDEX.match(route) and _welcome_page(top, folder):
            continue
        return False
    return True


def _routes_nothing(top: str, unit: Unit, endpoint: str, router: str) -> bool:
    """Whether the router routes nothing, the endpoint mounts no socket of its own and no
    Plug.Router serves instead."""
    return (
        _frame_only(router)
        and not _SOCKET.search(read_text(top, endpoint)[0] or "")
        and not any(
            s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY and s.name == "Plug"
            for s in unit.signals.get("elixir", [])
        )
    )


def _frame_only(text: str) -> bool:
    """Whether the router, outside its development blocks, routes nothing: every line is of
    its frame."""
    return all(_FRAME.match(line) for line in _outside_dev_blocks(text).splitlines())


def _outside_dev_blocks(text: str) -> str:
    """The router's text without the blocks for the development environment (each ends at the
    `end` indented as its `if`)."""
    lines = text.splitlines()
    kept: list[str] = []
    closing: str | None = None
    for line in lines:
        if closing is not None:
            if line.rstrip() == closing:
                closing = None
            continue
        block = _DEV_BLOCK.match(line)
        if block:
            closing = block.group(1) + "end"
            continue
        kept.append(line)
    return "\n".join(kept)


def _welcome_page(top: str, folder: str) -> bool:
    """Whether the page controller's index template is Phoenix's generated welcome page."""
    for name in ("index.html.eex", "index.html.heex"):
        text = read_text(top, posixpath.join(folder, "templates", "page", name))[0]
        if text:
            return bool(_WELCOME.search(text))
    return False
