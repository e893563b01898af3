"""Python chat bots whose FastAPI application only answers operators, keeping no data.

A bot that takes its chat platform's events over a connection it opens itself (Slack's Socket
Mode handler, a Telegram bot polling for updates) is a message consumer: the platform's events
are its input, and no client calls it. It may still build a FastAPI application, for its
lifespan hooks and one status route an orchestrator probes (`@router.get('/status')`). Such a
server answers operators, not clients (HELDOUT.md: workers and message consumers with no data
of their own whose only routes serve operators are no backend), as `node_chat_bots` reads
Slack's Bolt apps in Node. So where FastAPI is the only framework a Python project starts in
code, the project shows no data of its own (a library of the workspace may still lend it a
client to read a store another service keeps), one of its modules opens such a connection
(`_CONSUMER`), and every route its own modules (not its tests, nor the projects nested in it)
declare is an operator's path (`probes.OPERATOR_PATH`), the project serves no HTTP API
(`Unit.no_web`). A service answering only `/health` with no such connection is left as it is:
what else it does is not read here.

Routes this cannot read leave the project as it is: a router mounted with a prefix, an
application mounted inside another, a router included that no module of the project builds
(a library's, whose routes lie elsewhere), or a walk past `pymodules`' budget.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.probes import OPERATOR_PATH
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

FRAMEWORK = "FastAPI"

_ROUTE = re.compile(
    r"""@\w+\.(?:get|post|put|patch|delete|head|options|api_route|websocket|route)\(\s*"""
    r"""(?:path\s*=\s*)?['"]([^'"]*)['"]"""
    r"""|\.add_(?:api_)?(?:route|websocket_route)\(\s*['"]([^'"]*)['"]"""
)
"""A route a module declares, and its path: `@router.get('/status')`, `app.add_api_route(…)`."""

_UNREAD = re.compile(r"\.mount\(|[(,]\s*prefix\s*=|\.add_(?:api_)?route\(\s*[^'\"\s]")
"""Routes whose paths cannot be read here: a mounted application, a prefix, a computed path."""

_CONSUMER = re.compile(r"\b(?:Async)?SocketModeHandler\(|\.(?:start|run)_polling\(")
"""A chat platform's events taken over a connection the bot opens: Slack Bolt's Socket Mode
handler, a Telegram bot's polling (aiogram's `start_polling`, python-telegram-bot's
`run_polling`)."""

_ROUTER = re.compile(r"^[ \t]*(\w+)[ \t]*(?::[^=\n]+)?=[ \t]*(?:\w+\.)*APIRouter\(", re.M)
"""A router the module builds: `router = fastapi.APIRouter()`."""

_INCLUDED = re.compile(r"\.include_router\(\s*(?:\w+\.)*(\w+)\s*[,)]")
"""A router included in the application, by the name it has in its module."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python chat bots keeping no data whose only framework started
    in code is FastAPI, routing only operators' paths."""
    folders = list(units)
    for folder, unit in sorted(units.items()):
        started = {
            s.name
            for s in unit.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if started != {FRAMEWORK} or shows_own_data(unit, runtime=True):
            continue
        if _operators_only(top, folder, folders):
            unit.no_web = True


def _operators_only(top: str, folder: str, folders: list[str]) -> bool:
    """Whether the project's modules take a chat platform's events over a connection of their
    own, declare routes, every one an operator's path, and include only routers they build."""
    routes: list[str] = []
    built: set[str] = set()
    included: set[str] = set()
    consumer = False
    for found in each_module(top, folder, nested_projects(folder, folders)):
        if found is None:
            return False
        text = found[1]
        if _UNREAD.search(text):
            return False
        routes += [a or b for a, b in _ROUTE.findall(text)]
        built.update(_ROUTER.findall(text))
        included.update(_INCLUDED.findall(text))
        consumer = consumer or bool(_CONSUMER.search(text))
    return (
        consumer
        and bool(routes)
        and included <= built
        and all(OPERATOR_PATH.fullmatch(route) for route in routes)
    )
