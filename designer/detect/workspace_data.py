"""What a common library of a Node workspace lends the packages using it: the data layers
they name.

A workspace's data package (`@app/db` holding Prisma) is the data layer of every package using
it. A monorepo's common library is another thing: it gathers helpers for every package over
several engines (one service's TypeORM data source on SQL Server, the MongoDB client the other
APIs open, the session store of the UIs), and each service's manifest names the data packages
its own code reaches (`"mongodb"` in an API's package.json beside the library's `"typeorm"`).
So a Node library whose data layers reach more than one engine, and some of whose users name
those layers themselves, lends each user only the layers it names, with the engines the
library configures for an ORM the user names; a user naming none takes no data from it.
"""

from __future__ import annotations

from designer.detect import go_lent_layers
from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

_LAYERS = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.MIGRATIONS, FindingKind.DATABASE}
)

_QUERIES = frozenset({FindingKind.ORM, FindingKind.QUERY})


def lent(user: Unit, library: Unit, units: dict[str, Unit], language: str) -> list[Signal]:
    """The signals of `library` that `user` takes from it: all of them, but from a Node
    common library only the data layers `user` names, and from a Go module only what
    `go_lent_layers` lends."""
    signals = library.signals.get(language, [])
    if language == go_lent_layers.LANGUAGE and library.manifests:
        return go_lent_layers.lent(user, library, units)
    if language != LANGUAGE or not library.manifests:
        return signals
    if library.folder in user.declined:
        # Nothing it imports from the library opens a store (`library_names`).
        return [s for s in signals if s.kind not in _LAYERS]
    reached = user.reached_packages.get(library.folder)
    if reached is not None and reached & {s.package for s in signals if s.kind in _QUERIES}:
        # The modules it reaches by name import some of the library's layers: those are
        # what it queries through (pools of `pg`, not the Kysely of a module it never loads).
        signals = [s for s in signals if s.kind not in _QUERIES or s.package in reached]
    layers = {
        (s.kind, s.name)
        for s in signals
        if s.kind in _LAYERS and s.strength is not Strength.DEV
    }
    # The engines its manifest declares drivers for: a data package whose code only writes
    # the connection URLs of other engines (a notebook product's models package building the
    # URL of each database its users connect, beside its own Prisma on PostgreSQL) keeps one
    # store, and lends it whole.
    declared = {
        s.name
        for s in signals
        if s.kind is FindingKind.DATABASE and s.strength is Strength.DEPENDENCY
    }
    if len(declared) < 2:
        return signals
    names = {r.name for _, e, r in library.manifests if e == language and r.name}
    if not any(
        _named(unit) & layers
        for unit in units.values()
        if unit is not library and names & _uses(unit)
    ):
        return signals
    own = _named(user)
    # The engines beside an ORM the user names: the library configures it for one of them.
    configured = any(kind is FindingKind.ORM and (kind, name) in own for kind, name in layers)
    return [
        s
        for s in signals
        if s.kind not in _LAYERS
        or (s.kind, s.name) in own
        or (configured and s.kind is FindingKind.DATABASE)
    ]


def _uses(unit: Unit) -> set[str]:
    return {use for _, e, r in unit.manifests if e == LANGUAGE for use in r.uses}


def _named(unit: Unit) -> set[tuple[FindingKind, str]]:
    """The data layers and engines the unit's own manifests declare for run time."""
    return {
        (s.kind, s.name)
        for _, e, r in unit.manifests
        if e == LANGUAGE
        for s in r.signals
        if s.kind in _LAYERS and s.strength is not Strength.DEV
    }
