"""A Laravel application that renders pages over other services' APIs: the server of a UI.

A product may put a Laravel front before its API services: Blade pages whose controllers call
those services through an HTTP client, their addresses set in the env example
(`API_URL=<<USER SERVICE>>`, `API_URL_FEEDS=…`), beside session, cache and queue drivers but no
database (no `DB_` variable, no `DATABASE_URL`). The framework lends Eloquent and its
migrations and the skeleton names a default connection in every application, and such a front
often keeps the skeleton's `User` model and migrations unused; with no database its
deployment could reach, they are no data of its own. What the framework and skeleton lend is
dropped (`laravel_data.skeleton_data`) and the application marked as rendering its pages
(`Unit.renders_pages`): a UI (HELDOUT.md, "Not backends") unless something else in it keeps
data (a driver, another ORM, a store). All four facts are needed: an env example without a
database but naming no service API (`laravel_data`'s case, read there by code use), one
configuring a database, an application without Blade views or without an HTTP client, each
stay as they are.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.laravel_data import DB_SETTING, FRAMEWORK_PACKAGE, skeleton_data
from designer.detect.sidefiles import ENV_FILES
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "php"

_ENV_FILES = ENV_FILES | {"example.env"}
"""The env examples a Laravel application ships (`example.env` copied to `.env` as well)."""

_DATABASE_URL = re.compile(r"^[ \t]*(?:export[ \t]+)?\w*DATABASE\w*[ \t]*=", re.MULTILINE)
"""A database URL or name setting other than Laravel's `DB_` ones (`DATABASE_URL=`)."""

_API_URL = re.compile(r"^[ \t]*(?:export[ \t]+)?\w*API\w*_URL\w*[ \t]*=", re.MULTILINE)
"""Another service's API address (`API_URL=`, `API_URL_FEEDS=`, `BILLING_API_URL=`)."""

_CLIENT = re.compile(
    r"\bnew[ \t]+(?:\\?GuzzleHttp\\)?Client[ \t]*\(|\bHttp::(?:withHeaders|withToken|get|post|"
    r"put|patch|delete|acceptJson|asForm|timeout|baseUrl)\b|^use[ \t]+GuzzleHttp\\",
    re.MULTILINE,
)
"""An HTTP call in the application's code: Guzzle's client, or Laravel's `Http` facade."""

_SKIPPED = frozenset({"vendor", "node_modules", "storage"})
"""Installed packages and the framework's compiled views: not the application's own files."""

MAX_FILES = 3000
"""PHP files of the application read at most, looking for the HTTP client."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Drop the lent data of each Laravel front over other services' APIs and mark it as
    rendering its pages."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "Laravel" for s in signals
        ):
            continue
        if not any(s.package == FRAMEWORK_PACKAGE for s in signals):
            continue
        if not _names_apis_only(top, unit.folder) or not _renders_views(top, unit.folder):
            continue
        if not _calls_http(top, unit.folder):
            continue
        unit.signals[LANGUAGE] = [s for s in signals if not skeleton_data(s)]
        unit.renders_pages = True


def _path(folder: str, name: str) -> str:
    return name if folder == "." else f"{folder}/{name}"


def _names_apis_only(top: str, folder: str) -> bool:
    """Whether the folder has an env example, none configures a database, and one names
    another service's API address."""
    texts = [t for name in sorted(_ENV_FILES) if (t := read_text(top, _path(folder, name))[0])]
    return (
        bool(texts)
        and not any(DB_SETTING.search(t) or _DATABASE_URL.search(t) for t in texts)
        and any(_API_URL.search(t) for t in texts)
    )


def _renders_views(top: str, folder: str) -> bool:
    """Whether the application keeps Blade views (`resources/views/`, a module's own)."""
    views = code_files(top, folder, (".blade.php",), 1, skip_dir=_SKIPPED.__contains__)
    return next(views, None) is not None


def _calls_http(top: str, folder: str) -> bool:
    """Whether the application's code (outside vendor/) calls a service over HTTP."""
    for path in code_files(
        top, folder, (".php",), MAX_FILES, skip_dir=_SKIPPED.__contains__
    ):
        if path is None:
            return False
        text = read_text(top, path)[0]
        if text and _CLIENT.search(text):
            return True
    return False
