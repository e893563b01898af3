"""Node: of two search engines' clients a server declares, the one its code is written to.

OpenSearch forked Elasticsearch 7, and a service moving its index across keeps the old client
beside the new one for a while: `@elastic/elasticsearch` stays in the package.json, imported by
the one script copying the old cluster's documents into the new (`src/etl/migrate.ts`), while
the service's search module, its controllers and its indexing job all import
`@opensearch-project/opensearch`. Both clients name their engine alike (a search client's engine
is a fallback: `ecosystems.node.SEARCH_STORES`), and the tie would fall to the names' order. So
where a Node package declares for run time the clients of two search engines, and its own
modules (not its tests, migrations, installed or built code) import one engine's clients more
than `census.MARGIN` times as often as the other's (and `census.MIN_FILES` times at least), the
other engine is demoted below every fallback: kept, secondary. A package too large to read
within the budget is left as it is.
"""

from __future__ import annotations

from designer.detect import census, node_imports, node_layers
from designer.detect.assemble import Unit
from designer.detect.ecosystems.node import SEARCH_STORES
from designer.detect.signals import Scope, Strength
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

MAX_FILES = 3000
"""Modules read per scan, at most."""

HEAD = 4096
"""Bytes read of a module: its imports come first."""


def rank(top: str, units: dict[str, Unit]) -> None:
    """Demote the search engine whose client a Node package's own modules far less often
    import than another search engine's it declares."""
    budget = MAX_FILES
    packages = node_layers.node_packages(units)
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        if folder not in packages:
            continue
        clients: dict[str, str] = {}  # client package → engine
        for s in signals:
            package = (s.package or "").lower()
            if (
                s.kind is FindingKind.DATABASE
                and package in SEARCH_STORES
                and s.strength is not Strength.DEV
            ):
                clients[package] = s.name
        if len(set(clients.values())) < 2:
            continue
        files = node_layers.own_modules(top, folder, packages, budget)
        if len(files) >= budget:
            return  # too large a tree to census: the ranking by kinds stands
        budget -= len(files)
        importers: dict[str, set[str]] = {engine: set() for engine in clients.values()}
        for path in files:
            text = read_head(top, path, HEAD) or ""
            if not any(package in text for package in clients):
                continue
            for package in node_imports.named(text) & clients.keys():
                importers[clients[package]].add(path)
        led = census.leader({engine: len(paths) for engine, paths in importers.items()})
        if led is None:
            continue
        unit.signals[LANGUAGE] = [
            s.replace(scope=Scope.TEST)
            if s.kind is FindingKind.DATABASE
            and (s.package or "").lower() in clients
            and s.name != led[0]
            else s
            for s in signals
        ]
