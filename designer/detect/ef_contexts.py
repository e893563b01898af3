"""The engine of the EF Core context a .NET service migrates, over one it only reads.

A service may register two contexts on two providers (`AddDbContext<AppContext>(o =>
o.UseSqlite(…))` beside `AddDbContext<OtherAppContext>(o => o.UseNpgsql(…))`): one for its own
data, one to read another application's database. EF Core's migrations are written only for a
context whose schema the service owns: each migration and the model snapshot carry
`[DbContext(typeof(AppContext))]`. When some of the registered contexts have migrations and
others have none, the engine a migrated context is configured with is the one the program
picks (`Scope.CHOSEN`); the others stay, as secondary engines.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.signals import Scope, Signal
from designer.detect.source_lines import SourceLines
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_PROVIDER = re.compile(r"\.Use(?:Npgsql|SqlServer|Sqlite|MySql|MySQL|Oracle|Cosmos)\s*\(")
"""A provider call (`_EF_PROVIDERS` of the .NET reader)."""

_REGISTERED = re.compile(
    r"\.AddDbContext(?:Pool|Factory)?\s*<\s*(?:[\w.]+\s*,\s*)?(?:[\w]+\.)*(\w+)\s*>"
)
"""A context registered with the services; the last type argument is the context class."""

_MIGRATED = re.compile(r"\[\s*DbContext\s*\(\s*typeof\s*\(\s*(?:\w+\.)*(\w+)\s*\)\s*\)\s*\]")

REACH = 15
"""Lines above a provider call searched for the registration it configures."""

MAX_SNAPSHOTS = 50
"""Model snapshots read at most (one per migrated context: a few in any real solution)."""


def choose_migrated(top: str, units: dict[str, Unit]) -> None:
    """Mark, in each .NET service whose provider calls configure contexts on several engines,
    the engines of the contexts that have migrations as the program's choice."""
    snapshots: set[str] | None = None  # read once, only if some service needs them
    sources = SourceLines(top)
    for unit in units.values():
        calls = _provider_calls(unit, sources)
        if calls is None or len({s.name for s, _ in calls}) < 2:
            continue
        if snapshots is None:
            snapshots = _migrated_contexts(top)
        migrated = {context for _, context in calls} & snapshots
        if not migrated or migrated == {context for _, context in calls}:
            continue
        picked = {id(call) for call, context in calls if context in migrated}
        unit.signals[LANGUAGE] = [
            s.replace(scope=Scope.CHOSEN) if id(s) in picked else s
            for s in unit.signals[LANGUAGE]
        ]


def _provider_calls(unit: Unit, sources: SourceLines) -> list[tuple[Signal, str]] | None:
    """The unit's engines named by a provider call in C#, each with the context its
    registration names; None when one call's registration cannot be found (a context
    configured in its own `OnConfiguring`: which one is not told here)."""
    found: list[tuple[Signal, str]] = []
    for signal in unit.signals.get(LANGUAGE, []):
        evidence = signal.evidence
        if (
            signal.kind is not FindingKind.DATABASE
            or signal.scope is not None
            or not evidence.path.endswith(".cs")
            or not evidence.line
            or not _PROVIDER.search(evidence.text)
        ):
            continue
        lines = sources.lines(evidence.path)[max(0, evidence.line - REACH) : evidence.line]
        contexts = [m.group(1) for line in lines for m in _REGISTERED.finditer(line)]
        if not contexts:
            return None
        found.append((signal, contexts[-1]))
    return found


def _migrated_contexts(top: str) -> set[str]:
    """The contexts named by the tree's model snapshots (`AppContextModelSnapshot.cs`)."""
    migrated: set[str] = set()
    for path in code_files(
        top, ".", ("ModelSnapshot.cs",), MAX_SNAPSHOTS, skip_dir=lambda name: name in PRUNED
    ):
        if path is None:
            break
        text = read_text(top, path)[0] or ""
        migrated.update(m.group(1) for m in _MIGRATED.finditer(text))
    return migrated
