"""NATS JetStream's key-value buckets as the store of a Go service that names no other.

NATS is mostly a message broker, which keeps no data of a service's own: a Go module requiring
nats.go beside a database is no NATS-backed service. But JetStream also offers key-value
buckets and object stores (`js.KeyValue(ctx, "projects")`, `js.CreateKeyValue(cfg)`), and a
service naming no database driver, ORM nor engine setting while its own code opens such a
bucket keeps its records there (a project service's projects, documents and links, one bucket
each): its data layer is nats.go, its engine NATS. A search-engine client beside it
(`go.SEARCH_STORES`) indexes those records and is not the store. Only services (a unit with a
framework) whose go.mod requires nats.go, and only their code outside tests, within a budget.
"""

from __future__ import annotations

import os
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "go"

MAX_FILES = 300
"""Go files read per service at most."""

_REQUIRES = re.compile(r"^\s*(?:require\s+)?github\.com/nats-io/nats\.go\s+v", re.MULTILINE)
"""nats.go required by the module (in a `require` block or on a line of its own)."""

_IMPORTS = re.compile(r'"github\.com/nats-io/nats\.go(?:/jetstream)?"')
"""A file importing nats.go or its JetStream package."""

_BUCKET = re.compile(r"\.(?:Create(?:OrUpdate)?)?(?:KeyValue|ObjectStore)\s*\(")
"""A JetStream key-value bucket or object store opened or created."""

_SEARCH_ENGINES = frozenset({"Elasticsearch", "OpenSearch"})
"""Engines a search client names: an index beside the store, not the store."""

_DATA_KINDS = frozenset({FindingKind.DATABASE, FindingKind.ORM, FindingKind.QUERY})


def name_store(top: str, units: dict[str, Unit]) -> None:
    """Give NATS as the engine and nats.go as the data layer to each Go service that names no
    other store and whose code, outside its tests, opens a JetStream bucket."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals) or any(
            _other_store(s) for found in unit.signals.values() for s in found
        ):
            continue
        gomod = os.path.join(unit.folder, "go.mod") if unit.folder != "." else "go.mod"
        if not _REQUIRES.search(read_text(top, gomod)[0] or ""):
            continue
        evidence = _opened(top, unit.folder)
        if evidence is not None:
            signals.append(Signal(FindingKind.DATABASE, "NATS", Strength.ENTRY, evidence))
            signals.append(Signal(FindingKind.QUERY, "nats.go", Strength.ENTRY, evidence))


def _opened(top: str, folder: str) -> Evidence | None:
    """Where the Go code of `folder`, outside its tests, first opens a JetStream bucket."""
    for path in node_imports.program_files(top, folder, MAX_FILES, endings=(".go",)):
        if path is None:
            return None
        if path.endswith("_test.go"):
            continue
        text = read_text(top, path)[0] or ""
        match = _BUCKET.search(text)
        if match and _IMPORTS.search(text):
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            line = text.count("\n", 0, match.start()) + 1
            shown = text[start : end if end != -1 else None].strip()
            return Evidence(path=path, line=line, text=shown)
    return None


def _other_store(signal: Signal) -> bool:
    """Whether a signal names a store other than a search index: a driver, data layer or
    engine setting the service runs on (not one only its development tools need)."""
    return (
        signal.kind in _DATA_KINDS
        and signal.strength is not Strength.DEV
        and signal.name not in _SEARCH_ENGINES
    )
