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


_STEPS = {"login": "login", "signin": "login", "sign-in": "login", "register": "register",
          "signup": "register", "sign-up": "register", "refresh": "refresh", "logout": "logout",
          "signout": "logout", "sign-out": "logout"}
"""Last path segment of a POST → the auth step it plays, for the upgrade to version 3."""

_PAYMENT_PROVIDERS = {"toss": "toss_payments", "tosspayments": "toss_payments",
                      "naverpay": "naver_pay", "naver-pay": "naver_pay", "stripe": "stripe"}
"""Last path segment of a payment webhook → the provider key, for the upgrade to version 3."""

_PURPOSES = {"JWT_SIGNING_KEY": "jwt_signing_key", "JWT_SECRET": "jwt_signing_key",
             "JWT_PRIVATE_KEY": "jwt_signing_key", "SESSION_SECRET": "session_secret",
             "BROKER_URL": "broker", "KAFKA_BROKERS": "broker", "AMQP_URL": "broker",
             "RABBITMQ_URL": "broker", "CORS_ORIGINS": "cors_origins", "PORT": "port"}
"""Conventional variable names → the configuration they carry, for the upgrade to version 3."""


def _v2_to_v3(old: Data) -> Data:
    """Version 3 names what was guessed before: the auth step an endpoint plays, the technology
    a decision record argues for, the configuration an environment variable carries and the
    services that use an integration. The upgrade fills the first and third in where the old
    file used a conventional name (`POST …/login`, `JWT_SECRET`); the user can change them."""
    new = dict(old)
    new["schema_version"] = 3
    auth = new.get("auth") if isinstance(new.get("auth"), dict) else {}
    oauth = auth.get("oauth") if isinstance(auth.get("oauth"), dict) else {}
    providers = {str(p) for p in oauth.get("providers") or [] if isinstance(p, str)}
    api = new.get("api")
    if isinstance(api, dict) and isinstance(api.get("resources"), list):
        new["api"] = {**api, "resources": [_v3_resource(r, providers) for r in api["resources"]]}
    operations = new.get("operations")
    if isinstance(operations, dict) and isinstance(operations.get("env"), list):
        databases = (new.get("data") or {}).get("databases") if isinstance(
            new.get("data"), dict) else None
        names = _database_names(databases)
        new["operations"] = {**operations,
                             "env": [_v3_env(v, names) for v in operations["env"]]}
    return new


def _database_names(databases: Any) -> dict[str, str]:
    """Engine → name of the design's only database of that kind (relational ones count as one
    kind), so `DATABASE_URL` and `REDIS_URL` are tied only where they cannot mean two."""
    kinds: dict[str, list[str]] = {}
    for db in databases if isinstance(databases, list) else []:
        if isinstance(db, dict):
            engine = str(db.get("engine", "postgresql"))
            kind = "redis" if engine == "redis" else "sql" if engine in {
                "postgresql", "mysql", "mariadb", "sqlite"} else engine
            kinds.setdefault(kind, []).append(str(db.get("name", "")))
    return {k: v[0] for k, v in kinds.items() if len(v) == 1}


def _v3_env(var: Any, databases: dict[str, str]) -> Any:
    if not isinstance(var, dict) or var.get("purpose") or not isinstance(var.get("name"), str):
        return var
    name = var["name"]
    purpose = _PURPOSES.get(name, "")
    if name in {"DATABASE_URL", "DB_URL"} and "sql" in databases:
        purpose = f"database:{databases['sql']}"
    elif name == "REDIS_URL":
        purpose = f"database:{databases['redis']}" if "redis" in databases else "cache"
    return {**var, "purpose": purpose} if purpose else var


def _v3_resource(resource: Any, providers: set[str]) -> Any:
    if not isinstance(resource, dict) or not isinstance(resource.get("endpoints"), list):
        return resource
    return {**resource, "endpoints": [_v3_endpoint(e, providers)
                                      for e in resource["endpoints"]]}


def _v3_endpoint(endpoint: Any, providers: set[str]) -> Any:
    if not isinstance(endpoint, dict) or endpoint.get("auth_step") \
            or endpoint.get("payment_step") or not isinstance(endpoint.get("path"), str):
        return endpoint
    segments = [s.lower() for s in endpoint["path"].split("/") if s and not s.startswith("{")]
    method = str(endpoint.get("method", "GET")).upper()
    last = segments[-1] if segments else ""
    if method == "POST" and last in _STEPS:
        return {**endpoint, "auth_step": _STEPS[last]}
    if method == "POST" and "payments" in segments and last == "confirm":
        return {**endpoint, "payment_step": "confirm"}
    if method == "POST" and ("webhooks" in segments or "webhook" in segments) and (
            "payments" in segments or last in _PAYMENT_PROVIDERS):
        provider = _PAYMENT_PROVIDERS.get(last, "")
        return {**endpoint, "payment_step": "webhook"} | ({"provider": provider}
                                                          if provider else {})
    if "oauth" in segments or "auth" in segments:
        if last == "callback" or (method == "POST" and last in providers):
            provider = next((p for p in providers if p in segments), "")
            return {**endpoint, "auth_step": "oauth_callback"} | (
                {"provider": provider} if provider else {})
        if method == "GET" and last in {"authorize", "start"} | providers:
            provider = next((p for p in providers if p in segments), "")
            return {**endpoint, "auth_step": "oauth_start"} | (
                {"provider": provider} if provider else {})
    return endpoint


def _v3_to_v4(old: Data) -> Data:
    """Version 4 adds parts a version-3 file could not state, each with a default that keeps
    the old meaning: a foreign key's action on a key change (`on_update`, no action: refused,
    as every database did before), outside consumers of a message, GraphQL operations and gRPC
    services with stored proto field numbers (absent: derived from the endpoints, as before),
    an endpoint's style in a mixed design (absent: every style, as before), a field's proto
    number and the SPEC id. Nothing of the old file changes."""
    return {**old, "schema_version": 4}


def _v4_to_v5(old: Data) -> Data:
    """Version 5 adds parts a version-4 file could not state, each with a default that keeps
    the old meaning: the webhook delivery policy (`api.webhook_delivery`, every part
    undecided: nothing said about it, as before), GraphQL interfaces (none: no type implements
    one, as before) and a gRPC service's own package (empty: the design's package, as before).
    Nothing of the old file changes."""
    return {**old, "schema_version": 5}


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3,
                                                 3: _v3_to_v4, 4: _v4_to_v5}
"""Step from version N to N + 1, keyed by N."""


def migrate(data: Data, version: int, target: int) -> Data:
    """Run every step from `version` up to `target`."""
    while version < target:
        data = MIGRATIONS[version](data)
        version += 1
    return data
