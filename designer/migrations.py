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


def _v1_to_v2(old: Data) -> Data:
    """Version 2 brought one type system to entity and schema fields. Schema fields said
    `required`; they now say `optional` (the key may be absent), separate from `nullable`.
    Everything else of version 1 is valid version 2 as it is."""
    new = dict(old)
    new["schema_version"] = 2
    api = new.get("api")
    if isinstance(api, dict) and isinstance(api.get("schemas"), list):
        schemas = []
        for schema in api["schemas"]:
            if isinstance(schema, dict) and isinstance(schema.get("fields"), list):
                schema = {**schema, "fields": [_v2_schema_field(f) for f in schema["fields"]]}
            schemas.append(schema)
        new["api"] = {**api, "schemas": schemas}
    return new


def _v2_schema_field(field: Any) -> Any:
    if not isinstance(field, dict) or "required" not in field:
        return field
    out = {k: v for k, v in field.items() if k != "required"}
    if field["required"] is False:
        out["optional"] = True
    elif field["required"] is not True:
        raise ValueError(f"a schema field's 'required' is {field['required']!r}, not true or false")
    return out


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1, 1: _v1_to_v2}
"""Step from version N to N + 1, keyed by N."""


def migrate(data: Data, version: int, target: int) -> Data:
    """Run every step from `version` up to `target`."""
    while version < target:
        data = MIGRATIONS[version](data)
        version += 1
    return data
