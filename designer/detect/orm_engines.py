"""Node: the one engine an ODM speaks, where code imports it and nothing names an engine.

Mongoose talks to MongoDB alone, so declaring it (`"mongoose"` in a package.json) gives the
engine with the data layer (the catalogue). A monorepo's shared models package often takes it
as a peer dependency instead (`"peerDependencies": {"mongoose": ">=8"}`) and lends its schemas
and its `connectMongo()` to the servers of the workspace, which declare neither: the package is
seen to use Mongoose only through its modules' imports, and the servers it lends that data
layer would read as having no engine. An ORM that speaks one engine implies it, so a Node
package whose code imports Mongoose, outside development dependencies, and that has no engine
of its own takes MongoDB from those imports. ORMs spanning several engines (TypeORM,
Sequelize) imply none and are left alone.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

_ONE_ENGINE = {"Mongoose": "MongoDB"}
"""Data layers that talk to one engine alone, and that engine."""


def imply(units: dict[str, Unit]) -> None:
    """Give each Node package seen using a one-engine ORM, with no engine, that engine."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(s.kind is FindingKind.DATABASE for s in signals):
            continue
        for layer, engine in sorted(_ONE_ENGINE.items()):
            seen = [
                s
                for s in signals
                if s.kind is FindingKind.ORM and s.name == layer and s.strength is not Strength.DEV
            ]
            if seen:
                signals.append(Signal(FindingKind.DATABASE, engine, seen[0].strength,
                                      seen[0].evidence))
