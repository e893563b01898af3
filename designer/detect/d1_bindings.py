"""SQLite for a Cloudflare Worker whose Wrangler configuration binds a D1 database it queries.

D1 is Cloudflare's SQLite: a Worker's Wrangler configuration (`wrangler.toml`, `wrangler.json`
or `.jsonc`, often committed as a template or example to fill in: `wrangler.toml.template`)
binds a database to a name (`[[d1_databases]]` … `binding = "DB"`), and the code reaches it
through that name on the runtime's environment (`c.env.DB.prepare(...)`, `env.DB.batch(...)`)
with no driver nor data layer in its manifest. A Worker keeping its data so has SQLite as its
engine (as earlier sets wrote D1). Only a unit naming no engine at all is given it, and only
when its own code calls D1's statement API on the bound name: a binding the code never uses is
a leftover of the template.

Such a Worker may also run under Node in a container, with a SQLite driver in its manifest
(`better-sqlite3`) standing in for D1 there, behind the same hand-written statements. Its SQL is
written to D1's statement API through the binding, with no data library: where a unit's only
data layer is such a driver and its code queries the bound D1 database, the driver is no data
layer of it (the engine it names, SQLite, stays).
"""

from __future__ import annotations

import os
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

ENGINE = "SQLite"

MAX_FILES = 2000
"""Code files of the Worker read at most for a use of the binding."""

_CONFIG = re.compile(
    r"^wrangler(?:\.[\w-]+)*\.(?:toml|jsonc?)(?:\.(?:template|example|sample|dist))?$"
)
"""A Wrangler configuration, or its committed template (`wrangler.example.json`,
`wrangler.toml.template`)."""

_D1 = re.compile(
    r"d1_databases\b[^\n]*\n(?:[^\n]*\n){0,8}?[^\n]*?\bbinding[\"']?[ \t]*[=:][ \t]*[\"'](\w+)[\"']"
)
"""A D1 database's entry and the name it is bound to, a few lines down at most (TOML's
`[[d1_databases]]` table or JSON's `"d1_databases": [{ "binding": "DB" ...`)."""

_SKIPPED = frozenset({*PRUNED, *TEST_FOLDERS, "e2e", "dist", "build", "coverage"})


def _skip(name: str) -> bool:
    return name in _SKIPPED


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give SQLite to each Node unit naming no engine whose folder's Wrangler configuration
    binds a D1 database its code queries through the bound name."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if signals is None or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if any(
            s.kind is FindingKind.DATABASE and s.strength is not Strength.DEV
            for found in unit.signals.values()
            for s in found
        ):
            continue
        bound = _bindings(top, unit.folder)
        if not bound:
            continue
        evidence = _queried(top, unit.folder, bound)
        if evidence is not None:
            signals.append(
                Signal(FindingKind.DATABASE, ENGINE, Strength.DEPENDENCY, evidence,
                       scope=Scope.DEPLOYED)
            )


STAND_INS = frozenset({"better-sqlite3"})
"""SQLite drivers the catalog names as a data layer: a Worker's stand-in for D1 under Node."""

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})


def drop_stand_ins(top: str, units: dict[str, Unit]) -> None:
    """Remove the SQLite driver's data layer of each Node unit whose only data layer it is,
    when the unit's code queries a D1 database its Wrangler configuration binds."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if signals is None or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        layers = {s.name for found in unit.signals.values() for s in found if s.kind in _LAYERS}
        if not layers or not layers <= STAND_INS:
            continue
        bound = _bindings(top, unit.folder)
        if not bound or _queried(top, unit.folder, bound) is None:
            continue
        unit.signals[LANGUAGE] = [
            s for s in signals if not (s.kind in _LAYERS and s.name in STAND_INS)
        ]


def _bindings(top: str, folder: str) -> dict[str, Evidence]:
    """The names the unit's own Wrangler configurations bind D1 databases to, each with the
    line binding it."""
    try:
        names = sorted(os.listdir(os.path.join(top, *folder.split("/"))))
    except OSError:
        return {}
    bound: dict[str, Evidence] = {}
    for name in names:
        if not _CONFIG.match(name):
            continue
        path = name if folder == "." else f"{folder}/{name}"
        text = read_text(top, path)[0] or ""
        for match in _D1.finditer(text):
            line = text.count("\n", 0, match.start(1)) + 1
            quoted = text.splitlines()[line - 1].strip()
            bound.setdefault(match.group(1), Evidence(path=path, line=line, text=quoted))
    return bound


def _queried(top: str, folder: str, bound: dict[str, Evidence]) -> Evidence | None:
    """The binding's line when the unit's code calls D1's statement API on a bound name
    (`env.DB.prepare(`, `DB.batch(`), else None."""
    names = "|".join(re.escape(n) for n in sorted(bound))
    use = re.compile(rf"\b({names})[ \t]*\.[ \t]*(?:prepare|batch|exec)[ \t]*\(")
    for path in code_files(top, folder, node_imports.ENDINGS, MAX_FILES, skip_dir=_skip):
        if path is None:
            return None
        match = use.search(read_text(top, path)[0] or "")
        if match:
            return bound[match.group(1)]
    return None
