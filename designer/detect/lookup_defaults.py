"""Node: the engine a program falls back to, where drivers of several engines tie.

A Node server supporting several engines declares a driver for each (`pg`, `mysql2`,
`better-sqlite3` beside Knex) and opens the one its database URL names, falling back to one
of them when the environment names none (`process.env.DATABASE_URL || "sqlite://./data/app.db"`
in its knexfile). An environment lookup's default ranks with development fallbacks
(`engines.scope`): beneath a driver. With every engine's driver declared alike, nothing else
decides, and the engines tie down to their names' order. The engine the program's own code
falls back to is the one it runs on as shipped; where it is also one of the declared drivers,
the lookup's line counts with the driver (`Scope.RUNTIME`), so that it breaks the tie by
confidence. It stays beneath a Compose database, an env example's value or a production
setting, which outrank any driver. Lines in development, test or throw-away settings (a dev
file, a SQLite database in memory) are left as they are.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.engines import _LOOKUP, _SCRATCH, scope
from designer.detect.signals import Scope, Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"


def rescope(top: str, units: dict[str, Unit]) -> None:
    """Count each Node package's environment-lookup default of a declared driver's engine
    with the drivers, where the package declares drivers of two engines or more."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        manifest = posixpath.join(folder, "package.json") if folder != "." else "package.json"
        declared = {
            s.name
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.strength is Strength.DEPENDENCY
            and s.scope is None
            and s.evidence.path == manifest
        }
        if len(declared) < 2:
            continue
        unit.signals[LANGUAGE] = [
            s.replace(scope=Scope.RUNTIME) if _fallback_default(s, declared) else s
            for s in signals
        ]


def _fallback_default(signal: Signal, declared: set[str]) -> bool:
    """Whether `signal` is a lookup's default in the program's own code naming one of the
    `declared` drivers' engines."""
    text = signal.evidence.text
    return (
        signal.kind is FindingKind.DATABASE
        and signal.strength is Strength.ENTRY
        and signal.scope is None
        and signal.name in declared
        and not signal.opt_in
        and bool(_LOOKUP.search(text))
        and not _SCRATCH.search(text)
        and scope(signal.evidence.path, "", False) is Scope.RUNTIME
        and scope(signal.evidence.path, text, False) is Scope.FALLBACK
    )
