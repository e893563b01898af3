"""Node: a search-engine client most of a server's code is written to, beside a side driver.

A Node API may keep its records in an Elasticsearch index it writes itself (its models and
services `require('elasticsearch')` and index, update, delete and search documents: a dozen
modules) while a job it schedules opens a MySQL connection in a module or two to call another
program's stored procedure. Ranked as kinds, a search client weighs no more than a development
fallback (`ecosystems.node.SEARCH_STORES`: most servers index a store they keep elsewhere) and
the bare driver makes MySQL the engine and `mysql` the data layer. What decides is how much of
the code reaches each: where a package declares no ORM for run time, a search-engine client and
drivers of other engines, and its own modules (not its tests, installed or built code, nor
nested packages) import the search client more than `census.MARGIN` times as often as all the
drivers together (and `census.MIN_FILES` times at least), the index is its store: the search
engine ranks as a run-time driver, the drivers' data layers are dropped as a side path and
their engines become fallbacks (kept, secondary). A configuration naming a driver's engine (an
env example, a Compose database) leaves the package alone: the operator's choice stands.

Read only for such packages, within a budget of files.
"""

from __future__ import annotations

from designer.detect import census, node_imports, node_layers
from designer.detect.assemble import CONFIG, Unit
from designer.detect.ecosystems.node import SEARCH_STORES
from designer.detect.signals import Scope, Strength
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 3000
"""Modules read per scan, at most."""

HEAD = 4096
"""Bytes read of a module: its imports come first (or the first lines of its functions)."""

SEARCH = "search"
"""The census's name for the search clients' importers, against the drivers'."""


def rank(top: str, units: dict[str, Unit]) -> None:
    """Make the search engine the store of each Node package whose own modules import its
    client far more often than any database driver the package declares."""
    budget = MAX_FILES
    packages = node_layers.node_packages(units)
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        if folder not in packages or any(
            s.kind is FindingKind.ORM and s.strength is not Strength.DEV for s in signals
        ):
            continue
        run = [s for s in signals if s.strength is not Strength.DEV and s.package]
        search = {s.package.lower() for s in run if s.package.lower() in SEARCH_STORES}
        drivers = {s.package.lower() for s in run if s.kind is FindingKind.QUERY}
        engines = {
            s.name for s in run if s.kind is FindingKind.DATABASE and s.package.lower() in drivers
        }
        if not search or not drivers or not engines:
            continue
        if any(s.name in engines for s in unit.signals.get(CONFIG, [])):
            continue  # a setting or a Compose file names the driver's engine
        files = node_layers.own_modules(top, folder, packages, budget)
        if len(files) >= budget:
            return  # too large a tree to census: the ranking by kinds stands
        budget -= len(files)
        importers: dict[str, set[str]] = {}
        for path in files:
            text = read_head(top, path, HEAD) or ""
            if not any(package in text for package in (*search, *drivers)):
                continue
            named = node_imports.named(text)
            if named & search:
                importers.setdefault(SEARCH, set()).add(path)
            if named & drivers:
                importers.setdefault("drivers", set()).add(path)
        counts = {name: len(paths) for name, paths in importers.items()}
        counts.setdefault("drivers", 0)
        led = census.leader(counts)
        if led is None or led[0] != SEARCH:
            continue
        kept = []
        for s in signals:
            package = (s.package or "").lower()
            if s.kind is FindingKind.QUERY and package in drivers:
                continue  # the side path's layer
            if s.kind is FindingKind.DATABASE and package in search:
                s = s.replace(scope=Scope.RUNTIME)
            elif s.kind is FindingKind.DATABASE and s.name in engines:
                s = s.replace(scope=Scope.FALLBACK)
            kept.append(s)
        unit.signals[LANGUAGE] = kept
