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
whole, MAX_FILES) declare at least MIN_ROUTES routes by decorator, every one a
view holding a docstring and nothing but `pass` or a return of an empty value, is marked. One
view doing anything else, a route added other than by a decorator, or a project too large to
read leaves it as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.small_py_servers import small_servers

FRAMEWORKS = frozenset({"Flask", "FastAPI", "Starlette"})
"""The frameworks such a documentation app is written on."""

MAX_FILES = 20
"""Modules such a project holds at most: a larger program is more than its API's document."""

MIN_ROUTES = 3
"""Routes declared at least: a lone empty route is a health check or a placeholder."""


MAX_DECORATOR_LINES = 12
"""Lines a route's decorators and signature take at most before its body."""

_ROUTE = re.compile(
    r"^([ \t]*)@[\w.]+\.(?:route|get|post|put|patch|delete|api_route)[ \t]*\("
)
"""A route declared by a decorator (`@app.route`, `@bp.get`, `@router.post`) and its indent."""

_DEF = re.compile(r"[ \t]*(?:async[ \t]+)?def[ \t]")

_DOCSTRING = re.compile(r"^[rRuU]?(\"\"\"|\'\'\'|\"|\')")
"""A docstring's opening quotes."""

_EMPTY = re.compile(
    r"^(?:pass|\.\.\.|return(?:[ \t]+(?:''|\"\"|None|\{\}|\[\]))?)[ \t]*(?:#.*)?$"
)
"""A view's statement doing nothing: `pass`, `...`, or returning an empty body."""

_ELSEWHERE = re.compile(
    r"\b(?:add_url_rule|include_router|add_api_route|mount|add_route)[ \t]*\("
)
"""Routes added other than by a decorator: their views are not read here."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Python projects with no data of their own whose every
    declared route is an empty view carrying a docstring."""
    for unit, texts in small_servers(top, units, FRAMEWORKS, MAX_FILES):
        if _stubs_only(texts):
            unit.no_web = True


def _stubs_only(texts: list[str]) -> bool:
    """Whether the modules declare MIN_ROUTES routes at least, every one an empty view with
    a docstring, and add none other than by a decorator."""
    routes = 0
    for text in texts:
        if _ELSEWHERE.search(text):
            return False
        lines = text.splitlines()
        for number, line in enumerate(lines):
            found = _ROUTE.match(line)
            if found is None:
                continue
            if not _empty_documented(lines, number + 1, len(found.group(1))):
                return False
            routes += 1
    return routes >= MIN_ROUTES


def _empty_documented(lines: list[str], after: int, indent: int) -> bool:
    """Whether the view the route decorator above line `after` (at `indent`) declares holds a
    docstring and then only `pass`, `...` or a return of an empty value. Read by lines, not
    parsed: `ast` is not loaded by detection (tests/test_detect_startup.py)."""
    # The decorator's own continuation lines and further decorators, then the `def`.
    for number in range(after, min(after + MAX_DECORATOR_LINES, len(lines))):
        line = lines[number]
        if _indent(line) == indent and _DEF.match(line):
            break
    else:
        return False
    while not lines[number].rstrip().endswith(":"):  # a signature over several lines
        number += 1
        if number >= len(lines) or number > after + MAX_DECORATOR_LINES:
            return False
    body = []
    for line in lines[number + 1 :]:
        if line.strip() and _indent(line) <= indent:
            break
        if line.strip() and not line.strip().startswith("#"):
            body.append(line.strip())
    if not body:
        return False
    docstring = _DOCSTRING.match(body[0])
    if docstring is None:
        return False
    quote = docstring.group(1)
    rest = body[0][docstring.end() :]
    index = 0
    while quote not in rest:  # the docstring's closing quotes, on a later line
        index += 1
        if index >= len(body):
            return False
        rest = body[index]
    tail = rest[rest.index(quote) + len(quote) :].strip()
    return not tail and all(_EMPTY.match(line) for line in body[index + 1 :])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))
