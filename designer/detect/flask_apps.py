"""Flask applications made only for their context, never served.

A batch job or a script often builds a Flask app (`app = Flask(__name__)`) only to push its
application context, so that Flask-SQLAlchemy and the services it imports from the product
work outside a request; it enters that context, registers no route and nothing serves it: a
job, not a backend.
Telling so needs the text of the project's modules, which the walk's quota may not have
reached: only projects where Flask is the one framework seen in code are read again
(`pymodules`).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import any_module, nested_projects
from designer.detect.signals import Strength
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

_CONTEXT = re.compile(r"\.app_context[ \t]*\([ \t]*\)")
"""The application context entered outside a request (`app.app_context().push()`, `with
app.app_context():`): what a program using Flask's extensions without serving does."""

OWN_FRAMEWORKS = frozenset({"Flask", "Werkzeug"})
"""Flask and the toolkit it absorbs: the frameworks of a project this module judges."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.routes_nothing` on each Python project whose only framework seen in code is
    Flask, none of whose modules registers a route, and one of whose modules enters the
    application context (a bare `Flask(__name__)` with neither says too little)."""
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
        unit.routes_nothing = not any_module(top, folder, nested, _ROUTES) and any_module(
            top, folder, nested, _CONTEXT
        )
