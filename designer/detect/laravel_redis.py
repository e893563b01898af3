"""A Laravel application that keeps its data in Redis, not in a database.

The framework package lends Eloquent and its migrations to every Laravel application, and the
connection setting (`DB_CONNECTION`: the skeleton's `config/database.php` default, an env
file, a Compose service's environment) names an engine in every one. An application whose
storage classes (`TokenStore`, `RequestRepository`) read and write through Redis (Laravel's
`Redis` facade, a Predis client) and whose code defines no model and runs no query keeps its
data in Redis: the lent layer and the connection setting are no finding of its data (the
connection holds at most the framework's own tables, failed jobs, and migrations left from
before the store moved). Redis is then its engine.

The walk reads only a few of a project's source files, so the code under `app/` is read on
disk, only for a Laravel application whose manifest requires a Redis client.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import CONFIG, Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.php import ELOQUENT_USE
from designer.detect.engines import REPOSITORY_ENDINGS
from designer.detect.laravel_data import (
    CODE_FOLDER,
    FRAMEWORK_PACKAGE,
    LANGUAGE,
    MAX_CODE_FILES,
    SCHEMA_HELPER,
    SKELETON_SETTINGS,
)
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

_REDIS_CLIENT = "Redis"
"""The name the manifest's Redis client (`predis/predis`, `ext-redis`) is a finding of."""

_REDIS_USE = re.compile(
    r"^use[ \t]+Illuminate\\Support\\Facades\\Redis;|\bRedis::connection[ \t]*\("
    r"|\bnew[ \t]+\\?Predis\\Client\b",
    re.MULTILINE,
)
"""Code talking to Redis: Laravel's `Redis` facade, a Predis client."""

_DATA_USE = re.compile(ELOQUENT_USE, re.MULTILINE)

_EXCEPTION_IMPORT = re.compile(r"use[ \t]+Illuminate\\Database\\Eloquent\\\w*Exception;")
"""An Eloquent exception the skeleton's exception handler imports to report it
(`ModelNotFoundException`): no use of the database."""

_CONNECTION_SETTING = re.compile(r"\bDB_CONNECTION\b")
"""The setting that names the application's database connection."""

_LAYERS = frozenset({"Eloquent", "Laravel migrations", SCHEMA_HELPER[1]})
"""The framework's lent layer, and the schema builder's helper its migrations need."""


def keep_in_redis(top: str, units: dict[str, Unit]) -> None:
    """Make Redis the engine of each Laravel application whose data lives in Redis stores,
    taking the framework's lent data layer and the connection setting's engine from it."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not _redis_laravel(signals):
            continue
        store = _redis_store(top, unit.folder)
        if store is None:
            continue
        unit.signals[LANGUAGE] = [
            s for s in signals if s.name not in _LAYERS and not _connection(s)
        ] + [Signal(FindingKind.DATABASE, "Redis", Strength.ENTRY, store)]
        if CONFIG in unit.signals:
            unit.signals[CONFIG] = [s for s in unit.signals[CONFIG] if not _connection(s)]


def _redis_laravel(signals: list[Signal]) -> bool:
    """Whether the signals are a Laravel application's whose manifest requires Redis."""
    return any(s.package == FRAMEWORK_PACKAGE for s in signals) and any(
        s.name == _REDIS_CLIENT and s.kind is FindingKind.CACHE for s in signals
    )


def _redis_store(top: str, folder: str) -> Evidence | None:
    """The first Redis use of a store class under the folder's `app/`, if its code there uses
    no model nor query (past the budget: taken to use one)."""
    found = None
    endings = REPOSITORY_ENDINGS[LANGUAGE]
    for path in code_files(top, posixpath.join(folder, CODE_FOLDER), (".php",), MAX_CODE_FILES):
        if path is None:
            return None
        text = read_text(top, path)[0]
        if text is None:
            continue
        if any(not _EXCEPTION_IMPORT.match(text, m.start()) for m in _DATA_USE.finditer(text)):
            return None
        if found is None and path.endswith(endings):
            use = _REDIS_USE.search(text)
            if use is not None:
                line = text.count("\n", 0, use.start()) + 1
                found = Evidence(path=path, line=line, text=text.splitlines()[line - 1].strip())
    return found


def _connection(signal: Signal) -> bool:
    """Whether a signal is the engine the connection setting names."""
    return signal.kind is FindingKind.DATABASE and (
        posixpath.basename(signal.evidence.path) == SKELETON_SETTINGS
        or _CONNECTION_SETTING.search(signal.evidence.text) is not None
    )
