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
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
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

_MAJOR = LazyPattern(r"^[\s^~>=v]*(\d+)")
"""The major release a version constraint starts at (`^13.7` → 13, `v11.0.0` → 11)."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Laravel 11+ application whose config/database.php lists connections and no
    default the framework's default engine, as a fallback."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(_merging(s) for s in signals):
            continue
        path = posixpath.join(unit.folder, SETTINGS) if unit.folder != "." else SETTINGS
        text = read_text(top, path)[0]
        match = _CONNECTIONS.search(text or "")
        if text is None or match is None or _names_default(text, match.group(1)):
            continue
        line = text.count("\n", 0, match.start()) + 1
        evidence = Evidence(path=path, line=line, text=match.group(0).strip())
        signals.append(
            Signal(FindingKind.DATABASE, FRAMEWORK_DEFAULT, Strength.ENTRY, evidence,
                   package=FRAMEWORK_PACKAGE, scope=Scope.FALLBACK)
        )


def _merging(signal: Signal) -> bool:
    """Whether a signal is Laravel required at a release that merges its configuration."""
    if signal.kind is not FindingKind.FRAMEWORK or signal.name != "Laravel":
        return False
    match = _MAJOR.match(signal.version)
    return match is not None and int(match.group(1)) >= FIRST_MERGING


def _names_default(text: str, indent: str) -> bool:
    """Whether the settings set the default connection at the connections' level."""
    key = re.compile(rf"""^{re.escape(indent)}['"]default['"][ \t]*=>""", re.MULTILINE)
    return key.search(text) is not None
