"""Whether a demonstration module keeps data: what tells a demo its build lists among the
product's applications (a `mall-demo` over the shop's MyBatis mappers, in the root POM's
modules) from a demo portal over the product's client library, which keeps none.

A demo that stores nothing of its own only shows the product through its API: whatever build
lists it, it is not one of the product's backends.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})
"""Findings that mean a store is kept: a data layer, a query library, a database engine."""

_DEPTH = 4
"""How many levels of the build's modules are followed (a demo over a service module over
its persistence module)."""


def keeps_data(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether `unit`, or a module of its build it depends on (a few levels deep, by the
    name its manifest gives), declares for run time or uses in code a data layer or a
    database engine. Test-only and development signals do not count."""
    by_name: dict[str, list[Unit]] = {}
    for other in units.values():
        for _, _, result in other.manifests:
            if result.name:
                by_name.setdefault(result.name.lower(), []).append(other)
    seen = {unit.folder}
    frontier = [unit]
    for _ in range(_DEPTH):
        if any(_stores(u) for u in frontier):
            return True
        uses = {use.lower() for u in frontier for _, _, r in u.manifests for use in r.uses}
        frontier = []
        for use in sorted(uses):
            for other in by_name.get(use, ()):
                if other.folder not in seen:
                    seen.add(other.folder)
                    frontier.append(other)
        if not frontier:
            return False
    return any(_stores(u) for u in frontier)


def _stores(unit: Unit) -> bool:
    return any(
        s.kind in _DATA and s.strength is not Strength.DEV
        for signals in unit.signals.values()
        for s in signals
    )
