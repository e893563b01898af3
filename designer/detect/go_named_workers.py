"""Go programs named as a product's worker, beside its API, with no data of their own.

A product written in Go may keep, beside its API, the program that runs its jobs: a module
called `worker` (its folder and its `module` line) that takes one execution at a time (from
the API, from an orchestrator starting it in a container) and starts the router the API uses
only to take what the product's own containers post back during the run. Its routes serve no
client of the product; with no data layer, driver or engine of its own (what it needs it asks
the API for), it is a worker, no backend (HELDOUT.md: workers with no data of their own; the
messages the product delivers over HTTP are a consumer's input). One keeping data of its own
stays a backend, as does a lone program so named (no other backend beside it) or one whose
name only contains the word (`workerpool-api`).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit, shows_own_data
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "go"

_NAMES = frozenset({"worker", "workers"})
"""Names a worker goes by (`worker`, or ending in `-worker`, `_worker`)."""


def _named_worker(name: str) -> bool:
    name = name.lower()
    return name in _NAMES or name.endswith(("-worker", "_worker"))


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Go modules named as a worker by both their folder and their
    module path, with no data of their own, beside another backend of the tree."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals) or unit.folder == ".":
            continue
        modules = [r.name for _, e, r in unit.manifests if e == LANGUAGE and r.name]
        if not modules or not all(
            _named_worker(posixpath.basename(m.rstrip("/"))) for m in modules
        ):
            continue
        if not _named_worker(posixpath.basename(unit.folder)):
            continue
        if shows_own_data(unit, runtime=True):
            continue
        if any(_other_backend(other, unit) for other in units.values()):
            unit.no_web = True


def _other_backend(other: Unit, unit: Unit) -> bool:
    """Whether `other` is a service of the tree besides `unit`: a framework started in its
    code, not itself named as a worker, nor inside `unit`."""
    if other is unit or other.is_under(unit):
        return False
    if _named_worker(posixpath.basename(other.folder)):
        return False
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        for found in other.signals.values()
        for s in found
    )
