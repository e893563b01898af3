"""Django projects with no database that render pages from other services' data: a UI.

Django's default `DATABASES` is empty (the dummy backend: every query raises), so a project
whose settings never set it keeps no data, whatever the Django package brings (its ORM and
migrations are only found from the package). With no model of its own either, views that
render templates, and an HTTP client imported to fetch what they show (`requests.get(api)`),
it is a front end over the APIs beside it, as a Flask project of that shape is
(`view_servers`): its ORM and migrations signals are dropped and it is marked as rendering
pages (`nonservices.ui_only`). Only projects whose one framework started in code is Django,
with no other data layer, store or migration tool, are read; a project too large to read
whole is left alone.

A front end's pages post forms from the browser, so it keeps Django's CSRF protection. A
project whose settings list their middleware with `CsrfViewMiddleware` left out (commented out
or never named) takes its POSTs from other programs instead: a service other programs call (a
grader taking submissions, a converter), counted with no data of its own. Its package ORM and
migrations signals are dropped all the same, but it is not marked as rendering pages. Settings
that list no middleware at all say nothing either way: the project stays a UI.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import any_module, matching_lines, nested_projects
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_PACKAGE_FINDINGS = frozenset({"Django ORM", "Django migrations"})
"""What the Django package itself is read as: the ORM and migrations it ships."""

_DATA = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS, FindingKind.DATABASE,
     FindingKind.CACHE}
)

_DATABASES = re.compile(r"\bDATABASES\b|\bmodels\.Model\b|\bdatabase_url\b|\bdj_database_url\b")
"""The settings setting a database (however they build it), or a model class of the project's
own: either means it keeps data."""

_RENDERS = re.compile(
    r"^[ \t]*from[ \t]+django\.(?:shortcuts[ \t]+import\b[^\n]*\brender\b"
    r"|template\.(?:loader|response)[ \t]+import\b)",
    re.MULTILINE,
)
"""A view rendering a template for the browser (`render`, `render_to_string`,
`TemplateResponse`)."""

_FETCHES = re.compile(
    r"^[ \t]*(?:import[ \t]+(?:requests|httpx)\b|from[ \t]+(?:requests|httpx)[ \t]+import\b)",
    re.MULTILINE,
)
"""An HTTP client imported (Requests, HTTPX): what a front end fetches its pages' data with."""

_MIDDLEWARE = re.compile(r"^[ \t]*MIDDLEWARE(?:_CLASSES)?[ \t]*(?:=|\+=)", re.MULTILINE)
"""The settings listing the project's middleware (Django 1.10+ `MIDDLEWARE`, or the older
`MIDDLEWARE_CLASSES`)."""

_CSRF = re.compile(r"^[ \t]*[^#\s][^#\n]*\bCsrfViewMiddleware\b", re.MULTILINE)
"""Django's CSRF middleware named on a line that is not commented out."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Drop the Django package's ORM and migrations signals on each Django project whose
    settings set no database, with no model of its own, whose views render templates and whose
    modules import an HTTP client; set `Unit.renders_pages` on those that keep Django's CSRF
    middleware (or list no middleware)."""
    folders = list(units)
    for folder, unit in units.items():
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
            s.kind in _DATA and s.strength is not Strength.DEV and s.name not in _PACKAGE_FINDINGS
            for found in unit.signals.values()
            for s in found
        ):
            continue
        nested = nested_projects(folder, folders)
        if any_module(top, folder, nested, _DATABASES):
            continue  # a database set, a model, or too many modules to tell
        if not (_seen(top, folder, nested, _RENDERS) and _seen(top, folder, nested, _FETCHES)):
            continue
        unit.signals[LANGUAGE] = [s for s in signals if s.name not in _PACKAGE_FINDINGS]
        if _seen(top, folder, nested, _MIDDLEWARE) and not _seen(top, folder, nested, _CSRF):
            continue  # POSTs from other programs, not the browser's forms: a service
        unit.renders_pages = True


def _seen(top: str, folder: str, nested: set[str], pattern: re.Pattern[str]) -> bool:
    """Whether a module of the project matches `pattern` (a budget run out is a no)."""
    return next(matching_lines(top, folder, nested, pattern), None) is not None
