"""GraphQL and gRPC rules: N+1 resolvers, query limits, subscription auth, deadlines, and proto
field numbers that would break clients (seed 002: GraphQL with DataLoader and subscriptions;
gRPC services and streaming)."""

from __future__ import annotations

from collections.abc import Iterator

from designer.contract.numbers import messages
from designer.contract.styles import has_graphql, has_grpc
from designer.model.api import EndpointAuth
from designer.model.design import Design
from designer.model.progress import Stage
from designer.model.rpc import OperationKind
from designer.review.registry import Hit, Severity, rule

PATTERNS = "002 API 설계 & 패턴"
PERFORMANCE = "002 성능 최적화"
SECURITY = "002 Security 패턴"
RESILIENCE = "002 복원력 & 결함 Tolerance"


@rule(
    "RPC-001",
    Severity.WARNING,
    "list-valued relation field resolved without a DataLoader (N+1)",
    category="performance",
    seed=PERFORMANCE,
    stage=Stage.API,
    fix="Resolve the field through a DataLoader: add `Entity.field` to api.graphql.batched.",
)
def _n_plus_one(d: Design) -> Iterator[Hit]:
    if not has_graphql(d):
        return
    entities = {e.name for e in d.data.entities}
    batched = set(d.api.graphql.batched)
    for entity in d.data.entities:
        for f in entity.fields:
            if f.is_list and f.type in entities and f"{entity.name}.{f.name}" not in batched:
                yield Hit(f"data.entities[{entity.name}].fields[{f.name}]",
                          f"each {entity.name} loads its {f.type} list with a query of its "
                          "own: a page of N parents costs N+1 queries")


@rule(
    "RPC-002",
    Severity.WARNING,
    "GraphQL API without a depth or complexity limit",
    category="security",
    seed=SECURITY,
    stage=Stage.API,
    fix="Set api.graphql.max_depth and max_complexity so one nested query cannot exhaust the "
    "server.",
)
def _no_limits(d: Design) -> Iterator[Hit]:
    g = d.api.graphql
    if has_graphql(d):
        missing = [n for n, v in (("depth", g.max_depth), ("complexity", g.max_complexity))
                   if v is None]
        if missing:
            yield Hit("api.graphql", f"no {' or '.join(missing)} limit: any query is run")


@rule(
    "RPC-003",
    Severity.WARNING,
    "subscription without authentication",
    category="security",
    seed=SECURITY,
    stage=Stage.API,
    fix="Require a token at connection init (graphql-transport-ws connection_init payload) "
    "and check it for each subscription.",
)
def _open_subscription(d: Design) -> Iterator[Hit]:
    if not has_graphql(d):
        return
    for op in d.api.graphql.operations:
        if op.kind is OperationKind.SUBSCRIPTION and op.auth is EndpointAuth.NONE:
            yield Hit(f"api.graphql.operations[{op.name}]",
                      "anyone may hold this stream open and receive every update")


@rule(
    "RPC-004",
    Severity.WARNING,
    "gRPC call without a deadline",
    category="operations",
    seed=RESILIENCE,
    stage=Stage.API,
    fix="Set a deadline on the rpc, its service or api.grpc.deadline_ms; callers pass it on.",
)
def _no_deadline(d: Design) -> Iterator[Hit]:
    if not has_grpc(d):
        return
    # Only for a gRPC part: the export package (its writer, proto builder) is not check's.
    from designer.export.proto.service import deadline

    for service, call in d.api.grpc.rpcs():
        if deadline(d, service, call) is None:
            yield Hit(f"api.grpc.services[{service.name}].rpcs[{call.name}]",
                      "a stuck server holds the caller's thread and connection forever")


@rule(
    "RPC-005",
    Severity.ERROR,
    "proto field number of a removed field reused",
    category="api",
    seed=PATTERNS,
    stage=Stage.API,
    fix="Give the field a new number (clear `number` and let designer assign one); a removed "
    "field's number stays reserved.",
)
def _reused_number(d: Design) -> Iterator[Hit]:
    for key, members, _ in messages(d):
        record = d.api.grpc.numbers_of(key)
        if record is None:
            continue
        for member in members:
            if member.number is not None and member.number in record.reserved:
                yield Hit(f"api.grpc.numbers[{key}].{member.name}",
                          f"number {member.number} was a removed field's: old clients read "
                          "this field as that one")


@rule(
    "RPC-006",
    Severity.WARNING,
    "field renamed in a published proto package",
    category="api",
    seed=PATTERNS,
    stage=Stage.API,
    fix="Keep the published name, or add the new field beside the old one and deprecate it; "
    "a rename breaks generated code and the JSON form.",
)
def _published_rename(d: Design) -> Iterator[Hit]:
    if not (d.api.grpc.published and has_grpc(d)):
        return
    for key, members, _ in messages(d):
        record = d.api.grpc.numbers_of(key)
        if record is None:
            continue
        current = {m.name for m in members}
        for member in members:
            if member.number is None or member.number in record.reserved:
                continue
            was = sorted(name for name, n in record.fields.items()
                         if n == member.number and name not in current)
            if was:
                yield Hit(f"api.grpc.numbers[{key}].{member.name}",
                          f"field {member.number} was published as '{was[0]}'")
