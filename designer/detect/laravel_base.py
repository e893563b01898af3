"""The engine a Laravel 11+ application falls back to when its config/database.php names no
default connection.

Since Laravel 11 the framework merges each configuration file of the application over its own
copy (`vendor/laravel/framework/config/database.php`): a key the application's file leaves out
takes the framework's value. An application whose config/database.php lists its connections
but no `'default'` runs on the framework's `env('DB_CONNECTION', 'sqlite')`, SQLite unless the
operator sets another. Like Lumen's stock connection (`ecosystems.php`), that is a fallback:
the application's env example, a Compose database or a deployment's setting outrank it.
Before Laravel 11 no such merge happens (a missing default is an error), so only a manifest
whose constraint starts at 11 or later is read so.

A default the file names through a constant (`'default' => Connection::APPLICATION`, a class a
shared package keeps) cannot be read from the file, but it names one of the connections listed
beside it: where every connection the file lists (uncommented) has the same literal driver
(`'driver' => 'pgsql'`), that is the engine whichever one the constant names, the program's
own choice (`Scope.CHOSEN`). So too a default read from an env variable with no fallback
(`'default' => env('APP_ENV')`, connections named after the environments): whichever the
variable names, it is one of them. Connections of several drivers leave it unread.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import CONFIG, Unit
from designer.detect.engines import EMBEDDED, scope
from designer.detect.sidefiles import COMPOSE_ENV_FILES, ENV_EXAMPLES
from designer.detect.signals import LazyPattern, Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

FRAMEWORK_PACKAGE = "laravel/framework"

SETTINGS = "config/database.php"

FIRST_MERGING = 11
"""The first Laravel major release that merges the framework's configuration files."""

FRAMEWORK_DEFAULT = "SQLite"
"""The engine of the framework's own `'default' => env('DB_CONNECTION', 'sqlite')`."""

_CONNECTIONS = LazyPattern(r"""^([ \t]*)['"]connections['"][ \t]*=>""", re.MULTILINE)
"""The settings' list of connections; the default connection is a key beside it, indented
alike (a Redis section's `'default' => [` lies deeper)."""

_DEFAULT_VALUE = r"""['"]default['"][ \t]*=>[ \t]*(.*)$"""
"""The value of the default connection's key (matched at the connections' indent)."""

_READABLE = LazyPattern(r"""^(?:env[ \t]*\([ \t]*['"]\w+['"][ \t]*,|['"])""")
"""A default the file itself spells: an env lookup with a fallback (read by the rule of
`ecosystems.php`) or a quoted connection name."""

_DRIVER = LazyPattern(r"""^[ \t]*['"]driver['"][ \t]*=>[ \t]*['"](\w+)['"]""", re.MULTILINE)
"""A connection's literal driver, on a line of its own (a `//` comment does not match)."""

_ANY_DRIVER = LazyPattern(r"""^[ \t]*['"]driver['"][ \t]*=>""", re.MULTILINE)
"""A connection's driver, literal or not (`env('DB_DRIVER', 'mysql')`)."""

_DRIVERS = {
    "pgsql": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "sqlite": "SQLite",
    "sqlsrv": "SQL Server",
}
"""Laravel's database drivers and the engines they reach."""

_MAJOR = LazyPattern(r"^[\s^~>=v]*(\d+)")
"""The major release a version constraint starts at (`^13.7` → 13, `v11.0.0` → 11)."""


def _connections(top: str, unit: Unit) -> tuple[str, str, re.Match[str]] | None:
    """The application's config/database.php (its path and text) and the start of its
    connections array, or None when the file or the array is missing."""
    path = posixpath.join(unit.folder, SETTINGS) if unit.folder != "." else SETTINGS
    text = read_text(top, path)[0]
    match = _CONNECTIONS.search(text or "")
    if text is None or match is None:
        return None
    return path, text, match


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Laravel 11+ application whose config/database.php lists connections and no
    default the framework's default engine, as a fallback; and each Laravel application whose
    default is a constant the one driver all its connections share."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(_laravel(s) for s in signals):
            continue
        found = _connections(top, unit)
        if found is None:
            continue
        path, text, match = found
        default = _default(text, match.group(1))
        if default is not None:
            if not _READABLE.match(default):
                signals.extend(_shared_driver(text, match, path))
            continue
        if not any(_merging(s) for s in signals):
            continue
        line = text.count("\n", 0, match.start()) + 1
        evidence = Evidence(path=path, line=line, text=match.group(0).strip())
        signals.append(
            Signal(FindingKind.DATABASE, FRAMEWORK_DEFAULT, Strength.ENTRY, evidence,
                   package=FRAMEWORK_PACKAGE, scope=Scope.FALLBACK)
        )


_LOOKUP_FALLBACK = LazyPattern(r"""^env[ \t]*\([ \t]*['"]\w+['"][ \t]*,[ \t]*['"](\w+)['"]""")
"""The literal fallback of the default connection's env lookup (`env('DB_CONNECTION',
'sqlite')` → `sqlite`)."""



def keep_local_pick(top: str, units: dict[str, Unit]) -> None:
    """Give back its own rank to the embedded engine a local env example picks
    (`APP_ENV=local`, `DB_CONNECTION=sqlite`), demoted by `sidefiles` as a developer's
    stand-in for the server the settings default to, where the settings default to that
    same embedded engine (`'default' => env('DB_CONNECTION', 'sqlite')`): the example and the
    program agree, the file stands in for nothing, and a Compose file's server beside them
    (Laravel Sail's development services) is one way to run it, not the engine."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        config = unit.signals.get(CONFIG)
        if not signals or not config or not any(_laravel(s) for s in signals):
            continue
        found = _connections(top, unit)
        if found is None:
            continue
        _, text, match = found
        default = _default(text, match.group(1))
        fallback = _LOOKUP_FALLBACK.match(default or "")
        engine = _DRIVERS.get(fallback.group(1)) if fallback is not None else None
        if engine is None or engine not in EMBEDDED or any(_composed_setting(s) for s in config):
            continue
        for index, signal in enumerate(config):
            if (
                signal.kind is FindingKind.DATABASE
                and signal.name == engine
                and signal.scope is Scope.FALLBACK
                and posixpath.basename(signal.evidence.path) in ENV_EXAMPLES
            ):
                own = scope(signal.evidence.path, signal.evidence.text, True)
                if own < Scope.FALLBACK:
                    config[index] = signal.replace(scope=own)


def _composed_setting(signal: Signal) -> bool:
    """Whether a signal is an engine a Compose service's environment sets for the app
    (`DB_CONNECTION: mysql`), not only a database image it runs: the deployment configures
    the engine, and the local example's pick stays below it."""
    name = posixpath.basename(signal.evidence.path)
    if signal.kind is FindingKind.DATABASE and name in COMPOSE_ENV_FILES:
        # The env file the Compose deployment copies to `.env` (`.env.docker.example`) sets
        # the engine for it as the service's environment would.
        return True
    return (
        signal.kind is FindingKind.DATABASE
        and name.startswith(("docker-compose", "compose."))
        and not signal.evidence.text.lstrip().startswith("image:")
    )


def _laravel(signal: Signal) -> bool:
    """Whether a signal is the Laravel framework."""
    return signal.kind is FindingKind.FRAMEWORK and signal.name == "Laravel"


def _merging(signal: Signal) -> bool:
    """Whether a signal is Laravel required at a release that merges its configuration."""
    if signal.kind is not FindingKind.FRAMEWORK or signal.name != "Laravel":
        return False
    match = _MAJOR.match(signal.version)
    return match is not None and int(match.group(1)) >= FIRST_MERGING


def _default(text: str, indent: str) -> str | None:
    """The value the settings give the default connection at the connections' level, or None
    when they give none."""
    key = re.compile(rf"^{re.escape(indent)}{_DEFAULT_VALUE}", re.MULTILINE)
    found = key.search(text)
    return found.group(1).strip() if found is not None else None


def _shared_driver(text: str, connections: re.Match[str], path: str) -> list[Signal]:
    """The engine of the one literal driver every listed connection has (the block up to the
    line closing it at the connections' indent), or nothing when they differ or one is not
    a literal Laravel driver."""
    end = re.compile(rf"^{re.escape(connections.group(1))}\]", re.MULTILINE).search(
        text, connections.end()
    )
    block = text[connections.end() : end.start() if end is not None else len(text)]
    drivers = list(_DRIVER.finditer(block))
    engines = {_DRIVERS.get(d.group(1)) for d in drivers}
    if len(engines) != 1 or None in engines or len(_ANY_DRIVER.findall(block)) != len(drivers):
        return []
    first = drivers[0]
    line = text.count("\n", 0, connections.end() + first.start()) + 1
    evidence = Evidence(path=path, line=line, text=first.group(0).strip())
    return [
        Signal(FindingKind.DATABASE, engines.pop() or "", Strength.ENTRY, evidence,
               scope=Scope.CHOSEN)
    ]
