"""Backends that keep data but name no engine: where a fallback rule may name one.

A rule reading an engine from outside the program's own settings (a PostgreSQL server
configuration shipped for the deployment, a platform manifest provisioning a database) names it
only for a unit that has a data layer and no engine of its own, development signals aside; the
engine joins the signals of the ecosystem holding that data layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY})


def engineless(units: Iterable[Unit]) -> Iterator[tuple[Unit, str]]:
    """Each unit with a data layer and no engine, with the ecosystem holding its data layer."""
    for unit in units:
        kept = {
            ecosystem: [s for s in signals if s.strength is not Strength.DEV]
            for ecosystem, signals in unit.signals.items()
        }
        if any(s.kind is FindingKind.DATABASE for signals in kept.values() for s in signals):
            continue
        holder = next(
            (e for e, signals in kept.items() if any(s.kind in _DATA for s in signals)), None
        )
        if holder is not None:
            yield unit, holder
