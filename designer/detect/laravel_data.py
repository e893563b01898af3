"""A Laravel application that keeps no data of its own: the framework package brings Eloquent
and its migrations, and the skeleton's `config/database.php` names a default connection, in
every application, whether or not its code ever opens a database (an importer that talks to
another service over HTTP, with no model, no migration, no query).

Where the application's env example configures no database (no `DB_` variable beside its
session, cache and queue drivers) and nothing in its code uses the database layer (a
migration, a model, an Eloquent import, the `DB` facade), what the framework lends and what
the untouched skeleton names are no finding of the application's. Nor is the exception
handler's import of `ModelNotFoundException` a use (the skeleton of Laravel 5 to 7 imported it
to keep it out of the reports, and a relay queueing what it is sent still carries it). An
application with no env example says nothing either way, and keeps them; an engine the
operator configures elsewhere (a Compose database) stays.

The walk reads only a few of a project's source files, so a use it did not see is looked for
on disk, only in the rare application where the walk saw none: the migrations folder first
(one listing), then the code under `app/`.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.php import ELOQUENT_USE, MIGRATION_USE
from designer.detect.sidefiles import ENV_FILES
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "php"

FRAMEWORK_PACKAGE = "laravel/framework"
"""The package that lends Eloquent and Laravel migrations to every Laravel application."""

_LAYERS = frozenset({(FindingKind.ORM, "Eloquent"), (FindingKind.MIGRATIONS, "Laravel migrations")})

SKELETON_SETTINGS = "database.php"
"""The skeleton's settings file whose default connection names an engine in every app."""

MIGRATIONS_FOLDER = "database/migrations"
"""Where a Laravel application keeps its migrations: any PHP file there is a use."""

CODE_FOLDER = "app"
"""The application's own code, its models among it (`app/Models` may also hold plain classes
that are no Eloquent model: a job's state kept in the session)."""

MAX_CODE_FILES = 3000
"""PHP files of `app/` read at most: past that the application is taken to use its layer
(no application this large keeps no data)."""

DB_SETTING = re.compile(r"^[ \t]*(?:export[ \t]+)?DB_\w*[ \t]*=", re.MULTILINE)
"""A database setting of Laravel's env file (`DB_CONNECTION=mysql`, `DB_HOST=`)."""

_USE = re.compile(f"{ELOQUENT_USE}|{MIGRATION_USE}", re.MULTILINE)

_HANDLED = re.compile(
    r"^use[ \t]+Illuminate\\Database\\Eloquent\\ModelNotFoundException;[^\n]*$", re.MULTILINE
)
"""The exception handler's import of the model-not-found exception (to keep it out of the
reports, or map it to a 404): no use of the database layer."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Take the framework's lent data layer and the skeleton's default engine from each
    Laravel application whose code never uses a database."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(
            s.package == FRAMEWORK_PACKAGE and (s.kind, s.name) in _LAYERS for s in signals
        ):
            continue
        if (
            not _configures_no_database(top, unit.folder)
            or any(_used(s) for s in signals)
            or _uses_on_disk(top, unit.folder)
        ):
            continue
        unit.signals[LANGUAGE] = [s for s in signals if not skeleton_data(s)]


def _used(signal: Signal) -> bool:
    """Whether a signal is the data layer used in the application's code; the skeleton's
    settings (`config/app.php` aliasing `Model` as `Eloquent`) are not its code."""
    return (
        signal.strength is Strength.ENTRY
        and (signal.kind, signal.name) in _LAYERS
        and "/config/" not in "/" + signal.evidence.path
        and not _HANDLED.match(signal.evidence.text)
    )


def _configures_no_database(top: str, folder: str) -> bool:
    """Whether the folder has an env example and none of them sets a `DB_` variable."""
    found = False
    for name in sorted(ENV_FILES):
        text, _ = read_text(top, name if folder == "." else f"{folder}/{name}")
        if text is None:
            continue
        if DB_SETTING.search(text):
            return False
        found = True
    return found


def _uses_on_disk(top: str, folder: str) -> bool:
    """Whether the application keeps a migration, or its code under `app/` uses the database
    layer."""
    base = os.path.join(top, *([] if folder == "." else folder.split("/")))
    try:
        names = os.listdir(os.path.join(base, *MIGRATIONS_FOLDER.split("/")))
    except OSError:
        names = []
    if any(name.endswith(".php") for name in names):
        return True
    for path in code_files(top, posixpath.join(folder, CODE_FOLDER), (".php",), MAX_CODE_FILES):
        if path is None:  # past the budget: taken to use it
            return True
        text = read_text(top, path)[0]
        if text is not None and _USE.search(_HANDLED.sub("", text)):
            return True
    return False


SCHEMA_HELPER = (FindingKind.QUERY, "Doctrine DBAL")
"""What a Laravel application requires for its schema builder's column changes (Laravel 10 and
earlier): a part of the migrations, no data layer of the code's."""


def skeleton_data(signal: Signal) -> bool:
    """Whether a signal is the framework's lent layer, the schema builder's helper or the
    skeleton's default engine."""
    if (signal.kind, signal.name) in _LAYERS or (signal.kind, signal.name) == SCHEMA_HELPER:
        return True
    return (
        signal.kind is FindingKind.DATABASE
        and posixpath.basename(signal.evidence.path) == SKELETON_SETTINGS
    )
