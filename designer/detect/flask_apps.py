"""Flask applications that serve no API: made only for their context or their migrations,
fed by a queue's pushes, an admin UI, a device's status probe, or no Flask app at all.

A batch job or a script often builds a Flask app (`app = Flask(__name__)`) only to push its
application context, so that Flask-SQLAlchemy and the services it imports from the product
work outside a request; it enters that context, registers no route and nothing serves it: a
job, not a backend. So is an app registering nothing at all that is only handed to
Flask-Migrate (`Migrate(app, db)`): a models package's runner for `flask db upgrade`. A job
may even declare Flask (for a library that wants it) and never import it: with no WSGI server
declared and no package of the tree used (which might build the app for it), it is no Flask
app. A service whose every route takes POST at the root is where a push subscription
delivers messages (Pub/Sub's push, an event trigger): a queue worker, also when it answers
its operators' probes beside (`/ops/healthz`, `/meta/info`); so is one
keeping no data whose every route takes POST only and which reads what it receives as
CloudEvents (a task queue's callback beside the push at the root), also when its manifest,
copied from a sibling queue service, declares a data layer that none of its modules opens
or imports. One whose
every route is Flask-Admin's is a UI over the tables. One keeping no data whose every route
serves operators (`/health` reporting a kiosk's state to its local page) is no backend.
Telling so needs the text of the project's modules, which the walk's quota may not have
reached: only projects where Flask is the one framework seen in code are read again
(`pymodules`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from designer.detect import bound_stores
from designer.detect.assemble import Unit, shows_own_data
from designer.detect.nonservices import module_names, module_uses
from designer.detect.probes import OPERATOR_PATH
from designer.detect.pymodules import any_module, matching_lines, nested_projects
from designer.detect.signals import OWN_DATA, LazyPattern, Strength
from designer.model.stack import FindingKind

_ROUTES = re.compile(
    r"\.route[ \t]*\("
    r"|\.(?:get|post|put|patch|delete)[ \t]*\([ \t]*[rf]?['\"]/"
    r"|\b(?:register_blueprint|add_url_rule|add_resource|add_namespace|add_view|add_api)"
    r"[ \t]*\("
    r"|\b(?:Api|Admin|AppBuilder|SocketIO|GraphQLView)[ \t]*\("
    r"|\.register_command[ \t]*\("
)
"""What a Flask application that serves shows: a route (`@bp.route`, Flask 2's `@app.get("/")`),
a blueprint or view registered, or the extensions that route for it (Flask-RESTX's and
Flask-RESTful's `Api`, Flask-Admin, Flask-AppBuilder, Flask-SocketIO, Connexion's `add_api`),
or a command Flask-Shell2HTTP serves at an endpoint (`shell2http.register_command(endpoint=
"scan", command_name=…)`: the route another service of the product calls to run a tool)."""

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

_QUOTED = LazyPattern(r"""\.(?:route|get)[ \t]*\([ \t]*[rf]?["']([^"'\n]*)["']""")
"""A route declared by its path (`@app.route('/health', methods=['GET'])`, `@bp.get("readyz")`):
the path, which a blueprint may write without its leading slash (its prefix adds it)."""


def _serves_operators(line: str) -> bool:
    """Whether a route serves operators: a probe, a metrics scrape, the build's info; or a
    Flask-RESTX namespace mounted at such a path or at the operators' own prefix (`/ops`,
    where another package's namespace of probes goes)."""
    found = _QUOTED.match(line)
    if found is not None:
        return bool(OPERATOR_PATH.fullmatch("/" + found.group(1).lstrip("/")))
    found = _NAMESPACE.match(line)
    if found is None:
        return False
    path = "/" + found.group(1).strip("/")
    return bool(OPERATOR_PATH.fullmatch(path) or _OPERATOR_PREFIX.fullmatch(path))


_NAMESPACE = LazyPattern(
    r"""add_namespace[ \t]*\([^)\n]*\bpath[ \t]*=[ \t]*[rf]?["']([^"'\n]*)["']"""
)
"""A Flask-RESTX namespace mounted at a path (`api.add_namespace(ops, path='/ops')`): the
path."""

_OPERATOR_PREFIX = re.compile(r"/(?:ops|monitoring)")
"""A namespace kept for operators' routes (its probes are declared where the namespace is)."""

_API_OBJECT = re.compile(r"Api[ \t]*\([ \t]*\)")
"""A bare Flask-RESTX or Flask-RESTful `Api()`: it routes nothing until namespaces or
resources are added to it, and those are counted where they are added."""

_STORE_OPENED = LazyPattern(
    bound_stores.BINDING_SOURCE + r"|\bSQLAlchemy[ \t]*\([ \t]*app\b"
)
"""Flask-SQLAlchemy bound to the program's own app (`db.init_app(app)`, `SQLAlchemy(app)`),
also over the models of a package it shares with the product's API."""

_STORE_WRITTEN = LazyPattern(
    r"\.session[ \t]*\.[ \t]*(?:add|add_all|merge|delete|commit)[ \t]*\("
    r"|\.save(?:_to_db)?[ \t]*\([ \t]*\)"
)
"""A write through that session (`db.session.add(…)`, `db.session.commit()`), or a model's
own save (`payment.save_to_db()`, `org.save()`)."""


def _keeps_data(top: str, folder: str, nested: set[str]) -> bool:
    """Whether the program binds a SQL store to its own app and writes it in its own modules:
    data of its own (HELDOUT.md, as settled in session 34), even in the database the
    product's API keeps. Reading it only (a feeder looking rows up) is not."""
    return any_module(top, folder, nested, _STORE_OPENED) and any_module(
        top, folder, nested, _STORE_WRITTEN
    )


_STORE_IMPORTS = LazyPattern(
    r"^[ \t]*(?:from|import)[ \t]+(?:sqlalchemy|flask_sqlalchemy|sqlmodel|psycopg2?|asyncpg"
    r"|pg8000|pymysql|MySQLdb|mysql|sqlite3|pymongo|motor|mongoengine|peewee|playhouse|pony"
    r"|tortoise|databases|redis|google\.cloud\.(?:firestore|datastore|spanner|bigtable)"
    r")(?:[ \t.,]|$)",
    re.MULTILINE,
)
"""A store's client or data layer imported by the program's own modules."""


def _opens_no_store(top: str, folder: str, nested: set[str]) -> bool:
    """Whether a program declaring a data layer (its template's or a sibling's manifest,
    copied whole) neither binds a store to its app nor imports a store's client in any
    module: it reaches no data, so what it declares says nothing of data of its own."""
    return not any_module(top, folder, nested, _STORE_OPENED) and not any_module(
        top, folder, nested, _STORE_IMPORTS
    )


_REGISTERED = re.compile(r"register_blueprint[ \t]*\(")
"""Registering a blueprint: its routes are counted where the blueprint declares them (one from
another package is that package's, a health check's)."""

_CONTEXT = re.compile(r"\.app_context[ \t]*\([ \t]*\)|\.test_request_context[ \t]*\(")
"""The application context entered outside a request (`app.app_context().push()`, `with
app.app_context():`): what a program using Flask's extensions without serving does. Or a
request context built by hand (`with app.test_request_context(data=body):`): a queue consumer
handing each message to a handler written as a Flask view, with no route serving anyone."""

_MIGRATE = LazyPattern(r"\bMigrate[ \t]*\(")
"""Flask-Migrate wired to the app (`Migrate(app, db)`, `migrate = Migrate()`): what an app
built only for `flask db` commands does."""

_IMPORTS_FLASK = LazyPattern(r"^[ \t]*(?:from|import)[ \t]+flask(?:[ \t.,]|$)", re.MULTILINE)
"""Flask itself imported (not an extension of it: `flask_sqlalchemy` is no app)."""

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
    Flask and whose modules either register no route but enter the application context or
    hand the app to Flask-Migrate (a bare `Flask(__name__)` with neither says too little), or
    register only routes taking POST at the root (beside operators' probes), or only
    Flask-Admin's views; and on each project declaring Flask that no module of it imports."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, "python")}
    for folder, unit in units.items():
        started = {
            s.name
            for s in unit.signals.get("python", [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if not started:
            if _flask_unused(top, unit, folders, names - module_names(unit, "python")):
                unit.routes_nothing = True
            continue
        if "Flask" not in started or not started <= OWN_FRAMEWORKS:
            continue
        nested = nested_projects(folder, folders)
        if _runs_lambda(matching_lines(top, folder, nested, _LAMBDA)):
            unit.routes_nothing = True
            continue
        lines = _route_lines(matching_lines(top, folder, nested, _ROUTES))
        if lines is None:
            continue
        own = [
            line for line in lines if not (_REGISTERED.match(line) or _API_OBJECT.match(line))
        ]
        if own:
            # Every route of its own takes POST at the root, beside operators' probes at most:
            # the service is fed by a queue's pushes (a worker), not an API its clients call.
            # Or every one is Flask-Admin's: a UI over the tables, not a service (a
            # `.route("/")` alone is no admin UI).
            # A worker that binds a store to its app and writes it keeps data of its own,
            # though: it counts, however few its routes (HELDOUT.md, session 34).
            pushed = all(_PUSH.match(line) or _serves_operators(line) for line in own) and any(
                _PUSH.match(line) for line in own
            )
            evented = (
                not pushed
                and all(_POSTED.match(line) for line in own)
                and (
                    not any(s.kind in OWN_DATA for s in unit.signals.get("python", []))
                    or _opens_no_store(top, folder, nested)
                )
                and any_module(top, folder, nested, _events())
            )
            keeps = (pushed or evented) and _keeps_data(top, folder, nested)
            unit.routes_nothing = (
                ((pushed or evented) and not keeps)
                or (
                    all(_ADMIN.match(line) for line in own)
                    and any(not line.startswith(".route") for line in own)
                )
                # Every route serves operators and the program keeps no data: a probe.
                or (all(_serves_operators(line) for line in own) and not shows_own_data(unit))
            )
            if keeps and not unit.routes_nothing:
                # Its data layer may be the one a package of the tree it binds lends.
                bound_stores.lend(top, unit, units, nested)
        else:
            # No route of its own: built for its context (a job), or, registering nothing at
            # all, for Flask-Migrate's commands (a models package's migrations).
            unit.routes_nothing = any_module(top, folder, nested, _CONTEXT) or (
                not lines and any_module(top, folder, nested, _MIGRATE)
            )


def _flask_unused(top: str, unit: Unit, folders: list[str], others: set[str]) -> bool:
    """Whether a project starting no framework declares Flask (and no other framework, in any
    language) but no module of it imports Flask, declares no WSGI server and uses no package
    of the tree (`others`, which might build its app): a job keeping Flask among its
    requirements, not a Flask app."""
    signals = unit.signals.get("python", [])
    frameworks = {
        s.name for found in unit.signals.values() for s in found if s.kind is FindingKind.FRAMEWORK
    }
    if "Flask" not in frameworks or not frameworks <= OWN_FRAMEWORKS:
        return False
    if any(s.kind is FindingKind.SERVER for s in signals):
        return False
    if module_uses(unit, "python") & others:
        return False
    nested = nested_projects(unit.folder, folders)
    return not any_module(top, unit.folder, nested, _IMPORTS_FLASK)


def _route_lines(lines: Iterator[str | None]) -> list[str] | None:
    """The lines registering routes or blueprints, when every route is a push endpoint's,
    Flask-Admin's or an operator's (a registered blueprint's routes are counted where it
    declares them: one from another package is that package's); None as soon as another
    one shows (the project serves an API), or when the budget ran out (taken to serve)."""
    found: list[str] = []
    for line in lines:
        if line is None or not (
            _REGISTERED.match(line)
            or _API_OBJECT.match(line)
            or _POSTED.match(line)
            or _ADMIN.match(line)
            or _serves_operators(line)
        ):
            return None
        found.append(line)
    return found


def _runs_lambda(lines: Iterator[str | None]) -> bool:
    """Whether the project both defines a Lambda's handler and imports it to call it; not
    when the budget ran out first."""
    seen: set[bool] = set()
    for line in lines:
        if line is None:
            return False
        seen.add(line.startswith("def"))
    return len(seen) == 2
