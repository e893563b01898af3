"""Python web projects whose every route is an empty stub carrying its API document.

A service written in another language may keep its API's documentation as a small Flask (or
FastAPI) project beside it: each route of the real API is declared once more with a view that
returns an empty body, its docstring holding (or naming the file of) the route's OpenAPI
description, so that a documentation generator (flask-swagger, flasgger, apispec) walks the
app's URL map and writes the Swagger document out. Nothing calls those routes for data: a
developer runs the generator, or serves the document on localhost. Such a project is a
developer's tool (HELDOUT.md), not a backend (`Unit.no_web`).

Telling so needs the whole program: only a project with no data layer, store, migration tool
or cache, whose started framework is Flask, FastAPI or Starlette, and whose few modules (read
whole, MAX_FILES, each parsed) declare at least MIN_ROUTES routes by decorator, every one a
view holding a docstring and nothing but `pass` or a return of an empty value, is marked. One
view doing anything else, a route added other than by a decorator, a module that does not
parse, or a project too large to read leaves it as it is.
"""

from __future__ import annotations

import ast
import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

FRAMEWORKS = frozenset({"Flask", "FastAPI", "Starlette"})
"""The frameworks such a documentation app is written on."""

MAX_FILES = 20
"""Modules such a project holds at most: a larger program is more than its API's document."""

MIN_ROUTES = 3
"""Routes declared at least: a lone empty route is a health check or a placeholder."""

_DATA = frozenset(
    {
        FindingKind.ORM,
        FindingKind.QUERY,
        FindingKind.MIGRATIONS,
        FindingKind.DATABASE,
        FindingKind.CACHE,
    }
)

_VERBS = frozenset({"route", "get", "post", "put", "patch", "delete", "api_route"})
"""The decorators declaring a route (`@app.route`, `@bp.get`, `@router.post`)."""

_ELSEWHERE = re.compile(
    r"\b(?:add_url_rule|include_router|add_api_route|mount|add_route)[ \t]*\("
)
"""Routes added other than by a decorator: their views are not read here."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python projects with no data of their own whose every
    declared route is an empty view carrying a docstring."""
    folders = list(units)
    for folder, unit in units.items():
        if unit.no_web:
            continue
        started = {
            s.name
            for s in unit.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if not started or not started <= FRAMEWORKS:
            continue
        if any(
            s.kind in _DATA and s.strength is not Strength.DEV
            for found in unit.signals.values()
            for s in found
        ):
            continue
        texts: list[str] = []
        for found in each_module(top, folder, nested_projects(folder, folders)):
            if found is None or len(texts) >= MAX_FILES:
                texts = []  # too large for a document's stubs: left as it is
                break
            texts.append(found[1])
        if texts and _stubs_only(texts):
            unit.no_web = True


def _stubs_only(texts: list[str]) -> bool:
    """Whether the modules declare MIN_ROUTES routes at least, every one an empty view with
    a docstring, and add none other than by a decorator."""
    routes = 0
    for text in texts:
        if _ELSEWHERE.search(text):
            return False
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            return False
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if not any(_is_route(d) for d in node.decorator_list):
                continue
            if not _empty_documented(node):
                return False
            routes += 1
    return routes >= MIN_ROUTES


def _is_route(decorator: ast.expr) -> bool:
    """Whether a decorator declares a route: `@app.route(...)`, `@router.get(...)`."""
    return (
        isinstance(decorator, ast.Call)
        and isinstance(decorator.func, ast.Attribute)
        and decorator.func.attr in _VERBS
    )


def _empty_documented(view: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the view holds a docstring and then only `pass`, `...` or a return of an
    empty value ('' , "", None, {} or [])."""
    body = view.body
    if not body or ast.get_docstring(view) is None:
        return False
    return all(_empty(statement) for statement in body[1:])


def _empty(statement: ast.stmt) -> bool:
    if isinstance(statement, ast.Pass):
        return True
    if isinstance(statement, ast.Expr):
        return isinstance(statement.value, ast.Constant) and statement.value.value is ...
    if not isinstance(statement, ast.Return):
        return False
    value = statement.value
    if value is None:
        return True
    if isinstance(value, ast.Constant):
        return value.value in ("", None)
    if isinstance(value, (ast.Dict, ast.List)):
        return not (value.keys if isinstance(value, ast.Dict) else value.elts)
    return False
