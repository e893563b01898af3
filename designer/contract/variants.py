"""Which fields of an entity each body carries: read, create, whole update (PUT), patch.

A create body leaves out what the server sets (generated keys, timestamps, `read_only` fields
such as totals, status or owner ids taken from the token), what the path already names
(`room_id` in `POST /rooms/{room_id}/messages`) and privileged fields (`writable_by`) unless
every role the endpoint admits may set them. A read body leaves out write-only fields
(passwords) and stored secrets (hashes, digests), which never leave the server. PATCH bodies are
partial; PUT bodies are whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from designer.model.api import Endpoint, EndpointAuth, Method, Pagination, SchemaRef, Variant
from designer.model.data import Entity, Field
from designer.model.design import Design
from designer.model.types import FieldType, Member

TIMESTAMPS = ("created_at", "updated_at")
_SERVER_NAMES = (*TIMESTAMPS, "deleted_at")
_SECRET = re.compile(r"(^|_)(password|passwd|secret)(_|$)", re.I)
_STORED_SECRET = re.compile(r"(^|_)hash$|_hash(_|$)|_digest$", re.I)
_GENERATED_PK = {FieldType.UUID, FieldType.INTEGER, FieldType.BIGINT}


class Body(StrEnum):
    """The body an entity takes in one place."""

    READ = "read"
    CREATE = "create"
    REPLACE = "replace"
    """PUT: the whole writable object."""
    PATCH = "patch"
    """PATCH: any non-empty subset of the writable fields."""


@dataclass(frozen=True)
class BodyContext:
    """What decides a body beyond the entity: its shape, the path and the caller's roles."""

    shape: Body
    bound: frozenset[str] = field(default_factory=frozenset)
    """Fields the endpoint's path already names."""
    roles: frozenset[str] = field(default_factory=frozenset)
    """Roles the endpoint admits; empty means any caller."""


def is_stored_secret(member: Field) -> bool:
    """A secret the server keeps and never sends or accepts as is: `password_hash`."""
    return bool(_STORED_SECRET.search(member.name)) or (member.read_only and member.write_only)


def is_write_only(member: Field) -> bool:
    """Sent by clients, never returned: the `write_only` flag or a password-like name."""
    return member.write_only or bool(_SECRET.search(member.name))


def is_server_set(member: Field) -> bool:
    """Set by the server, never by the client: read-only, generated keys, timestamps, computed
    defaults (`now()`), stored secrets."""
    if member.read_only or is_stored_secret(member):
        return True
    if member.primary_key and not member.references:
        return member.type in _GENERATED_PK or bool(member.default.strip())
    if member.name in _SERVER_NAMES:
        return True
    return "(" in member.default


def is_privileged(member: Field, roles: Iterable[str]) -> bool:
    """Only some roles may set it, and the callers (`roles`) are not all among them."""
    if not member.writable_by:
        return False
    callers = set(roles)
    return not callers or not callers <= set(member.writable_by)


def timestamp_fields(entity: Entity) -> list[str]:
    """created_at / updated_at the entity has implicitly (`timestamps`) and not as fields."""
    if not entity.timestamps:
        return []
    return [name for name in TIMESTAMPS if entity.field(name) is None]


def primary_keys(entity: Entity) -> list[Field]:
    """The primary-key fields of `entity`, in field order."""
    return [f for f in entity.fields if f.primary_key]


def fields_of(entity: Entity, context: BodyContext) -> list[tuple[Field, bool]]:
    """(field, required) of each field the body carries, in field order, names deduplicated."""
    out: list[tuple[Field, bool]] = []
    seen: set[str] = set()
    for member in entity.fields:
        if member.name in seen:
            continue
        seen.add(member.name)
        if context.shape is Body.READ:
            if is_write_only(member) or is_stored_secret(member):
                continue
            out.append((member, not member.optional))
            continue
        if is_server_set(member) or member.name in context.bound:
            continue
        if is_privileged(member, context.roles):
            continue
        needed = not (member.nullable or member.optional or has_default(member))
        out.append((member, needed and context.shape is not Body.PATCH))
    return out


def has_default(member: Field) -> bool:
    """Has a default the server applies when the client leaves the field out."""
    return bool(member.default.strip())


def paginates(design: Design, endpoint: Endpoint) -> bool:
    """A GET list endpoint that pages, under a design that pages."""
    return (endpoint.paginated and endpoint.method is Method.GET
            and design.api.pagination is not Pagination.NONE)


def body_context(design: Design, endpoint: Endpoint, target: SchemaRef) -> BodyContext:
    """The body `target` names on `endpoint`: its shape from variant and method, the fields the
    path binds, the roles the endpoint admits (the last two matter to writes only)."""
    if target.variant is Variant.READ:
        return BodyContext(Body.READ)
    if target.variant is Variant.CREATE:
        shape = Body.CREATE
    else:
        shape = Body.PATCH if endpoint.method is Method.PATCH else Body.REPLACE
    entity = design.data.entity(target.name)
    bound = frozenset(p for p in endpoint.path_params if entity and entity.field(p) is not None)
    # A public endpoint admits every caller, signed in or not: roles listed on it narrow
    # nothing (the spec shows it as public), so its bodies are those of any caller.
    roles = frozenset(r for r in endpoint.roles if r.strip()) \
        if endpoint.auth is not EndpointAuth.NONE else frozenset()
    return BodyContext(shape, bound, roles)


def request_members(design: Design, endpoint: Endpoint) -> list[Member]:
    """The fields a client sends in `endpoint`'s request body, as the contract has them: a named
    schema's fields but the read-only ones, or the entity variant's fields."""
    ref = endpoint.request
    if ref is None:
        return []
    schema = next((s for s in design.api.schemas if s.name == ref.name), None)
    if schema is not None:
        return [f for f in schema.fields if not f.read_only]
    entity = design.data.entity(ref.name)
    if entity is None:
        return []
    return [f for f, _ in fields_of(entity, body_context(design, endpoint, ref))]
