"""Node: a document store the code keeps beside the SQL ORM most of it is written to.

A Node service may keep its models in Sequelize (a hundred modules import it) and one side
collection in MongoDB (a history log, through the raw driver in two modules). Its env example
then often names only the store with a key of its own (`MONGO_URL=mongodb://…`), the SQL
server being set up key by key (`DB_HOST`, `DB_USER`), and that URL, ranked as the deployed
configuration, would make the side store the primary engine. What decides is how much of the
code reaches each: where a package declares a SQL ORM and a MongoDB client, and the ORM is
imported by more than `census.MARGIN` times as many of its own modules (not its tests,
migrations, installed or built code) as the store's clients, what configures the store (its
env example's URL, its Compose service) ranks no higher than a driver: a secondary engine.

Read only for such packages, within a budget of files.
"""

from __future__ import annotations

from designer.detect import census, node_imports, node_layers
from designer.detect.assemble import CONFIG, Unit
from designer.detect.signals import Scope
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

STORE = "MongoDB"

SQL_ORMS = frozenset({"Sequelize", "Objection", "Bookshelf", "Knex", "Drizzle"})
"""Node ORMs that reach SQL servers only (TypeORM, MikroORM and Prisma reach MongoDB too)."""

MAX_FILES = 3000
"""Modules read per scan, at most."""

HEAD = 4096
"""Bytes read of a module: its imports come first."""


def demote(top: str, units: dict[str, Unit]) -> None:
    """Rank no higher than a driver what configures MongoDB in each Node package whose SQL ORM
    its own modules import far more often than MongoDB's clients."""
    budget = MAX_FILES
    packages = node_layers.node_packages(units)
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        orms = {
            s.package.lower(): s.name
            for s in signals
            if s.kind is FindingKind.ORM and s.name in SQL_ORMS and s.package
        }
        clients = {
            s.package.lower()
            for s in signals
            if s.kind is FindingKind.DATABASE and s.name == STORE and s.package
        }
        configured = [s for s in unit.signals.get(CONFIG, []) if s.name == STORE]
        if folder not in packages or not orms or not clients or not configured:
            continue
        files = node_layers.own_modules(top, folder, packages, budget)
        if len(files) >= budget:
            return  # too large a tree to census: the ranking by scopes stands
        budget -= len(files)
        importers: dict[str, set[str]] = {}
        companions = (c for c, core in node_layers.COMPANIONS.items() if core in orms)
        wanted = (*orms, *clients, *companions)
        for path in files:
            text = read_head(top, path, HEAD) or ""
            if not any(package in text for package in wanted):
                continue
            for package in {node_layers.COMPANIONS.get(p, p) for p in node_imports.named(text)}:
                name = orms.get(package) or (STORE if package in clients else None)
                if name is not None:
                    importers.setdefault(name, set()).add(path)
        counts = {name: len(paths) for name, paths in importers.items()}
        counts.setdefault(STORE, 0)
        led = census.leader(counts)
        if led is None or led[0] == STORE:
            continue
        unit.signals[CONFIG] = [
            s.replace(scope=max(s.scope, Scope.RUNTIME))
            if s.name == STORE and s.kind is FindingKind.DATABASE and s.scope is not None
            else s
            for s in unit.signals[CONFIG]
        ]
