"""Ruby: a `database.yml` whose production adapter the application's bundle cannot load.

Active Record loads the driver gem of the adapter a `database.yml` names (`mysql2` for
`adapter: mysql2`) from the application's bundle. An application whose Gemfile.lock resolves no
driver gem for that engine cannot run in production as the file says: the file is no
configuration of this application, but a provisioning tool's template written for another
setup or a leftover of an engine the application has left (its Gemfile comments the driver out
and bundles another). Its adapters, the production one and the others beside it alike, then
say nothing about the engine; the drivers the bundle does resolve, and any other setting, do.

The same holds for the `database.yml.example` a repository keeps beside its own settings (the
generator's SQLite file left when the application moved to MySQL and dropped `sqlite3`).

Only a folder whose Gemfile.lock is committed is asked: a Gemfile alone may take gems from a
gemspec or a git source this pass does not follow.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

LOCK = "Gemfile.lock"

SETTINGS = ("database.yml", "database.yml.example")
"""The names of Active Record's settings file and of the example a repository ships in its
place (a generator's SQLite file kept beside the `database.yml` the application runs on),
wherever a rule read them."""

DRIVERS = {
    "PostgreSQL": ("pg", "postgres-pr", "activerecord-jdbcpostgresql-adapter", "jdbc-postgres"),
    "MySQL": (
        "mysql2",
        "mysql",
        "trilogy",
        "activerecord-trilogy-adapter",
        "activerecord-jdbcmysql-adapter",
        "jdbc-mysql",
    ),
    "SQLite": ("sqlite3", "activerecord-jdbcsqlite3-adapter", "jdbc-sqlite3"),
}
"""Engine → the gems any of which loads its Active Record adapter (the native driver, the
JRuby JDBC adapter). An engine not listed is never judged unbundled."""

_DEPLOYED = (Scope.PRODUCTION, Scope.CHOSEN)
"""The scopes of an adapter production runs on: its `production:` environment's, or that of the
anchor every environment merges (`default: &default` / `adapter: sqlite3` / `<<: *default`)."""

_GEM = re.compile(r"^[ \t]+([A-Za-z0-9_.-]+)(?:[ \t]+\(|!?[ \t]*$)", re.MULTILINE)
"""A gem Gemfile.lock names: a resolved spec (`    pg (1.5.0)`), a requirement of one, or a
dependency of the application (`  pg`)."""


def drop_unloadable(top: str, units: dict[str, Unit]) -> None:
    """Drop the engines of each Ruby unit's `database.yml` whose production adapter no gem of
    the unit's Gemfile.lock loads."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        lock = posixpath.join(unit.folder, LOCK) if unit.folder != "." else LOCK
        text = read_text(top, lock)[0]
        if text is None:
            continue
        bundled = {name.lower() for name in _GEM.findall(text)}
        unloadable = {
            s.evidence.path
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.scope in _DEPLOYED
            and posixpath.basename(s.evidence.path) in SETTINGS
            and s.name in DRIVERS
            and not bundled.intersection(DRIVERS[s.name])
        }
        if unloadable:
            signals[:] = [
                s
                for s in signals
                if not (s.kind is FindingKind.DATABASE and s.evidence.path in unloadable)
            ]
