"""Flask applications made only for their context, never served.

A batch job or a script often builds a Flask app (`app = Flask(__name__)`) only to push its
application context, so that Flask-SQLAlchemy and the services it imports from the product
work outside a request; it registers no route and nothing serves it: a job, not a backend.
Telling so needs the text of the project's modules, which the walk's quota may not have
reached: only projects where Flask is the one framework seen in code are read again, file by
file until a route shows, within a budget (past it, the project is taken to route).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
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

OWN_FRAMEWORKS = frozenset({"Flask", "Werkzeug"})
"""Flask and the toolkit it absorbs: the frameworks of a project this module judges."""

MAX_FILES = 400
"""Python files read per project, at most."""

_SKIPPED = frozenset(
    {"tests", "test", "node_modules", "venv", ".venv", "site-packages", "__pycache__"}
)
"""Folders whose modules are never the application's routes (its tests, installed packages)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.routes_nothing` on each Python project whose only framework seen in code is
    Flask and none of whose modules registers a route."""
    for folder, unit in units.items():
        started = {
            s.name
            for s in unit.signals.get("python", [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if "Flask" not in started or not started <= OWN_FRAMEWORKS:
            continue
        nested = {other for other in units if other != folder and _inside(other, folder)}
        unit.routes_nothing = not _routes(top, folder, nested)


def _inside(folder: str, outer: str) -> bool:
    return outer == "." or folder.startswith(outer + "/")


def _routes(top: str, folder: str, nested: set[str]) -> bool:
    """Whether a module of `folder` (outside `nested` projects) registers a route, or the
    budget runs out first."""
    budget = MAX_FILES
    start = top if folder == "." else os.path.join(top, folder)
    for current, dirs, files in os.walk(start):
        relative = os.path.relpath(current, top).replace(os.sep, "/")
        dirs[:] = sorted(
            d
            for d in dirs
            if d not in _SKIPPED
            and not d.startswith(".")
            and posixpath.normpath(posixpath.join(relative, d)) not in nested
        )
        for name in sorted(files):
            if not name.endswith(".py") or name.startswith("test_"):
                continue
            if budget == 0:
                return True
            budget -= 1
            path = posixpath.normpath(posixpath.join(relative, name))
            text = read_text(top, path)[0]
            if text is not None and _ROUTES.search(text):
                return True
    return False
