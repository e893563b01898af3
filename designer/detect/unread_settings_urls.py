"""Python: a settings class's database URL default that no code of the program reads.

A settings class keeps a typed field per setting (`database_url: str =
"postgresql://postgres:postgres@postgres/postgres"`), which `defaults.settings_url_rules`
reads as the engine the program opens unless told otherwise: it outranks a Compose database
and the driver the project installs. A project that moved to another store often keeps the old
field beside the new one (`mongo_url: str = "mongodb://…"`) while every module now opens the new
store's client (Motor's `AsyncIOMotorClient(settings.mongo_url)`), and nothing reads the old
field any more: a default nothing opens configures nothing. So where an engine's every signal
in a Python unit is such a field, no module of the program (its tests, installed packages and
nested projects left out, as `pymodules` reads them) names the field anywhere but on the line
defining it, and some module imports a client of another engine the project installs (its
distribution's module: `motor`, `pymongo`), that engine's signals are dropped. A field some
module reads (`settings.database_url`, `os.environ["DATABASE_URL"]`, an Alembic `env.py` using
it) keeps its engine; so does one beside no other engine the code opens (a declared driver no
module imports says nothing of what the program opens). A tree too large to read whole is left
as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

ECOSYSTEM = "python"

_FIELD = re.compile(r"^[ \t]*(\w*(?:database|db)_ur[il])[ \t]*:[^=\n]*=", re.IGNORECASE)
"""A typed settings field for the database URL with a default (`defaults.settings_url_rules`),
its name captured."""

_IMPORT = re.compile(r"^[ \t]*(?:from|import)[ \t]+(\w+)", re.MULTILINE)
"""An import statement, its top-level module captured."""


def drop_unread(top: str, units: dict[str, Unit]) -> None:
    """Drop, per Python unit whose code imports a client of some engine, each other engine
    named only by settings fields that no module of the program reads."""
    folders = list(units)
    for folder, unit in sorted(units.items()):
        clients: dict[str, set[str]] = {}
        for s in unit.signals.get(ECOSYSTEM, []):
            if s.kind is FindingKind.DATABASE and s.strength is Strength.DEPENDENCY and s.package:
                clients.setdefault(s.name, set()).add(_module(s.package))
        fields = _fields_only(unit)
        candidates = {engine: names for engine, names in fields.items() if set(clients) - {engine}}
        if not candidates:
            continue
        wanted = {name.lower() for names in candidates.values() for name in names}
        read = _read(top, folder, nested_projects(folder, folders), wanted)
        if read is None:
            continue
        counts, imported = read
        for engine, names in candidates.items():
            opened = any(
                modules & imported for other, modules in clients.items() if other != engine
            )
            if opened and all(counts.get(name.lower(), 0) <= 1 for name in names):
                for eco, signals in unit.signals.items():
                    unit.signals[eco] = [
                        s
                        for s in signals
                        if not (s.kind is FindingKind.DATABASE and s.name == engine)
                    ]


def _module(package: str) -> str:
    """The module a client's distribution installs, as most are named (`motor`, `pymongo`,
    `redis`): a distribution named otherwise is simply never found imported."""
    return package.lower().replace("-", "_")


def _fields_only(unit: Unit) -> dict[str, set[str]]:
    """Engine → the settings fields naming it, for the engines of the unit (every ecosystem)
    whose every signal is such a field's line."""
    by_engine: dict[str, list[Signal]] = {}
    for signals in unit.signals.values():
        for s in signals:
            if s.kind is FindingKind.DATABASE:
                by_engine.setdefault(s.name, []).append(s)
    found: dict[str, set[str]] = {}
    for engine, signals in by_engine.items():
        matches = [_FIELD.match(s.evidence.text) for s in signals]
        if all(m is not None for m in matches):
            found[engine] = {m.group(1) for m in matches if m is not None}
    return found


def _read(
    top: str, folder: str, nested: set[str], names: set[str]
) -> tuple[dict[str, int], set[str]] | None:
    """How many times each of `names` (lower case) is written as a word in the program's
    modules, the defining line included, and the top-level modules they import; None when
    the budget ran out."""
    pattern = re.compile(
        r"\b(" + "|".join(map(re.escape, sorted(names))) + r")\b", re.IGNORECASE
    )
    counts: dict[str, int] = {}
    imported: set[str] = set()
    for found in each_module(top, folder, nested):
        if found is None:
            return None
        for name in pattern.findall(found[1]):
            counts[name.lower()] = counts.get(name.lower(), 0) + 1
        imported.update(m.lower() for m in _IMPORT.findall(found[1]))
    return counts, imported
