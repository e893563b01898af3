"""Services whose clients reach many engines hold connectors to their users' data, not a store.

A product keeps one store, maybe a second for search or cache. A tool that queries its users'
data (a low-code data-source server, an assistant editing the SQL its users run) declares one
client per engine those users may keep data in and opens whichever one a request names. Ranking
those clients' engines by kind would make one of them its primary engine by chance.

The reading is the same in every language (`py_connectors`, `node_source_clients` supply their
ecosystem's extra clients): a service with a framework and no data layer of its own (no ORM),
no database setting, and no engine named in a stronger scope than a dependency
(`Scope.RUNTIME`: no production setting, own default nor Compose database), whose run-time
dependencies reach `MIN_ENGINES` engines or more, keeps no data: its drivers and the engines
they name are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from designer.detect.assemble import CONFIG, Unit, signal_scope
from designer.detect.signals import Scope, Strength
from designer.model.stack import FindingKind

MIN_ENGINES = 4
"""Distinct engines the service's clients must reach: a product keeps one store, maybe a
second for search or cache; four engines are a tool's connectors."""

_DATA = frozenset({FindingKind.QUERY, FindingKind.DATABASE})


def drop_connectors(
    units: dict[str, Unit], language: str, extra: Callable[[Unit], set[str]]
) -> None:
    """Drop the drivers and engines of each `language` service whose clients (the catalogue's
    drivers, and the engines `extra` names for the unit) reach `MIN_ENGINES` engines or more
    while it names no data of its own."""
    for unit in units.values():
        own = unit.signals.get(language, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in own):
            continue
        if any(s.kind is FindingKind.ORM for s in own):
            continue  # a data layer of its own
        if any(s.kind in _DATA for s in unit.signals.get(CONFIG, [])):
            continue  # a database setting of its own
        engines = [s for s in own if s.kind is FindingKind.DATABASE]
        if any(signal_scope(s) < Scope.RUNTIME for s in engines):
            continue  # an engine named in production, as a default or by a Compose database
        reached = {
            s.name for s in engines
            if s.strength is Strength.DEPENDENCY and signal_scope(s) == Scope.RUNTIME
        }
        if len(reached | extra(unit)) < MIN_ENGINES:
            continue
        unit.signals[language] = [s for s in own if s.kind not in _DATA]
