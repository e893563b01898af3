"""Node: an ORM a package declares and none of its code reaches, beside a client it does.

A server may keep TypeORM in its package.json (from a first version, or the framework's
starter) while all of its queries run as raw SQL through another store's own client
(a graph store's driver, a column store's client). Ranked as kinds alone, the
declared ORM outranks the client the code uses, and names the data layer of a service that has
none of its entities, repositories or data source. `unimported_queries` leaves ORMs alone,
because they are reached through companion packages (`@nestjs/typeorm`,
`sequelize-typescript`, `@mikro-orm/nestjs`) and CLIs as often as by name; this rule asks of
both. So where a Node package's own package.json declares an ORM and a query layer over a
store no ORM of the catalogue reaches (a column store's, a graph's client), its code outside
tests (migrations included) is read; an ORM that no module imports — neither its package nor
any package named after it —, that no script of the package runs (`typeorm migration:run`),
and that is not lent by a workspace package the manifest depends on, is dropped (with its
migrations) where some module imports that query layer. The engine the query layer names
stays. A tree too large to read whole is left as it is.
"""

from __future__ import annotations

import posixpath

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 1500
"""Code files read per package at most: a larger tree is left alone."""

_ORM_ENGINES = frozenset(
    {"PostgreSQL", "MySQL", "MariaDB", "SQLite", "SQL Server", "Oracle", "CockroachDB", "MongoDB"}
)
"""Engines the catalogue's ORMs map to. A client of one of them imported beside an ORM
nothing imports leaves the ORM as it was (Knex declared for a `pg` pool's migrations may be
run through its CLI's knexfile): only a client of another kind of store (ClickHouse's, a
graph's, a document server's over HTTP) shows that the code's data lies where no ORM of the
package reaches."""

_KEEP = frozenset({"Waterline"})
"""ORMs whose models no module imports by design (Sails' hook makes each model a global)."""


def _stem(package: str) -> str:
    """The word companions of an ORM's package are named after (`@mikro-orm/core` →
    `mikro-orm`, `typeorm` → `typeorm`)."""
    return package.split("/")[0].lstrip("@") if package.startswith("@") else package



def drop_unreached(top: str, units: dict[str, Unit]) -> None:
    """Remove each ORM a Node package declares that none of its code imports (by its package
    or a companion named after it) and none of its scripts runs, where some of its code
    imports a query layer it declares."""
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        manifest_path = posixpath.join(folder, "package.json") if folder != "." else "package.json"
        own = [
            s
            for s in signals
            if s.strength is Strength.DEPENDENCY and s.package and s.evidence.path == manifest_path
        ]
        orms = {
            s.package.lower(): s.name
            for s in own
            if s.kind is FindingKind.ORM and s.name not in _KEEP
        }
        engines: dict[str, set[str]] = {}
        for s in own:
            if s.kind is FindingKind.DATABASE:
                engines.setdefault(s.package.lower(), set()).add(s.name)
        # Query layers over a store no ORM reaches (see `_ORM_ENGINES`).
        queries = {
            s.package.lower()
            for s in own
            if s.kind is FindingKind.QUERY
            and engines.get(s.package.lower())
            and not engines[s.package.lower()] & _ORM_ENGINES
        }
        if not orms or not queries:
            continue
        manifest = node_imports.self_contained(top, folder)
        if manifest is None:
            continue
        dependencies, commands = manifest
        stems = {package: _stem(package) for package in orms}
        # Every package named after an ORM (its companions) counts as reaching it.
        wanted = set(queries) | {
            name for name in dependencies if any(stem in name for stem in stems.values())
        }
        found, whole = node_imports.imported_outside_tests(top, folder, wanted, MAX_FILES)
        if not whole or not found & queries:
            continue
        unreached = {
            orms[package]
            for package, stem in stems.items()
            if not any(stem in name for name in found) and stem not in commands
        }
        if not unreached:
            continue
        # The ORM's own migrations go with it (`TypeORM migrations`, named after it).
        unit.signals[LANGUAGE] = [
            s
            for s in signals
            if not (
                (s.kind is FindingKind.ORM and s.name in unreached)
                or (
                    s.kind is FindingKind.MIGRATIONS
                    and any(s.name.startswith(name) for name in unreached)
                )
            )
        ]
