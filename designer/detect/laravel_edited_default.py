"""A Laravel default connection edited to an engine the skeleton never ships.

Laravel's skeleton ships `config/database.php` with `env('DB_CONNECTION', 'mysql')` (since
Laravel 11, `'sqlite'`) and an env example naming the same or, once Sail is installed for a
developer's checkout, MySQL. An application whose config/database.php defaults to another
engine (`'pgsql'`, `'sqlsrv'`) had someone edit that line on purpose: the engine it runs on
when deployed, where the env example's skeleton engine is a developer's leftover. Where a
Compose file of the application also runs that edited engine, the env example's MySQL or
SQLite is demoted to a development fallback, and the edited default ranks as the program's own
choice (`Scope.CHOSEN`), above a Compose file's database (Sail's MySQL service for a developer).
An application with no Compose database at all (no container setup beside it) has nothing to
contradict its edit: its edited default ranks so too, above the env example, a development
template. One whose Compose file runs another engine only (Sail's MySQL) is left to the
ranking. A default the skeleton ships (MySQL, SQLite) tells nothing either way and is left
alone.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.sidefiles import ENV_FILES
from designer.detect.signals import Scope, Signal
from designer.model.stack import FindingKind

_EDITED = frozenset({"PostgreSQL", "SQL Server"})
"""Engines no Laravel skeleton's config/database.php defaults to."""

_DEFAULT = re.compile(r"['\"]default['\"]\s*=>")
"""The default connection's key (`'default' => env('DB_CONNECTION', 'pgsql')`)."""

_SKELETON = frozenset({"MySQL", "SQLite"})
"""The engines a Laravel skeleton's env example or default connection names."""


def demote_leftovers(units: dict[str, Unit]) -> None:
    """Demote the env example's skeleton engine of the Laravel units whose config/database.php
    defaults to an edited engine a Compose file also runs, or no Compose file contradicts."""
    for unit in units.values():
        signals = [s for found in unit.signals.values() for s in found]
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Laravel" for s in signals):
            continue
        databases = [s for s in signals if s.kind is FindingKind.DATABASE]
        edited = {s.name for s in databases if is_default(s) and s.name in _EDITED}
        composed = {s.name for s in databases if _compose(s)}
        if not edited or (composed and not edited & composed):
            continue  # no edit, or a Compose file running another engine: left to the ranking
        for key, found in unit.signals.items():
            unit.signals[key] = [_ranked(s, edited) for s in found]


def is_default(signal: Signal) -> bool:
    """Whether `signal` is config/database.php's default connection (not the driver of one
    of the connections it lists)."""
    return (
        posixpath.basename(signal.evidence.path) == "database.php"
        and _DEFAULT.search(signal.evidence.text) is not None
    )


def _compose(signal: Signal) -> bool:
    """Whether `signal` comes from a Compose file (`docker-compose.yml`, `compose.db.yml`)."""
    name = posixpath.basename(signal.evidence.path)
    return name.endswith((".yml", ".yaml")) and "compose" in name


def _ranked(signal: Signal, edited: set[str]) -> Signal:
    """The edited default as the program's own choice; the env example's skeleton engine as
    a developer's fallback; any other signal as it is."""
    if signal.kind is not FindingKind.DATABASE:
        return signal
    if is_default(signal) and signal.name in edited:
        return signal.replace(scope=Scope.CHOSEN)
    if signal.name in _SKELETON and posixpath.basename(signal.evidence.path) in ENV_FILES:
        return signal.replace(scope=Scope.FALLBACK)
    return signal
