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
makes its driver the server's data access. So does a package wrapping a driver that many of the
server's own modules import (a company's `…-psql` client over its fork of `pg`, constructed in
each controller and store that runs SQL): the queries go through it, and the driver it requires
is the server's data layer and engine.
"""

from __future__ import annotations

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.ecosystems.node import CATALOG, GLUE
from designer.detect.locks import LockFiles
from designer.detect.node_drivers import DRIVERS
from designer.detect.signals import OWN_DATA, Signal, Strength, dependency_signals
from designer.detect.walker import PRUNED, TEST_FOLDERS, TEST_NAME, read_text
from designer.model.stack import FindingKind

LANGUAGE = "node"

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

MAX_FILES = 3
"""Files read per package: the few the framework is started in."""

MAX_OPENING = 2
"""Modules read per package where its code opens the database."""

MIN_WRAPPER_MODULES = 3
"""Modules of the server's own (not its tests) importing a package that requires a driver, for
that package to be the client its queries go through."""

MAX_WRAPPER_FILES = 1500
"""Code files read per server to count them; a larger tree is left alone."""


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
        wrappers = _wrappers(top, unit, unknown - imported - opens, locks)
        for package in sorted(imported | opens | wrappers):
            lent = [
                signal
                for name, wanted, evidence in locks.requirements(unit.folder, LANGUAGE, package)
                for signal in dependency_signals(CATALOG, name, wanted, False, evidence, GLUE)
                if signal.kind in OWN_DATA
            ]
            if any(
                s.kind in _LAYERS
                and (package in opens or package in wrappers or s.package not in DRIVERS)
                for s in lent
            ):
                signals += lent


def _wrappers(top: str, unit: Unit, candidates: set[str], locks: LockFiles) -> set[str]:
    """Of `candidates`, the registry packages wrapping a driver the server's code queries
    through: the lock records that the package requires a driver at run time, and at least
    `MIN_WRAPPER_MODULES` of the server's own modules outside its tests import it (a client
    constructed where each store or controller runs its SQL). A package merely running on a
    driver (a session store, a job queue on `pg`) is imported once, where the app is built."""
    wrapping = {
        package
        for package in candidates
        if any(
            name.lower() in DRIVERS
            for name, _, _ in locks.requirements(unit.folder, LANGUAGE, package)
        )
    }
    if not wrapping:
        return set()
    counts = dict.fromkeys(wrapping, 0)
    for path in code_files(
        top, unit.folder, node_imports.ENDINGS, MAX_WRAPPER_FILES,
        skip_dir=_skipped_dir, skip_file=_test_file,
    ):
        if path is None:
            return set()  # too large a tree to count
        for package in node_imports.named(read_text(top, path)[0] or "") & wrapping:
            counts[package] += 1
    return {package for package, count in counts.items() if count >= MIN_WRAPPER_MODULES}


def _skipped_dir(name: str) -> bool:
    return name in TEST_FOLDERS or name in PRUNED


def _test_file(name: str) -> bool:
    return TEST_NAME.match(name) is not None


def lend_imported(top: str, units: dict[str, Unit], locks: LockFiles) -> None:
    """Give each Node server the data layer its own code is written to but its manifest does
    not declare, where a registry package it declares requires that layer at run time (as the
    lock records): a server kit (`@product/server`, bringing Express and pg-promise) hands the
    application its database object, and the application's stores import the kit's query
    library for its helpers (`pgPromise.as.format`, column sets) in `MIN_WRAPPER_MODULES`
    modules or more outside its tests. A data layer a library lends is the application's; a
    layer the kit requires but the code never imports lends nothing."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        declared = {
            name.lower() for _, e, result in unit.manifests if e == LANGUAGE for name in result.uses
        }
        lent: dict[str, list[Signal]] = {}
        for package in sorted(unknown_packages(unit)):
            for name, wanted, evidence in locks.requirements(unit.folder, LANGUAGE, package):
                name = name.lower()
                if name in declared or name in lent:
                    continue
                found = [
                    signal
                    for signal in dependency_signals(CATALOG, name, wanted, False, evidence, GLUE)
                    if signal.kind in OWN_DATA
                ]
                if any(s.kind in _LAYERS for s in found):
                    lent[name] = found
        if not lent:
            continue
        counts = dict.fromkeys(lent, 0)
        for path in code_files(
            top, unit.folder, node_imports.ENDINGS, MAX_WRAPPER_FILES,
            skip_dir=_skipped_dir, skip_file=_test_file,
        ):
            if path is None:
                break  # too large a tree: what was counted so far decides
            for name in node_imports.named(read_text(top, path)[0] or "") & set(lent):
                counts[name] += 1
        for name, count in sorted(counts.items()):
            if count >= MIN_WRAPPER_MODULES:
                signals += lent[name]
