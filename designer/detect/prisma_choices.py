"""Prisma schemas kept one per engine, of which the program's settings pick one.

A self-hosted program offering several engines may keep a Prisma schema for each
(`prisma/mysql/schema.prisma`, `prisma/pgsql/schema.prisma`, `prisma/sqlite/schema.prisma`),
generating the client from the one its user's settings name. Each schema's `provider` is then
an option, not the program's own choice: read alone, every one of them would be (`Scope.CHOSEN`)
and the drivers installed for the server engines would decide among them. So where a unit's
schemas name two engines or more, their providers are weighed as the drivers are (no scope),
and what the program defaults to when unconfigured (its default settings' engine) decides.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.signals import Scope
from designer.model.stack import FindingKind

LANGUAGE = "node"

_SCHEMA = "schema.prisma"


def _provider(signal: object) -> bool:
    """Whether `signal` is an engine a Prisma schema's provider names."""
    return (
        signal.kind is FindingKind.DATABASE  # type: ignore[attr-defined]
        and signal.scope is Scope.CHOSEN  # type: ignore[attr-defined]
        and posixpath.basename(signal.evidence.path) == _SCHEMA  # type: ignore[attr-defined]
    )


def demote(units: dict[str, Unit]) -> None:
    """Weigh as options the providers of a unit's Prisma schemas naming several engines."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        providers = [s for s in signals if _provider(s)]
        if len({s.name for s in providers}) < 2:
            continue
        unit.signals[LANGUAGE] = [s.replace(scope=None) if _provider(s) else s for s in signals]
