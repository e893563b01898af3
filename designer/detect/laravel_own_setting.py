"""The `DB_CONNECTION` an env file sets that a Laravel application never reads.

Laravel's skeleton picks the default connection in config/database.php with
`env('DB_CONNECTION', …)`, and its env example sets `DB_CONNECTION` (since Laravel 11,
`DB_CONNECTION=sqlite`). An application whose config/database.php reads its default from a
variable of its own (`'default' => env('MYSQL_DB_CONNECTION', 'mysql')`) and never reads
`DB_CONNECTION` leaves the env example's line a skeleton leftover: nothing reads it, so it names
no engine of the program. Those lines are dropped; the default the file itself gives (read by
the rule of `ecosystems.php`) and anything else naming an engine stand.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.laravel_base import SETTINGS
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_OWN_DEFAULT = re.compile(
    r"""^[ \t]*['"]default['"][ \t]*=>[ \t]*env[ \t]*\([ \t]*['"](\w+)['"]""", re.MULTILINE
)
"""The default connection read from an env variable (`'default' => env('DB_CONNECTION', …`);
a deeper `'default' => [` (Redis) is no lookup and does not match."""

_STOCK = "DB_CONNECTION"
"""The variable the skeleton's default connection reads."""

_READS_STOCK = re.compile(r"""['"]DB_CONNECTION['"]""")
"""Any lookup of the stock variable in the settings (a connection's driver may read it)."""

_SETS_STOCK = re.compile(
    r"""^[ \t]*(?:-[ \t]*)?(?:export[ \t]+|ENV[ \t]+)?["']?DB_CONNECTION["']?[ \t]*[=:]"""
)
"""A line setting the stock variable: an env file's `DB_CONNECTION=sqlite`, a Compose
service's `DB_CONNECTION: mysql`, an image's `ENV DB_CONNECTION=mysql`."""


def drop_unread(top: str, units: dict[str, Unit]) -> None:
    """Drop the engines set through `DB_CONNECTION` for each Laravel application whose
    config/database.php takes its default connection from another variable and never reads
    `DB_CONNECTION`."""
    for unit in units.values():
        signals = [s for found in unit.signals.values() for s in found]
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Laravel" for s in signals):
            continue
        path = posixpath.join(unit.folder, SETTINGS) if unit.folder != "." else SETTINGS
        text = read_text(top, path)[0]
        if text is None:
            continue
        default = _OWN_DEFAULT.search(text)
        if default is None or default.group(1) == _STOCK or _READS_STOCK.search(text):
            continue
        for key, found in unit.signals.items():
            unit.signals[key] = [
                s for s in found
                if s.kind is not FindingKind.DATABASE or not _SETS_STOCK.match(s.evidence.text)
            ]
