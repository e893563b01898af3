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

Read only for such packages, within a budget of files.
"""

from __future__ import annotations

from designer.detect import census, node_imports, node_layers
from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 6000
"""Modules read per scan, at most."""


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
    its modules as any other engine's client."""
    budget = MAX_FILES
    packages = {
        folder for folder, unit in units.items() if any(e == LANGUAGE for _, e, _ in unit.manifests)
    }
    for folder, unit in sorted(units.items()):
        if folder not in packages or _declared(unit, FindingKind.ORM):
            continue
        drivers = _declared(unit, FindingKind.QUERY)
        # Every engine's client counts against the drivers (a DynamoDB or MongoDB client names
        # an engine and no query layer): the census must lead them all.
        clients = {
            package: s.name for package, s in _declared(unit, FindingKind.DATABASE).items()
        }
        engines = {clients[p] for p in drivers if p in clients}
        if not engines or len(set(clients.values())) < 2:
            continue
        if any(s.primary for s in unit.signals.get(LANGUAGE, [])):
            continue  # another census already chose
        files = node_layers.own_modules(top, folder, packages, budget)
        if len(files) >= budget:
            budget = 0
            continue  # more than the budget left: too large a tree to census
        budget -= len(files)
        importers: dict[str, set[str]] = {}
        shown: dict[str, str] = {}
        for path in files:
            text = read_head(top, path, node_layers.HEAD) or ""
            # A module naming none of the clients imports none: not parsed.
            if not any(package in text for package in clients):
                continue
            for package in node_imports.named(text) & clients.keys():
                # Two clients of one engine (pg and pg-cursor) count a file once for it.
                importers.setdefault(clients[package], set()).add(path)
                if package in drivers:
                    shown.setdefault(package, path)
        led = census.leader({name: len(paths) for name, paths in importers.items()})
        if led is None:
            continue
        engine, count = led
        chosen = [p for p in drivers if clients.get(p) == engine and p in shown]
        if len(chosen) != 1:
            continue  # the engine the code leads to, reached by no driver or by several
        signal = drivers[chosen[0]]
        text = f"imported by {count} of {len(files)} modules"
        evidence = Evidence(path=shown[chosen[0]], text=text)
        unit.signals[LANGUAGE].append(
            signal.replace(strength=Strength.ENTRY, evidence=evidence, primary=True, version="")
        )
