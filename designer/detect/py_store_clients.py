"""Python: MongoDB's raw client the code is written to, beside an ODM kept for one corner.

A Python service may declare MongoDB's client (pymongo) and an ODM over it (flask-mongoengine),
the ODM only for what a plugin needs (an auth extension's user and role documents, three
modules) while its repositories of agents, machines, events and credentials call the client
directly (a dozen modules). Ranked as kinds alone the ODM outranks the client and names the
data layer. What decides is how much of the code reaches each, as `py_side_stores` counts a
SQL layer against the store: where a Python project declares the store's client and one of its
ODMs and no SQL layer, its own modules (not its tests, installed packages, nor the projects
nested in it) are read, and a client imported by more than `census.MARGIN` times as many
modules as the ODMs (and by `census.MIN_FILES` at least) is marked the primary data layer
(`Signal.primary`): `assemble` then puts it before the ODM. An ODM as widely imported keeps
its place.

Read only for such projects, within `pymodules`' budget of files.
"""

from __future__ import annotations

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.py_side_stores import (
    SQL_LAYERS,
    STORE_CLIENTS,
    STORE_LAYERS,
    module_importers,
)
from designer.detect.signals import Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)

_CLIENT = "client"
_ODM = "odm"


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Mark primary, in each Python project declaring MongoDB's client beside one of its
    ODMs and no SQL layer, the client its own modules import far more often than the ODMs."""
    folders = list(units)
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        if any(s.primary and s.kind in _LAYERS for s in signals):
            continue  # a census already chose
        if any(s.kind in _LAYERS and s.name in SQL_LAYERS for s in signals):
            continue  # `py_side_stores` weighs the store against the SQL layer
        clients = {
            s.package.lower(): s
            for s in signals
            if s.kind is FindingKind.QUERY and (s.package or "").lower() in STORE_CLIENTS
        }
        odms = {s.name for s in signals if s.kind is FindingKind.ORM and s.name in STORE_LAYERS}
        if not clients or not odms:
            continue
        owner = {STORE_CLIENTS[package]: package for package in clients}
        owner.update({module: _ODM for name in odms for module in STORE_LAYERS[name]})
        importers = module_importers(top, folder, folders, owner)
        if importers is None:
            continue
        counts = {name: len(paths) for name, paths in importers.items()}
        counts.setdefault(_ODM, 0)
        led = census.leader(counts)
        if led is None or led[0] == _ODM:
            continue
        package, count = led
        evidence = Evidence(path=min(importers[package]), text=f"imported by {count} modules")
        signals.append(
            clients[package].replace(
                strength=Strength.ENTRY, evidence=evidence, primary=True, version=""
            )
        )
