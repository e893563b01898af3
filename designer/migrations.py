"""Upgrades of saved designs written by older schema versions, one step per version.

A step takes the plain data of version N and returns the plain data of version N + 1; the
store runs them in order before validating against the current model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Data = dict[str, Any]


def _v0_to_v1(old: Data) -> Data:
    """Version 0 (the prototype) kept a flat file: name, framework, database, auth, entities
    with `{field: type}` maps and endpoints as "METHOD /path" strings."""
    entities = []
    for item in old.get("entities") or []:
        fields = [
            {"name": str(name), "type": str(kind), "primary_key": str(name) == "id"}
            for name, kind in (item.get("fields") or {}).items()
        ]
        entities.append({"name": item.get("name", ""), "fields": fields})
    resources: dict[str, list[Data]] = {}
    for line in old.get("endpoints") or []:
        method, _, path = str(line).strip().partition(" ")
        segment = next((p for p in path.split("/") if p and not p.startswith("{")), "root")
        resources.setdefault(segment, []).append({"method": method.upper(), "path": path})
    new: Data = {
        "schema_version": 1,
        "requirements": {"name": old.get("name", ""), "description": old.get("description", "")},
        "stack": {"framework": old.get("framework", "")},
        "api": {
            "base_path": old.get("base_url", "/api/v1"),
            "resources": [{"name": n, "endpoints": e} for n, e in resources.items()],
        },
        "data": {"entities": entities},
    }
    if old.get("database"):
        new["data"]["databases"] = [{"name": "main", "engine": old["database"]}]
    if old.get("auth"):
        new["auth"] = {"methods": [old["auth"]]}
    return new


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1}
"""Step from version N to N + 1, keyed by N."""


def migrate(data: Data, version: int, target: int) -> Data:
    """Run every step from `version` up to `target`."""
    while version < target:
        data = MIGRATIONS[version](data)
        version += 1
    return data
