"""Cross-field checks: references that do not resolve, duplicate names, malformed paths.

They report, never refuse: a half-finished design must save and reopen. Each problem names its
place the way a person would look for it, e.g. `data.entities[Order].fields[user_id]`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass

from designer.model.api import Endpoint, Resource
from designer.model.design import Design
from designer.model.types import BUILTIN_TYPES, FieldType, Member, Shape

_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True, order=True)
class Problem:
    """One cross-field problem."""

    location: str
    """Where, e.g. `api.resources[orders].endpoints[GET /orders/{id}]`."""
    message: str
    """What is wrong."""
    blocking: bool = dataclasses.field(default=False, compare=False)
    """The contract is undefined until it is fixed (a body or type that names nothing), so an
    export would have to invent it: export refuses."""

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def label(name: str, index: int) -> str:
    """The bracket label of a list item: its name, or `#n` (1-based) when it has none."""
    return name if name.strip() else f"#{index + 1}"


def _names(prefix: str, names: Sequence[str], what: str) -> Iterator[Problem]:
    """Empty and duplicate names in one list."""
    for i, name in enumerate(names):
        if not name.strip():
            yield Problem(f"{prefix}[#{i + 1}]", f"{what} has no name")
    for name, count in sorted(Counter(n for n in names if n.strip()).items()):
        if count > 1:
            yield Problem(f"{prefix}[{name}]", f"{what} name '{name}' is used {count} times")


def _unknown(location: str, what: str, name: str, known: Container[str]) -> Iterator[Problem]:
    """A problem when a non-empty `name` is not among `known`: a set or a mapping, made once
    by the caller (a list made into a set here, call by call, made the checks quadratic)."""
    if name and name not in known:
        yield Problem(location, f"references unknown {what} '{name}'")


def problems(design: Design) -> list[Problem]:
    """Every cross-field problem of `design`, sorted by location."""
    from designer.model.event_checks import event_problems  # it builds on the helpers here
    from designer.model.rpc_checks import rpc_problems

    found = [
        *_architecture(design),
        *_api(design),
        *_data(design),
        *_auth(design),
        *_other(design),
        *event_problems(design),
        *rpc_problems(design),
    ]
    return sorted(set(found))


def _architecture(d: Design) -> Iterator[Problem]:
    services = [s.name for s in d.architecture.services]
    yield from _names("architecture.services", services, "service")
    known = set(services)
    for i, service in enumerate(d.architecture.services):
        where = f"architecture.services[{label(service.name, i)}]"
        for dep in service.depends_on:
            if not dep.target:
                yield Problem(f"{where}.depends_on", "a dependency has no target service")
            elif dep.target == service.name:
                yield Problem(f"{where}.depends_on[{dep.target}]", "a service depends on itself")
            else:
                yield from _unknown(
                    f"{where}.depends_on[{dep.target}]", "service", dep.target, known
                )
    yield from _names(
        "requirements.integrations", [x.name for x in d.requirements.integrations], "integration"
    )


def _api(d: Design) -> Iterator[Problem]:
    api = d.api
    entities = {e.name for e in d.data.entities}
    schemas = [s.name for s in api.schemas]
    services = [s.name for s in d.architecture.services]
    roles = {r.name for r in d.auth.roles}
    scopes = {s.name for s in d.auth.oauth.scopes}
    if not api.base_path.startswith("/"):
        yield Problem("api.base_path", f"'{api.base_path}' must start with '/'")
    if api.page_size > api.max_page_size:
        yield Problem("api.page_size", "default page size is larger than the maximum page size")
    yield from _names("api.schemas", schemas, "schema")
    named = _type_names(d)
    for i, schema in enumerate(api.schemas):
        where = f"api.schemas[{label(schema.name, i)}]"
        if schema.name in entities:
            yield Problem(where, f"schema '{schema.name}' has the name of an entity")
        yield from _members(where, schema.fields, named)
    yield from _names("api.resources", [r.name for r in api.resources], "resource")
    keys = Counter(e.key for _, e in api.endpoints() if e.path)
    for key, count in sorted(keys.items()):
        if count > 1:
            yield Problem(f"api.endpoints[{key}]", f"endpoint is defined {count} times")
    yield from _same_operations(api.endpoints())
    known = (entities, set(schemas), roles, scopes, set(services))
    for i, resource in enumerate(api.resources):
        where = f"api.resources[{label(resource.name, i)}]"
        yield from _unknown(f"{where}.entity", "entity", resource.entity, entities)
        for j, endpoint in enumerate(resource.endpoints):
            # Locations are built only for endpoints with problems: a large design has
            # thousands of endpoints and this runs after every change.
            found = list(_endpoint_problems(endpoint, *known))
            if found:
                at = f"{where}.endpoints[{endpoint.key if endpoint.path else f'#{j + 1}'}]"
                for suffix, message, *blocking in found:
                    yield Problem(at + suffix, message, bool(blocking))
    yield from _names("api.channels", [c.name for c in api.channels], "channel")


def _endpoint_problems(endpoint: Endpoint, entities: set[str], schemas: set[str],
                       roles: set[str], scopes: set[str],
                       services: set[str]) -> Iterator[tuple[str, str] | tuple[str, str, bool]]:
    """(location suffix, message) of each problem of one endpoint."""
    for problem in _endpoint_path("", endpoint.path):
        yield problem.location, problem.message
    for part, ref in (("request", endpoint.request), ("response", endpoint.response)):
        if ref is not None and ref.name not in entities and ref.name not in schemas:
            yield f".{part}", f"references unknown entity or schema '{ref.name}'", True
    for role in endpoint.roles:
        if role and role not in roles:
            yield ".roles", f"references unknown role '{role}'"
    for scope in endpoint.scopes:
        if scope and scope not in scopes:
            yield ".scopes", f"references unknown scope '{scope}'"
    if services and endpoint.service and endpoint.service not in services:
        yield ".service", f"references unknown service '{endpoint.service}'"
    for code in endpoint.status_codes:
        if not 100 <= code <= 599:
            yield ".status_codes", f"{code} is not an HTTP status code"


_BRACES = re.compile(r"\{[^}]*\{|\}[^{]*\}")
_PARAMS = re.compile(r"\{([^{}]*)\}")
_PARAMS_ANY = re.compile(r"\{[^{}]*\}")


def _same_operations(endpoints: list[tuple[Resource, Endpoint]]) -> Iterator[Problem]:
    """Endpoints that differ only in parameter names: OpenAPI tells paths apart by their fixed
    parts, so the spec could hold only one of them (blocking: export would have to drop one)."""
    first: dict[tuple[str, str], str] = {}
    for _, endpoint in endpoints:
        if not endpoint.path:
            continue
        template = (endpoint.method.value, _PARAMS_ANY.sub("{}", endpoint.path))
        seen = first.setdefault(template, endpoint.key)
        if seen != endpoint.key:
            yield Problem(f"api.endpoints[{endpoint.key}]",
                          f"is the same operation as {seen}: paths that differ only in "
                          "parameter names cannot both be in the spec", True)


def _endpoint_path(at: str, path: str) -> Iterator[Problem]:
    if not path:
        yield Problem(at, "endpoint has no path")
        return
    if not path.startswith("/"):
        yield Problem(at, f"path '{path}' must start with '/'")
    if "{" not in path and "}" not in path:
        return
    if path.count("{") != path.count("}") or _BRACES.search(path):
        yield Problem(at, f"path '{path}' has unbalanced braces")
        return
    params = _PARAMS.findall(path)
    for name in params:
        if not _PARAM_NAME.match(name):
            yield Problem(at, f"path parameter '{{{name}}}' is not a valid name")
    for name, count in sorted(Counter(params).items()):
        if count > 1:
            yield Problem(at, f"path parameter '{{{name}}}' appears {count} times")


def _type_names(d: Design) -> frozenset[str]:
    """Every name a typed field may use: built-ins, named enums, entities, schemas."""
    return BUILTIN_TYPES | {
        *(x.name for x in d.data.enums),
        *(e.name for e in d.data.entities),
        *(s.name for s in d.api.schemas),
    }


def _members(where: str, members: Sequence[Member], named: frozenset[str]) -> Iterator[Problem]:
    """Problems of typed fields: names, unresolved types, contradictory settings, inline objects
    (recursively)."""
    yield from _names(f"{where}.fields", [m.name for m in members], "field")
    for j, member in enumerate(members):
        at = f"{where}.fields[{label(member.name, j)}]"
        yield from _member(at, member, named)
        if member.type == FieldType.OBJECT:
            if not member.fields:
                yield Problem(at, "inline object has no fields")
            yield from _members(at, member.fields, named)
        elif member.fields:
            yield Problem(at, f"has nested fields but its type is '{member.type}', not object")


def _member(at: str, member: Member, named: frozenset[str]) -> Iterator[Problem]:
    if not member.type.strip():
        yield Problem(at, "field has no type")
    elif member.type not in named:
        yield Problem(
            at, f"type '{member.type}' is not a built-in type, enum, entity or schema", True
        )
    if member.type == FieldType.ENUM and not member.enum_values:
        yield Problem(at, "enum field has no values")
    if member.read_only and member.write_only:
        yield Problem(at, "a field cannot be both read-only and write-only")
    pairs = (("min_length", "max_length"), ("minimum", "maximum"), ("min_items", "max_items"))
    for low, high in pairs:
        a, b = getattr(member, low), getattr(member, high)
        if a is not None and b is not None and a > b:
            yield Problem(at, f"{low} {a:g} is larger than {high} {b:g}")
    precision, scale = member.precision, member.scale
    if scale is not None and precision is not None and scale > precision:
        yield Problem(at, "decimal scale is larger than its precision")
    if (member.min_items is not None or member.max_items is not None) and (
        member.shape is not Shape.LIST
    ):
        yield Problem(at, "item counts are set but the field is not a list")
    if member.pattern:
        try:
            re.compile(member.pattern)
        except re.error as error:
            yield Problem(at, f"pattern is not a valid regular expression ({error.msg})")
    if member.currency and not re.fullmatch(r"[A-Za-z]{3}", member.currency):
        yield Problem(at, f"currency '{member.currency}' is not an ISO 4217 code such as KRW")


def _data(d: Design) -> Iterator[Problem]:
    data = d.data
    entities = {e.name: e for e in data.entities}
    databases = [db.name for db in data.databases]
    services = [s.name for s in d.architecture.services]
    yield from _names("data.databases", databases, "database")
    yield from _names("data.entities", [e.name for e in data.entities], "entity")
    yield from _names("data.enums", [e.name for e in data.enums], "enum")
    named = _type_names(d)
    known_databases, known_services = set(databases), set(services)
    roles = {r.name for r in d.auth.roles}
    for i, item in enumerate(data.enums):
        if not item.values:
            yield Problem(f"data.enums[{label(item.name, i)}]", "enum has no values")
        if item.name in BUILTIN_TYPES or item.name in entities:
            yield Problem(f"data.enums[{label(item.name, i)}]",
                          f"enum '{item.name}' has the name of a type or an entity")
    for i, db in enumerate(data.databases):
        if services:
            yield from _unknown(
                f"data.databases[{label(db.name, i)}].service", "service", db.service,
                known_services,
            )
    for i, entity in enumerate(data.entities):
        where = f"data.entities[{label(entity.name, i)}]"
        yield from _members(where, entity.fields, named)
        yield from _unknown(f"{where}.database", "database", entity.database, known_databases)
        if services:
            yield from _unknown(f"{where}.service", "service", entity.service, known_services)
        for j, field in enumerate(entity.fields):
            at = f"{where}.fields[{label(field.name, j)}]"
            if field.references:
                target_name, _, target_field = field.references.partition(".")
                target = entities.get(target_name)
                if target is None:
                    yield Problem(at, f"references unknown entity '{target_name}'")
                elif target_field and target.field(target_field) is None:
                    yield Problem(at, f"references unknown field '{field.references}'")
            for role in field.writable_by:
                yield from _unknown(f"{at}.writable_by", "role", role, roles)
        for index in entity.indexes:
            for name in index.fields:
                if entity.field(name) is None:
                    yield Problem(
                        f"{where}.indexes[{','.join(index.fields)}]",
                        f"indexes unknown field '{name}'",
                    )
            if not index.fields:
                yield Problem(f"{where}.indexes", "an index has no fields")
    for i, rel in enumerate(data.relationships):
        at = f"data.relationships[{rel.source or '?'}->{rel.target or '?'}]"
        if not rel.source or not rel.target:
            yield Problem(f"data.relationships[#{i + 1}]", "relationship needs two entities")
        for name in (rel.source, rel.target, rel.through):
            yield from _unknown(at, "entity", name, entities)
    if data.pool.min_size > data.pool.max_size:
        yield Problem("data.pool", "minimum pool size is larger than the maximum")


def _auth(d: Design) -> Iterator[Problem]:
    auth = d.auth
    roles = [r.name for r in auth.roles]
    resources = [r.name for r in d.api.resources]
    yield from _names("auth.roles", roles, "role")
    yield from _names("auth.oauth.scopes", [s.name for s in auth.oauth.scopes], "scope")
    yield from _names("auth.policies", [p.name for p in auth.policies], "policy")
    known_roles, known_resources = set(roles), set(resources)
    for i, role in enumerate(auth.roles):
        for parent in role.inherits:
            yield from _unknown(
                f"auth.roles[{label(role.name, i)}].inherits", "role", parent, known_roles
            )
    cells = Counter((p.role, p.resource) for p in auth.permissions)
    for (role, resource), count in sorted(cells.items()):
        at = f"auth.permissions[{role}/{resource}]"
        yield from _unknown(at, "role", role, known_roles)
        yield from _unknown(at, "resource", resource, known_resources)
        if count > 1:
            yield Problem(at, f"permission is given {count} times")
    for role in auth.mfa_required_roles:
        yield from _unknown("auth.mfa_required_roles", "role", role, known_roles)


def _other(d: Design) -> Iterator[Problem]:
    if d.stack.framework.lower() == "other" and not d.stack.framework_other.strip():
        yield Problem("stack.framework_other", "framework is 'other' but no name is given")
    yield from _names("operations.env", [v.name for v in d.operations.env], "environment variable")
    carriers: dict[str, str] = {}
    for var in d.operations.env:
        if var.purpose.strip():
            other = carriers.setdefault(var.purpose, var.name)
            if other != var.name:
                yield Problem(f"operations.env[{var.name}].purpose",
                              f"'{var.purpose}' is already carried by {other}: one variable "
                              "per configuration")
    yield from _names("decisions", [x.id for x in d.decisions], "decision")
