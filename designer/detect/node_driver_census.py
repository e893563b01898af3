"""Node: which of the database drivers a package declares without an ORM its code is written to.

A Node server that writes its own SQL may declare several engines' clients: better-sqlite3,
which the store modules, the migration runner and the indexers open, beside `postgres` for one
optional legacy source and the DynamoDB client of one optional data source. Ranked as kinds
alone the drivers tie, and the order they are declared in (alphabetical in package.json)
decides the engine. What decides is how much of the code imports each, as `node_layers` counts
ORMs: where a package declares no ORM for run time and the drivers of two engines or more, its
own modules (not its tests, migrations, installed or built code, nor nested packages) are read,
and a driver imported by more than `census.MARGIN` times as many files as any other engine's
client (and by `census.MIN_FILES` at least) is marked the primary data layer
(`Signal.primary`): its engine is the one the code is written around (`assemble`'s
`chosen_engines`), at the same scope as the others. An engine a setting, a production file or
the program's own default names still ranks above it.

The census reads what the package's servers run, no more and no less: in an Nx workspace,
only the modules some project builds (`nx_projects`: not a leftover folder nothing builds);
with them, the workspace libraries the package's modules import by name that declare no
client of their own (a `libs/database` whose package.json lists none, its imports resolving
to the root's install): their modules are the package's data code as surely as its own.
A query builder that reaches its engine through a dialect (Kysely's `PostgresDialect` over pg)
counts its importers for the engine the dialect names, where the modules name one alone: the
repositories written to it query that engine even though only the dialect's module imports
the driver.
Likewise a module importing only the driver's types (`import type postgres from "postgres"`,
its `sql` handed to it by the one factory that opens the connection) counts for that engine:
it queries through the driver although it imports none of its code, so a program whose one
factory opens PostgreSQL for twenty query modules is not tied with the side table a couple
of gateways write to DynamoDB. The driver chosen must still be opened by the code itself.
`sqlite3` counts as a driver here although the catalogue gives it the engine alone (it is as
often what an ORM runs on, `sqlite_drivers`): beside the drivers of other engines, and no query
builder it could run under, the code importing it writes its SQL through it (an HMI server's
user, alarm and project stores all open SQLite files, while one optional history store reaches
its time-series database over pg).

Read only for such packages, within a budget of files.
"""

from __future__ import annotations

from designer.detect import census, node_imports, node_layers, nx_projects, sqlite_drivers
from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 6000
"""Modules read per scan, at most."""

DIALECTS: dict[str, dict[str, str]] = {
    "kysely": {
        "PostgresDialect": "PostgreSQL",
        "MysqlDialect": "MySQL",
        "SqliteDialect": "SQLite",
        "MssqlDialect": "SQL Server",
    },
}
"""Query builders that reach their engine through a dialect class (package → the dialect's
name → the engine it speaks to, as the engines' clients name it)."""


DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})
"""The kinds a census marks primary: the runner a `test` script starts is primary too, and
says nothing of the store."""


def _libraries(units: dict[str, Unit], imported: set[str], nested: set[str]) -> list[str]:
    """The folders of the workspace packages among `nested` whose package name is in
    `imported` and that declare no database client of their own."""
    found = []
    for folder in sorted(nested):
        unit = units[folder]
        names = {m.name.lower() for _, e, m in unit.manifests if e == LANGUAGE and m.name}
        if names & imported and not _declared(unit, FindingKind.DATABASE):
            found.append(folder)
    return found


def _dialect_engine(texts: dict[str, str], builder: str) -> str | None:
    """The one engine the modules importing `builder` name a dialect of, or None."""
    engines = {
        engine
        for text in texts.values()
        for dialect, engine in DIALECTS[builder].items()
        if dialect in text
    }
    return next(iter(engines)) if len(engines) == 1 else None


def _declared(unit: Unit, kind: FindingKind) -> dict[str, Signal]:
    """The run-time dependencies of `kind` the package declares, by package (lower-cased)."""
    found: dict[str, Signal] = {}
    for s in unit.signals.get(LANGUAGE, []):
        if s.kind is kind and s.strength is Strength.DEPENDENCY and s.package:
            found.setdefault(s.package.lower(), s)
    return found


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Add, to each Node package declaring no ORM and drivers of two engines or more, a
    `primary` signal for the driver imported by more than `census.MARGIN` times as many of
    its modules as any other engine's client (or the query builder whose dialect's engine
    leads, where the builder's importers outnumber the driver's)."""
    budget = MAX_FILES
    packages = node_layers.node_packages(units)
    for folder, unit in sorted(units.items()):
        if folder not in packages or _declared(unit, FindingKind.ORM):
            continue
        drivers = _declared(unit, FindingKind.QUERY)
        # Every engine's client counts against the drivers (a DynamoDB or MongoDB client names
        # an engine and no query layer): the census must lead them all.
        databases = _declared(unit, FindingKind.DATABASE)
        clients = {package: s.name for package, s in databases.items()}
        sqlite = sqlite_drivers.DRIVER
        # sqlite3 is a driver of its own only where no builder it could run under is declared.
        if sqlite in databases and sqlite not in drivers and drivers.keys() <= clients.keys():
            drivers[sqlite] = databases[sqlite].replace(kind=FindingKind.QUERY, name=sqlite)
        engines = {clients[p] for p in drivers if p in clients}
        if not engines or len(set(clients.values())) < 2:
            continue
        if any(s.primary and s.kind in DATA for s in unit.signals.get(LANGUAGE, [])):
            continue  # another census already chose (a test runner's primary is no choice)
        nested = {
            p for p in packages if p != folder and (folder == "." or p.startswith(folder + "/"))
        }
        files = node_layers.own_modules(top, folder, packages, budget)
        if len(files) >= budget:
            budget = 0
            continue  # more than the budget left: too large a tree to census
        files = nx_projects.kept(top, folder, files)
        texts = {path: read_head(top, path, node_layers.HEAD) or "" for path in files}
        imported = set().union(*(node_imports.named(t) for t in texts.values()))
        for library in _libraries(units, imported, nested):
            more = node_layers.own_modules(top, library, packages, budget - len(files))
            files += more
            texts.update((p, read_head(top, p, node_layers.HEAD) or "") for p in more)
        if len(files) >= budget:
            budget = 0
            continue
        budget -= len(files)
        builders = [b for b in DIALECTS if b in drivers]
        importers: dict[str, set[str]] = {}
        shown: dict[str, str] = {}
        by_builder: dict[str, dict[str, str]] = {b: {} for b in builders}
        for path, text in texts.items():
            # A module naming none of the clients imports none: not parsed.
            if not any(package in text for package in (*clients, *builders)):
                continue
            names = node_imports.named(text)
            # A module typed against a client's connection (`sql: postgres.Sql`, opened by
            # one factory and handed to every query module) is written to that engine too.
            for package in (names | node_imports.typed(text)) & clients.keys():
                # Two clients of one engine (pg and pg-cursor) count a file once for it.
                importers.setdefault(clients[package], set()).add(path)
                # Shown where the code opens it: a driver only typed against is chosen by none.
                if package in drivers and package in names:
                    shown.setdefault(package, path)
            for builder in names & set(builders):
                by_builder[builder][path] = text
        # The builder's importers lead its engine's count: it is the layer the code is
        # written to, and the driver under it only what its dialect opens.
        built: dict[str, tuple[str, str]] = {}
        for builder, modules in by_builder.items():
            engine = _dialect_engine(modules, builder)
            # The dialect's engine, its driver imported too.
            if engine is not None and engine in importers:
                if len(modules) > len(importers[engine]):
                    # Shown at the module choosing the dialect.
                    dialects = DIALECTS[builder]
                    named = [p for p, t in modules.items() if any(d in t for d in dialects)]
                    built[engine] = (builder, min(named))
                importers[engine] |= modules.keys()
        led = census.leader({name: len(paths) for name, paths in importers.items()})
        if led is None:
            continue
        engine, count = led
        chosen = [p for p in drivers if clients.get(p) == engine and p in shown]
        if len(chosen) != 1:
            continue  # the engine the code leads to, reached by no driver or by several
        signal, path = drivers[chosen[0]], shown[chosen[0]]
        if engine in built:
            builder, path = built[engine]
            signal = drivers[builder]
        text = f"imported by {count} of {len(files)} modules"
        evidence = Evidence(path=path, text=text)
        unit.signals[LANGUAGE].append(
            signal.replace(strength=Strength.ENTRY, evidence=evidence, primary=True, version="")
        )
