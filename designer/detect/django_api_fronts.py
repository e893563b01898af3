"""Django projects with a database for sign-in only that render pages from the product's API.

A server-rendered front over the product's API often still sets Django's `DATABASES`: the
sessions, users and one-time-password devices that its installed apps (`django.contrib.auth`,
`django_otp`) keep there. Those tables are sign-in state, not data of its own. Such a project
declares no model of its own, ships no migration of its own (the `migrations/` package
`startapp` made for its app holds only `__init__.py`: positive word that it creates no
table; a project with no such package is left alone), runs no raw SQL, and its views render
templates from what an HTTP client fetches (`requests.get(api)`). Like `django_pages`' fronts
with no database at all, its data signals (the Django package's ORM and migrations, the
database and its driver, the sessions' cache) are dropped and it is marked as rendering pages
(`nonservices.ui_only`). Only projects whose one framework started in code is Django, with no
data layer but those, are read; a project too large to read whole is left alone.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from designer.detect.assemble import Unit
from designer.detect.pymodules import any_module, each_module, matching_lines, nested_projects
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_PACKAGE_FINDINGS = frozenset({"Django ORM", "Django migrations"})
"""What the Django package itself is read as: the ORM and migrations it ships."""

_SIGN_IN_KINDS = frozenset({FindingKind.DATABASE, FindingKind.CACHE})
"""The database its sign-in tables live in and the cache its sessions may use."""

_DRIVERS = frozenset({"psycopg", "psycopg2", "mysqlclient", "PyMySQL", "mssql"})
"""Django's own database backends' drivers: how its sign-in tables are reached, not a query
layer the project writes with."""

_DATA = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS, FindingKind.DATABASE,
     FindingKind.CACHE}
)

_SET_DATABASE = re.compile(r"^[ \t]*DATABASES[ \t]*=", re.MULTILINE)
"""The settings setting a database (a project setting none is `django_pages`' to judge)."""

_OWN_DATA = re.compile(
    r"\bmodels\.Model\b|^[ \t]*from[ \t]+django\.db\.models[ \t]+import\b[^\n]*\bModel\b"
    r"|\bAbstract(?:Base)?User\b|\bconnection\.cursor\(|\bconnections\[|\.objects\.raw\(",
    re.MULTILINE,
)
"""A model class of its own (a custom user included) or raw SQL: data of its own."""

_RENDERS = re.compile(
    r"^[ \t]*from[ \t]+django\.(?:shortcuts[ \t]+import\b[^\n]*\brender\b"
    r"|template\.(?:loader|response)[ \t]+import\b"
    r"|views\.generic(?:\.[a-z]+)?[ \t]+import\b[^\n]*\b(?:TemplateView|FormView)\b)",
    re.MULTILINE,
)
"""A view rendering a template for the browser."""

_FETCHES = re.compile(
    r"^[ \t]*(?:import[ \t]+(?:requests|httpx)\b|from[ \t]+(?:requests|httpx)[ \t]+import\b)",
    re.MULTILINE,
)
"""An HTTP client imported (Requests, HTTPX): what the front fetches its pages' data with."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages`, and drop its data signals, on each Django project whose
    settings set a database but which declares no model, keeps only empty migrations
    packages and runs no raw SQL of its own, whose views render templates and whose modules
    import an HTTP client."""
    folders = list(units)
    for folder, unit in units.items():
        if unit.renders_pages:
            continue
        signals = unit.signals.get(LANGUAGE, [])
        named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
        started = {
            s.name
            for s in signals
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if named != {"Django"} or started != {"Django"}:
            continue
        if any(
            s.kind in _DATA and s.strength is not Strength.DEV and not _sign_in(s.kind, s.name)
            for found in unit.signals.values()
            for s in found
        ):
            continue
        nested = nested_projects(folder, folders)
        if not _seen(top, folder, nested, _SET_DATABASE):
            continue
        if any_module(top, folder, nested, _OWN_DATA) or not _declares_no_table(
            top, folder, nested
        ):
            continue
        if not (_seen(top, folder, nested, _RENDERS) and _seen(top, folder, nested, _FETCHES)):
            continue
        unit.signals[LANGUAGE] = [
            s for s in signals if not (s.kind in _DATA and _sign_in(s.kind, s.name))
        ]
        unit.renders_pages = True


def _sign_in(kind: FindingKind, name: str) -> bool:
    """Whether a data signal is only what keeps the sign-in tables: Django's own ORM and
    migrations, the database, its Django backend's driver, the sessions' cache."""
    return (
        name in _PACKAGE_FINDINGS
        or kind in _SIGN_IN_KINDS
        or (kind is FindingKind.QUERY and name in _DRIVERS)
    )


def _declares_no_table(top: str, folder: str, nested: set[str]) -> bool:
    """Whether an app of the project keeps the migrations package `startapp` made for it, and
    every such package holds only its `__init__.py`: it was never given a table to create.
    (A project with no migrations package says nothing of its tables; a budget run out is a
    no.)"""
    empty = False
    for found in each_module(top, folder, nested):
        if found is None:
            return False
        path = PurePosixPath(found[0])
        if path.parent.name != "migrations":
            continue
        if path.name != "__init__.py":
            return False
        empty = True
    return empty


def _seen(top: str, folder: str, nested: set[str], pattern: re.Pattern[str]) -> bool:
    """Whether a module of the project matches `pattern` (a budget run out is a no)."""
    return next(matching_lines(top, folder, nested, pattern), None) is not None
