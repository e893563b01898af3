"""Go: the engine SQLBoiler's configuration generates the models for.

SQLBoiler writes a module's typed models from a live database's schema, and its configuration
file (`sqlboiler.toml`, `.yaml` or `.json`, at the module's root or in the folder holding its
schema, `db/sqlboiler.toml`) names that database by its driver's section: `[psql]`, `[mysql]`,
`[mssql]`, `[sqlite3]`, `[crdb]`. The driver itself may reach the module only through a helper
library's requirements (`github.com/lib/pq // indirect`), which name no engine of its own; the
generated models speak the engine the configuration names, so that engine is the module's.

Only Go modules using SQLBoiler with no engine found otherwise (an indirect requirement's
engine is only development help) are read, and only configurations naming one driver section,
the same one in each.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "go"

_NAMES = ("sqlboiler.toml", "sqlboiler.yaml", "sqlboiler.yml", "sqlboiler.json")
_ENGINES = {
    "psql": "PostgreSQL",
    "mysql": "MySQL",
    "mssql": "SQL Server",
    "sqlite3": "SQLite",
    "crdb": "CockroachDB",
}
_SECTION = re.compile(
    r'^(?:\[[ \t]*(\w+)[ \t]*\]|(\w+):[ \t]*$|[ \t]*"(\w+)"[ \t]*:[ \t]*\{)', re.M
)
"""A driver's section: a TOML table, a top-level YAML key, or a JSON object key."""
_SKIPPED = frozenset({"vendor", "node_modules", "testdata"})


def mark(top: str, units: dict[str, Unit]) -> None:
    """Add the engine SQLBoiler's configuration names to each Go module using SQLBoiler
    where no engine was found."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(
            s.kind is FindingKind.ORM and s.name == "SQLBoiler" and s.strength is not Strength.DEV
            for s in signals
        ):
            continue
        if any(
            s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV
            for found in unit.signals.values()
            for s in found
        ):
            continue  # an engine named at run time already (an indirect driver is not)
        found = _configured(top, unit.folder)
        if found is not None:
            unit.signals[LANGUAGE] = [*signals, found]


def _configured(top: str, folder: str) -> Signal | None:
    """The engine the one configuration at `folder` or a folder right below it names."""
    base = os.path.join(top, *([] if folder == "." else folder.split("/")))
    candidates = [""]
    try:
        candidates += sorted(
            e.name for e in os.scandir(base) if e.is_dir() and e.name not in _SKIPPED
        )
    except OSError:
        return None
    found: list[Signal] = []
    for sub in candidates:
        for name in _NAMES:
            relative = posixpath.join(*(p for p in (folder, sub, name) if p and p != "."))
            text, _ = read_text(top, relative)
            if not text:
                continue
            engines: dict[str, re.Match[str]] = {}
            for match in _SECTION.finditer(text):
                key = next(g for g in match.groups() if g)
                if key in _ENGINES:
                    engines.setdefault(_ENGINES[key], match)
            if len(engines) != 1:
                continue
            ((engine, match),) = engines.items()
            line = text.count("\n", 0, match.start()) + 1
            evidence = Evidence(path=relative, line=line, text=match.group(0).strip())
            found.append(Signal(FindingKind.DATABASE, engine, Strength.DEPENDENCY, evidence))
    return found[0] if len({s.name for s in found}) == 1 else None
