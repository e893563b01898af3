"""Go: what a module of the same repository lends a module requiring it — no data layer its
sibling users require themselves while this user does not.

A Go monorepo's common module gathers what every program of the product shares: error types,
view models, tracing, and the helpers of the data layer its services are written to. Go has a
module require every module whose packages its own code imports, so a service written to the
data layer names it in its own go.mod (`upper.io/db.v3`, beside the common module lending the
connection setup); a gateway over those services that imports only the common module's view
models and errors names no data layer at all. So when some other user of the library requires
one of the library's data layers itself, a user requiring none of them takes no data layer
nor engine from the library: what it uses of the library is the rest. A library none of whose
users name its layers lends them whole (the users query through the library's functions), as
does one whose package importing the layer the user's own code imports (`go_reached_modules`).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "go"

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})
_DATA = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS, FindingKind.DATABASE}
)


def lent(user: Unit, library: Unit, units: dict[str, Unit]) -> list[Signal]:
    """The signals of the Go `library` that `user` takes from it."""
    signals = library.signals.get(LANGUAGE, [])
    layers = {
        s.name for s in signals if s.kind in _LAYERS and s.strength is not Strength.DEV
    }
    if not layers or _named(user) & layers or _imported(user, library, signals):
        return signals
    names = {r.name.lower() for _, e, r in library.manifests if e == LANGUAGE and r.name}
    if not names:
        return signals
    siblings = [
        unit
        for unit in units.values()
        if unit is not library and unit is not user and names & _uses(unit)
    ]
    if not any(_named(unit) & layers for unit in siblings):
        return signals
    return [s for s in signals if s.kind not in _DATA]


def _imported(user: Unit, library: Unit, signals: list[Signal]) -> bool:
    """Whether the user's code imports a package of the library whose code imports one of its
    data layers (`go_reached_modules`): it runs on that layer (a storage engine it registers),
    not only on the library's types."""
    reached = user.go_reached.get(library.folder)
    return bool(reached) and any(
        s.kind in _LAYERS
        and s.evidence.path.endswith(".go")
        and posixpath.dirname(s.evidence.path) in reached
        for s in signals
    )


def _uses(unit: Unit) -> set[str]:
    return {use.lower() for _, e, r in unit.manifests if e == LANGUAGE for use in r.uses}


def _named(unit: Unit) -> set[str]:
    """The data layers the unit's own go.mod requires directly."""
    return {
        s.name
        for _, e, r in unit.manifests
        if e == LANGUAGE
        for s in r.signals
        if s.kind in _LAYERS and s.strength is not Strength.DEV
    }
