"""Hypothesis strategies for random, cross-field-consistent designs with hostile names.

`designs()` draws a whole `Design` whose references all resolve (`problems(design) == []`):
fields reference earlier entities, endpoints use known roles, scopes, services and schemas,
paths have valid, unique parameters. Names are hostile on purpose: quotes, backslashes,
brackets, braces, Korean, emoji, spaces, Mermaid keywords, OpenAPI / YAML reserved words and
leading digits. Exporters and the review use it; tests choose `max_examples`.

Two limits come from the model, not from hostility: entity names never contain `.` (a
reference is written `Entity` or `Entity.field`), and path parameter names are identifiers
(`designer check` refuses others).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from hypothesis import strategies as st

from designer.model import SCHEMA_VERSION, Design, Stage, StageStatus
from designer.model.api import (
    ApiStyle,
    AuthStep,
    ChannelKind,
    EndpointAuth,
    ErrorFormat,
    Method,
    Pagination,
    RateLimitScope,
    Variant,
    Versioning,
)
from designer.model.architecture import ArchitectureStyle, Broker, CallStyle, Protocol
from designer.model.auth import Action, AuthMethod, Hashing, OAuthFlow, Provider
from designer.model.data import Cardinality, Engine, FieldType, OnDelete
from designer.model.decisions import Topic
from designer.model.types import BUILTIN_TYPES

HOSTILE = [
    '"',
    "'",
    "\\",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    "<b>",
    "&amp;",
    "#",
    "%",
    ":",
    ";",
    "|",
    "`",
    "*",
    "->",
    "-->",
    "%%",
    "주문",
    "상품 목록",
    "사용자",
    "🎉",
    "👩‍💻",
    " ",
    "  ",
    "end",
    "graph",
    "subgraph",
    "style",
    "class",
    "click",
    "flowchart",
    "erDiagram",
    "direction",
    "$ref",
    "components",
    "paths",
    "type",
    "null",
    "true",
    "yes",
    "no",
    "~",
    "__proto__",
    "x-",
    "#/components/schemas/X",
    "1",
    "42nd",
    "0x1F",
    "é",
    "Ñ",
]
PLAIN = ["order", "Order", "user", "item", "id", "payment", "Stock", "chat", "a", "B", "_"]

_TEXT = st.characters(
    codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn"), include_characters="\n"
)


@cache
def name(exclude: str = "") -> st.SearchStrategy[str]:
    """A non-blank name built from hostile and plain pieces, without characters in `exclude`."""
    piece = (
        st.sampled_from(HOSTILE) | st.sampled_from(PLAIN) | st.text(_TEXT, min_size=1, max_size=4)
    )
    return (
        st.lists(piece, min_size=1, max_size=3)
        .map("".join)
        .map(lambda s: "".join(c for c in s if c not in exclude and c != "\n"))
        .filter(lambda s: bool(s.strip()))
    )


@cache
def text() -> st.SearchStrategy[str]:
    """Free text: empty, hostile pieces or random characters, possibly several lines."""
    return st.one_of(
        st.just(""),
        st.lists(st.sampled_from(HOSTILE + PLAIN), max_size=5).map(" ".join),
        st.text(_TEXT, max_size=30),
    )


@cache
def identifier() -> st.SearchStrategy[str]:
    """A path parameter name (`designer check` accepts only identifiers there)."""
    return st.sampled_from(["id", "user_id", "order_id", "slug", "x", "_k"]) | st.from_regex(
        r"\A[a-z_][a-z0-9_]{0,7}\Z"
    )


@cache
def _choice(kind: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(list(kind))


def _names(draw: Any, low: int, high: int, exclude: str = "") -> list[str]:
    return draw(st.lists(name(exclude), min_size=low, max_size=high, unique=True))


def _subset(draw: Any, items: list[Any], high: int = 3) -> list[Any]:
    if not items:
        return []
    return draw(st.lists(st.sampled_from(items), max_size=high, unique=True))


def _maybe(draw: Any, items: list[str]) -> str:
    return draw(st.sampled_from(["", *items])) if items else ""


def _field(draw: Any, field_name: str, entities: list[dict[str, Any]]) -> dict[str, Any]:
    kind = draw(_choice(FieldType))
    field: dict[str, Any] = {
        "name": field_name,
        "type": kind.value,
        "nullable": draw(st.booleans()),
        "unique": draw(st.booleans()),
        "default": draw(st.sampled_from(["", "now()", "0", "-3", "1.5", "'x'", "true", "a"])),
        "description": draw(text()),
        "pii": draw(st.booleans()),
    }
    field.update(_typing(draw, kind))
    if entities and draw(st.booleans()):
        target = draw(st.sampled_from(entities))
        pk = target["fields"][0]["name"]
        field["references"] = draw(st.sampled_from([target["name"], f"{target['name']}.{pk}"]))
        field["on_delete"] = draw(_choice(OnDelete)).value
        field["on_update"] = draw(_choice(OnDelete)).value
    return field


def _typing(draw: Any, kind: FieldType) -> dict[str, Any]:
    """The type-system attributes of a field of built-in type `kind`: shape, access, constraints
    that can be satisfied, inline enum values and inline object fields."""
    out: dict[str, Any] = {"shape": draw(st.sampled_from(["one", "one", "list", "map"]))}
    access = draw(st.sampled_from(["", "", "read_only", "write_only"]))
    if access:
        out[access] = True
    if draw(st.booleans()):
        out["optional"] = True
    if kind is FieldType.ENUM:
        out["enum_values"] = draw(st.lists(name(), min_size=1, max_size=3))
        out["default"] = draw(st.sampled_from(["", f"'{out['enum_values'][0]}'"]))
    if kind is FieldType.OBJECT:
        out["fields"] = [
            {"name": n, "type": draw(st.sampled_from(["string", "integer", "date"]))}
            for n in _names(draw, 1, 3)
        ]
    if kind in (FieldType.STRING, FieldType.TEXT) and draw(st.booleans()):
        out["min_length"] = draw(st.integers(0, 3))
        out["max_length"] = draw(st.integers(3, 300))
    if kind in (FieldType.INTEGER, FieldType.BIGINT, FieldType.FLOAT) and draw(st.booleans()):
        low = draw(st.integers(-1000, 1000))
        out["minimum"], out["maximum"] = low, low + draw(st.integers(0, 1000))
    if kind is FieldType.DECIMAL and draw(st.booleans()):
        out["precision"] = draw(st.integers(1, 20))
        out["scale"] = draw(st.integers(0, out["precision"]))
    if kind is FieldType.MONEY:
        out["currency"] = draw(st.sampled_from(["KRW", "USD", "EUR"]))
    if out["shape"] == "list" and draw(st.booleans()):
        out["min_items"] = draw(st.integers(0, 2))
        out["max_items"] = draw(st.integers(2, 5))
    return out


def _entities(draw: Any, services: list[str], databases: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for entity_name in _names(draw, 0, 4, exclude="."):
        field_names = _names(draw, 0, 4)
        pk_name = draw(st.sampled_from(["id", *field_names])) if field_names else "id"
        others = [f for f in field_names if f != pk_name]
        pk = {
            "name": pk_name,
            "type": draw(st.sampled_from(["uuid", "integer", "bigint", "string"])),
            "primary_key": True,
        }
        fields = [pk, *(_field(draw, f, out) for f in others)]
        indexes = [
            {
                "fields": draw(
                    st.lists(
                        st.sampled_from([f["name"] for f in fields]),
                        min_size=1,
                        max_size=2,
                        unique=True,
                    )
                ),
                "unique": draw(st.booleans()),
            }
            for _ in range(draw(st.integers(0, 2)))
        ]
        out.append(
            {
                "name": entity_name,
                "description": draw(text()),
                "service": _maybe(draw, services),
                "database": _maybe(draw, databases),
                "fields": fields,
                "indexes": indexes,
                "timestamps": draw(st.booleans()),
                "soft_delete": draw(st.booleans()),
            }
        )
    return out


@cache
def _segment() -> st.SearchStrategy[str]:
    words = ["orders", "users", "items", "auth", "login", "me", "cancel", "주문"]
    return st.sampled_from(words) | name(exclude="{}/")


def _path(draw: Any) -> str:
    segment = _segment()
    parts: list[str] = []
    params: set[str] = set()
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            parts.append(draw(segment))
        else:
            param = draw(identifier().filter(lambda p: p not in params))
            params.add(param)
            parts.append("{" + param + "}")
    return "/" + "/".join(parts)


def _ref(draw: Any, targets: list[str]) -> dict[str, Any] | None:
    if not targets or draw(st.booleans()):
        return None
    return {
        "name": draw(st.sampled_from(targets)),
        "variant": draw(_choice(Variant)).value,
        "many": draw(st.booleans()),
    }


def _endpoints(draw: Any, ctx: dict[str, list[str]], keys: set[str]) -> list[dict[str, Any]]:
    out = []
    codes = [200, 201, 202, 204, 302, 400, 401, 403, 404, 409, 418, 422, 429, 500, 503, 599]
    for _ in range(draw(st.integers(0, 4))):
        method = draw(_choice(Method)).value
        path = _path(draw)
        # Paths that differ only in parameter names are one operation (a model problem).
        template = f"{method} {re.sub(r'[{][^{}]*[}]', '{}', path)}"
        if template in keys:
            continue
        keys.add(template)
        out.append(
            {
                "method": method,
                "path": path,
                "summary": draw(text()).replace("\n", " "),
                "description": draw(text()),
                "request": _ref(draw, ctx["targets"]),
                "response": _ref(draw, ctx["targets"]),
                "status_codes": draw(
                    st.one_of(st.just([]), st.lists(st.sampled_from(codes), max_size=4))
                ),
                "auth": draw(_choice(EndpointAuth)).value,
                "roles": _subset(draw, ctx["roles"]),
                "scopes": _subset(draw, ctx["scopes"]),
                "paginated": draw(st.booleans()),
                "filters": draw(st.lists(name(), max_size=3)),
                "sort": draw(st.lists(name(), max_size=2)),
                "idempotency_key": draw(st.booleans()),
                "service": _maybe(draw, ctx["services"]),
                "auth_step": draw(st.sampled_from([None, *[x.value for x in AuthStep]])),
                "provider": draw(st.sampled_from(["", *[x.value for x in Provider]])),
            }
        )
    return out


def _services(draw: Any) -> list[dict[str, Any]]:
    names = _names(draw, 0, 3)
    return [
        {
            "name": service,
            "responsibility": draw(text()),
            "depends_on": [
                {
                    "target": target,
                    "style": draw(_choice(CallStyle)).value,
                    "protocol": draw(_choice(Protocol)).value,
                }
                for target in _subset(draw, [n for n in names if n != service], 2)
            ],
            "publishes": draw(st.lists(name(), max_size=2)),
            "consumes": draw(st.lists(name(), max_size=2)),
        }
        for service in names
    ]


@st.composite
def designs(draw: Any) -> Design:
    """A random design with hostile names and no cross-field problems."""
    services = _services(draw)
    service_names = [s["name"] for s in services]
    databases = [
        {
            "name": db,
            "engine": draw(_choice(Engine)).value,
            "service": _maybe(draw, service_names),
        }
        for db in _names(draw, 0, 2)
    ]
    entities = _entities(draw, service_names, [d["name"] for d in databases])
    entity_names = [e["name"] for e in entities]
    # A schema or enum may not take a built-in type's name (`json`): that is a model problem.
    schema_names = [n for n in _names(draw, 0, 2)
                    if n not in entity_names and n not in BUILTIN_TYPES]
    enum_names = [n for n in _names(draw, 0, 2)
                  if n not in entity_names + schema_names and n not in BUILTIN_TYPES]
    enums = [{"name": n, "values": draw(st.lists(name(), min_size=1, max_size=3))}
             for n in enum_names]
    plain = [t.value for t in FieldType if t not in (FieldType.ENUM, FieldType.OBJECT)]
    field_types = plain + entity_names + schema_names + enum_names
    def schema_field(field_name: str) -> dict[str, Any]:
        kind = draw(st.sampled_from(field_types))
        # A required, non-null reference between schemas can close a cycle that no finite
        # value satisfies (a model problem of its own); keep such references optional here.
        return {
            "name": field_name,
            "type": kind,
            "optional": kind in schema_names or draw(st.booleans()),
            "nullable": draw(st.booleans()),
            "shape": draw(st.sampled_from(["one", "list", "map"])),
        }

    schemas = [
        {"name": s, "description": draw(text()),
         "fields": [schema_field(f) for f in _names(draw, 0, 3)]}
        for s in schema_names
    ]
    roles = _names(draw, 0, 3)
    scopes = _names(draw, 0, 3)
    ctx = {
        "targets": entity_names + schema_names,
        "roles": roles,
        "scopes": scopes,
        "services": service_names,
    }
    keys: set[str] = set()
    resources = [
        {
            "name": r,
            "description": draw(text()),
            "entity": _maybe(draw, entity_names),
            "endpoints": _endpoints(draw, ctx, keys),
        }
        for r in _names(draw, 0, 3)
    ]
    page_size = draw(st.integers(1, 50))
    methods = _subset(draw, [m.value for m in AuthMethod], 4)
    data = {
        "schema_version": SCHEMA_VERSION,
        "requirements": {
            "name": draw(name()),
            "description": draw(text()),
            "features": [{"name": f, "story": draw(text())} for f in _names(draw, 0, 2)],
            "integrations": [{"name": i, "services": _subset(draw, [s["name"] for s in services])}
                             for i in _names(draw, 0, 2)],
        },
        "architecture": {
            "style": draw(st.sampled_from([None, *[s.value for s in ArchitectureStyle]])),
            "services": services,
            "broker": draw(_choice(Broker)).value,
        },
        "stack": {"framework": draw(st.sampled_from(["", "FastAPI", "Express", "Gin"]))},
        "api": {
            "style": draw(st.sampled_from([None, *[s.value for s in ApiStyle]])),
            "base_path": draw(st.sampled_from(["/api/v1", "/", "/v2", "/api/주문 v3", "/a b/[x]"])),
            "servers": draw(
                st.lists(
                    st.sampled_from(
                        ["https://api.test", "http://localhost:8000/api/v1/", "/", "not a url", ""]
                    ),
                    max_size=2,
                    unique=True,
                )
            ),
            "versioning": draw(st.sampled_from([None, *[v.value for v in Versioning]])),
            "pagination": draw(_choice(Pagination)).value,
            "page_size": page_size,
            "max_page_size": draw(st.integers(page_size, 200)),
            "error_format": draw(_choice(ErrorFormat)).value,
            "idempotency": draw(st.booleans()),
            "rate_limit": draw(
                st.sampled_from(
                    [
                        None,
                        {"requests": 10, "window_seconds": 1, "scope": RateLimitScope.USER.value},
                    ]
                )
            ),
            "schemas": schemas,
            "resources": resources,
            "channels": [
                {
                    "name": c,
                    "kind": draw(_choice(ChannelKind)).value,
                    "path": draw(
                        st.sampled_from(["/ws", "/ws/chat", "/sse/events", "", "/ws/{x}"])
                    ),
                    "description": draw(text()),
                }
                for c in _names(draw, 0, 2)
            ],
            "webhooks": [
                {"event": e, "description": draw(text()), "signed": draw(st.booleans())}
                for e in _names(draw, 0, 2)
            ],
        },
        "data": {
            "databases": databases,
            "entities": entities,
            "enums": enums,
            "relationships": [
                {
                    "source": draw(st.sampled_from(entity_names)),
                    "target": draw(st.sampled_from(entity_names)),
                    "kind": draw(_choice(Cardinality)).value,
                    "name": draw(st.sampled_from(["", "has", "end", "places"])),
                }
                for _ in range(draw(st.integers(0, 2) if entity_names else st.just(0)))
            ],
        },
        "auth": {
            "methods": methods,
            "jwt": {"storage": draw(st.sampled_from(["authorization_header", "http_only_cookie"]))},
            "oauth": {
                "providers": _subset(draw, [p.value for p in Provider], 2),
                "flows": _subset(draw, [f.value for f in OAuthFlow], 2),
                "authorization_url": draw(
                    st.sampled_from(["", "https://id.test/authorize", "/oauth/로그인 page"])
                ),
                "scopes": [{"name": s, "description": draw(text())} for s in scopes],
            },
            "session": {"cookie_name": draw(st.sampled_from(["session_id", "sid", "세션 [1]"]))},
            "api_keys": {"header": draw(st.sampled_from(["X-API-Key", 'X Key "1"']))},
            "roles": [
                {"name": r, "description": draw(text()), "inherits": _subset(draw, roles[:i], 2)}
                for i, r in enumerate(roles)
            ],
            "permissions": [
                {
                    "role": r,
                    "resource": res["name"],
                    "actions": _subset(draw, [a.value for a in Action], 5),
                }
                for r in roles
                for res in resources
                if draw(st.booleans())
            ],
            "password_hashing": draw(st.sampled_from([None, *[h.value for h in Hashing]])),
            "mfa_required_roles": _subset(draw, roles, 2),
        },
        "operations": {
            "env": [{"name": n, "secret": draw(st.booleans()), "purpose": purpose}
                    for n, purpose in zip(_names(draw, 0, 2), draw(st.permutations(
                        ["", "cache", "broker", "port", "jwt_signing_key"])), strict=False)],
        },
        "decisions": [{"id": i, "title": draw(text()), "topics": _subset(
            draw, [t.value for t in Topic], 2)} for i in _names(draw, 0, 2)],
        "progress": {
            "current_stage": draw(_choice(Stage)).value,
            "stages": {
                s.value: draw(_choice(StageStatus)).value for s in _subset(draw, list(Stage), 8)
            },
        },
    }
    return Design.model_validate(data)


__all__ = ["HOSTILE", "designs", "identifier", "name", "text"]
