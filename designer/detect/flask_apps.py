"""Flask applications that serve no API: made only for their context, fed by a queue's
pushes, or an admin UI.

A batch job or a script often builds a Flask app (`app = Flask(__name__)`) only to push its
application context, so that Flask-SQLAlchemy and the services it imports from the product
work outside a request; it enters that context, registers no route and nothing serves it: a
job, not a backend. A service whose every route takes POST at the root is where a push
subscription delivers messages (Pub/Sub's push, an event trigger): a queue worker; so is one
keeping no data whose every route takes POST only and which reads what it receives as
CloudEvents (a task queue's callback beside the push at the root). One whose
every route is Flask-Admin's is a UI over the tables. Telling so needs the text of the
project's modules, which the walk's quota may not have reached: only projects where Flask is
the one framework seen in code are read again (`pymodules`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from designer.detect.assemble import Unit
from designer.detect.pymodules import any_module, matching_lines, nested_projects
from designer.detect.signals import OWN_DATA, LazyPattern, Strength
from designer.model.stack import FindingKind

_ROUTES = re.compile(
    r"\.route[ \t]*\("
    r"|\.(?:get|post|put|patch|delete)[ \t]*\([ \t]*[rf]?['\"]/"
    r"|\b(?:register_blueprint|add_url_rule|add_resource|add_namespace|add_view|add_api)"
    r"[ \t]*\("
    r"|\b(?:Api|Admin|AppBuilder|SocketIO|GraphQLView)[ \t]*\("
)
"""What a Flask application that serves shows: a route (`@bp.route`, Flask 2's `@app.get("/")`),
a blueprint or view registered, or the extensions that route for it (Flask-RESTX's and
Flask-RESTful's `Api`, Flask-Admin, Flask-AppBuilder, Flask-SocketIO, Connexion's `add_api`)."""

_PUSH = re.compile(
    r"""\.route[ \t]*\([ \t]*["']/["'][ \t]*,[ \t]*methods[ \t]*=[ \t]*[\[(][ \t]*["']POST["']"""
    r"""[ \t]*,?[ \t]*[\])]|\.post[ \t]*\([ \t]*["']/["'][ \t]*\)"""
)
"""A route taking POST at the root and nothing else: where a push subscription (Pub/Sub's push,
an event bus's trigger) delivers its messages."""

_POSTED = LazyPattern(
    r"""\.route[ \t]*\([ \t]*["']/[\w/-]*["'][ \t]*,[ \t]*methods[ \t]*=[ \t]*[\[(][ \t]*"""
    r"""["']POST["'][ \t]*,?[ \t]*[\])]|\.post[ \t]*\([ \t]*["']/[\w/-]*["'][ \t]*\)"""
)
"""A route taking POST only, at any path (a task queue's callback, `/handle-send`)."""


@functools.cache
def _events() -> re.Pattern[str]:
    """A CloudEvents library imported: the messages a push subscription or a task queue
    delivers are read as events. Compiled when first asked."""
    return re.compile(
        r"^[ \t]*(?:from|import)[ \t]+(?:cloudevents|simple_cloudevent)\b", re.MULTILINE
    )


_ADMIN = re.compile(
    r"""Admin[ \t]*\(|add_view[ \t]*\(|\.route[ \t]*\([ \t]*["']/["'][ \t]*\)"""
)
"""Flask-Admin's interface (`Admin(app)`, its model views added) and a page at the root (the
redirect to it): all an admin UI over a database registers."""

_REGISTERED = re.compile(r"register_blueprint[ \t]*\(")
"""Registering a blueprint: its routes are counted where the blueprint declares them (one from
another package is that package's, a health check's)."""

_CONTEXT = re.compile(r"\.app_context[ \t]*\([ \t]*\)")
"""The application context entered outside a request (`app.app_context().push()`, `with
app.app_context():`): what a program using Flask's extensions without serving does."""

_LAMBDA = re.compile(
    r"^def[ \t]+(?:lambda_)?handler[ \t]*\([ \t]*event\b"
    r"|^from[ \t]+[\w.]+[ \t]+import[ \t]+(?:lambda_)?handler\b",
    re.MULTILINE,
)
"""An AWS Lambda's handler (`def handler(event, context):`) and a module importing it to call
(`from main import handler`): with both, the project's Flask app is the Lambda's local runner
(a route handing its request body to the handler), not a service."""

OWN_FRAMEWORKS = frozenset({"Flask", "Werkzeug"})
"""Flask and the toolkit it absorbs: the frameworks of a project this module judges."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.routes_nothing` on each Python project whose only framework seen in code is
    Flask and whose modules either register no route but enter the application context (a
    bare `Flask(__name__)` with neither says too little), or register only routes taking
    POST at the root, or only Flask-Admin's views."""
    folders = list(units)
    for folder, unit in units.items():
        started = {
            s.name
            for s in unit.signals.get("python", [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if "Flask" not in started or not started <= OWN_FRAMEWORKS:
            continue
        nested = nested_projects(folder, folders)
        if _runs_lambda(matching_lines(top, folder, nested, _LAMBDA)):
            unit.routes_nothing = True
            continue
        own = _own_routes(matching_lines(top, folder, nested, _ROUTES))
        if own is None:
            continue
        if own:
            # Every route of its own takes POST at the root: the service is fed by a queue's
            # pushes (a worker), not an API its clients call. Or every one is Flask-Admin's:
            # a UI over the tables, not a service (a `.route("/")` alone is no admin UI).
            unit.routes_nothing = (
                all(_PUSH.match(line) for line in own)
                or (
                    all(_ADMIN.match(line) for line in own)
                    and any(not line.startswith(".route") for line in own)
                )
                # Every route takes POST only, and the events it receives are read as
                # CloudEvents, by a program keeping no data: a worker fed by pushes (a
                # subscription at the root, a task queue's callback beside it).
                or (
                    all(_POSTED.match(line) for line in own)
                    and not any(s.kind in OWN_DATA for s in unit.signals.get("python", []))
                    and any_module(top, folder, nested, _events())
                )
            )
        else:
            unit.routes_nothing = any_module(top, folder, nested, _CONTEXT)


def _own_routes(lines: Iterator[str | None]) -> list[str] | None:
    """The routes a project registers itself (blueprints registered aside), when every one is
    a push endpoint's or Flask-Admin's; None as soon as another one shows (the project serves
    an API), or when the budget ran out (taken to serve)."""
    own: list[str] = []
    for line in lines:
        if line is None or not (
            _REGISTERED.match(line) or _POSTED.match(line) or _ADMIN.match(line)
        ):
            return None
        if not _REGISTERED.match(line):
            own.append(line)
    return own


def _runs_lambda(lines: Iterator[str | None]) -> bool:
    """Whether the project both defines a Lambda's handler and imports it to call it; not
    when the budget ran out first."""
    seen: set[bool] = set()
    for line in lines:
        if line is None:
            return False
        seen.add(line.startswith("def"))
    return len(seen) == 2
