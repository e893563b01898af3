"""Data layers a Node server takes from a package of the registry that holds its models.

A product may publish its data layer as a package of its own (its models over Bookshelf and
Knex, in a `…-data` package the site and its API both install): the server imports it, hands it
the database settings, and declares no ORM itself. A data layer a library lends the application
is the application's; the lock file (npm's or pnpm's) records what that package requires (a
`@product/database` package's `@prisma/client`), as it does for a package installed from git
(`node.lent_by_git`). Only packages the catalogue does not know are asked (a known one means
what the catalogue says), only those the files starting the framework import, and only of
servers with no data layer of their own: a package that merely runs on a driver (a session
store on `pg`) lends nothing: only an ORM or a query library among its requirements makes it
the server's data layer, unless the module that opens the server's database (where a connection
URL names the engine) takes its client from that package: a server kit's `db.clients.postgres`
makes its driver the server's data access.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import CATALOG, GLUE
from designer.detect.locks import LockFiles
from designer.detect.node_drivers import DRIVERS
from designer.detect.signals import OWN_DATA, Strength, dependency_signals
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

MAX_FILES = 3
"""Files read per package: the few the framework is started in."""

MAX_OPENING = 2
"""Modules read per package where its code opens the database."""


def unknown_packages(unit: Unit) -> set[str]:
    """The registry packages a Node unit declares that the catalogue does not know (type
    stubs aside): where a data layer lent by a package of its own may come from."""
    return {
        name.lower()
        for _, e, result in unit.manifests
        if e == LANGUAGE
        for name in result.uses
        if name.lower() not in CATALOG and not name.startswith("@types/")
    }


def lend(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Node server with no data layer of its own the data layer, migrations and
    drivers that the registry packages its entry files import require, as the lock records."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or any(
            s.kind in _LAYERS and s.strength is not Strength.DEV for s in signals
        ):
            continue
        started = sorted(
            {
                s.evidence.path
                for s in signals
                if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
            }
        )
        unknown = unknown_packages(unit)
        if not unknown:
            continue
        # The module its code opens the database in (where a connection URL names the
        # engine): a package it takes the client from there is its database access, even
        # where that package runs on a bare driver (`db.clients.postgres` of a server kit).
        opening = sorted(
            {
                s.evidence.path
                for s in signals
                if s.kind is FindingKind.DATABASE
                and s.strength is not Strength.DEV
                and s.evidence.path.endswith(node_imports.ENDINGS)
                and s.evidence.path not in started
            }
        )
        if not started and not opening:
            continue
        imported: set[str] = set()
        for path in started[:MAX_FILES]:
            imported |= node_imports.named(read_text(top, path)[0] or "") & unknown
        opens: set[str] = set()
        for path in opening[:MAX_OPENING]:
            opens |= node_imports.named(read_text(top, path)[0] or "") & unknown
        for package in sorted(imported | opens):
            lent = [
                signal
                for name, wanted, evidence in locks.requirements(unit.folder, LANGUAGE, package)
                for signal in dependency_signals(CATALOG, name, wanted, False, evidence, GLUE)
                if signal.kind in OWN_DATA
            ]
            if any(
                s.kind in _LAYERS and (package in opens or s.package not in DRIVERS)
                for s in lent
            ):
                signals += lent
