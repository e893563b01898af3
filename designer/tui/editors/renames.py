"""Keep references whole when a named thing is renamed or removed (pure functions on a Design).

A rename in one editor must not leave dangling names elsewhere: renaming the entity `User`
rewrites `references: User.id`, relationships, resources and schema refs (GraphQL and gRPC
bodies too, and the proto field numbers the message keeps). Removing a role or a
resource drops the permission-matrix cells that only made sense with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from designer.model.api import SchemaRef
from designer.model.design import Design
from designer.model.types import Member


def _swap(names: list[str], old: str, new: str) -> list[str]:
    return [new if n == old else n for n in names]


def _members(members: Sequence[Member]) -> Iterator[Member]:
    for member in members:
        yield member
        yield from _members(member.fields)


def typed_fields(design: Design) -> Iterator[Member]:
    """Every typed field of the design: entity fields, schema fields, GraphQL arguments and
    their inline fields."""
    for entity in design.data.entities:
        yield from _members(entity.fields)
    for schema in design.api.schemas:
        yield from _members(schema.fields)
    for op in design.api.graphql.operations:
        yield from _members(op.arguments)


def bodies(design: Design) -> Iterator[SchemaRef]:
    """Every body that names an entity or a schema: endpoint requests and responses, GraphQL
    return types, gRPC requests and responses."""
    for _, endpoint in design.api.endpoints():
        yield from (ref for ref in (endpoint.request, endpoint.response) if ref is not None)
    for op in design.api.graphql.operations:
        if op.returns is not None:
            yield op.returns
    for _, rpc in design.api.grpc.rpcs():
        yield from (ref for ref in (rpc.request, rpc.response) if ref is not None)


def _rename_body(design: Design, old: str, new: str) -> None:
    """Bodies, and the proto field numbers the message has given out (kept with it)."""
    for ref in bodies(design):
        if ref.name == old:
            ref.name = new
    for record in design.api.grpc.numbers:
        owner, dot, rest = record.message.partition(".")
        if owner == old:
            record.message = f"{new}{dot}{rest}"


def rename_type(design: Design, old: str, new: str) -> None:
    """Rename the named type `old` (an enum, entity or schema) to `new` in field types."""
    if not old or old == new:
        return
    for member in typed_fields(design):
        if member.type == old:
            member.type = new


def type_uses(design: Design, name: str) -> int:
    """How many fields and bodies use the named type `name`."""
    fields = sum(1 for m in typed_fields(design) if m.type == name)
    return fields + sum(1 for ref in bodies(design) if ref.name == name)


def rename_schema(design: Design, old: str, new: str) -> None:
    """Rename schema `old` to `new` in request and response bodies and field types."""
    if not old or old == new:
        return
    rename_type(design, old, new)
    _rename_body(design, old, new)


def rename_entity(design: Design, old: str, new: str) -> None:
    """Rename entity `old` to `new` wherever it is referenced."""
    if not old or old == new:
        return
    rename_type(design, old, new)
    for entity in design.data.entities:
        for field in entity.fields:
            if field.reference_entity == old:
                _, dot, rest = field.references.partition(".")
                field.references = f"{new}{dot}{rest}"
    for rel in design.data.relationships:
        rel.source = new if rel.source == old else rel.source
        rel.target = new if rel.target == old else rel.target
        rel.through = new if rel.through == old else rel.through
    for resource in design.api.resources:
        if resource.entity == old:
            resource.entity = new
    _rename_body(design, old, new)
    graphql = design.api.graphql
    graphql.batched = [f"{new}.{ref.partition('.')[2]}" if ref.partition(".")[0] == old
                       else ref for ref in graphql.batched]


def rename_role(design: Design, old: str, new: str) -> None:
    """Rename role `old` to `new` in inheritance, endpoints, permissions and MFA rules."""
    if not old or old == new:
        return
    auth = design.auth
    for role in auth.roles:
        role.inherits = _swap(role.inherits, old, new)
    for permission in auth.permissions:
        if permission.role == old:
            permission.role = new
    auth.mfa_required_roles = _swap(auth.mfa_required_roles, old, new)
    for _, endpoint in design.api.endpoints():
        endpoint.roles = _swap(endpoint.roles, old, new)
    for op in design.api.graphql.operations:
        op.roles = _swap(op.roles, old, new)


def forget_role(design: Design, name: str) -> None:
    """Drop every use of a deleted role."""
    auth = design.auth
    auth.permissions = [p for p in auth.permissions if p.role != name]
    for role in auth.roles:
        role.inherits = [r for r in role.inherits if r != name]
    auth.mfa_required_roles = [r for r in auth.mfa_required_roles if r != name]
    for _, endpoint in design.api.endpoints():
        endpoint.roles = [r for r in endpoint.roles if r != name]
    for op in design.api.graphql.operations:
        op.roles = [r for r in op.roles if r != name]


def rename_resource(design: Design, old: str, new: str) -> None:
    """Rename resource `old` to `new` in the permission matrix."""
    if not old or old == new:
        return
    for permission in design.auth.permissions:
        if permission.resource == old:
            permission.resource = new


def forget_resource(design: Design, name: str) -> None:
    """Drop the permission-matrix cells of a deleted resource."""
    design.auth.permissions = [p for p in design.auth.permissions if p.resource != name]


def rename_service(design: Design, old: str, new: str) -> None:
    """Rename service `old` to `new` in dependencies and in owners of entities, databases
    and endpoints."""
    if not old or old == new:
        return
    for service in design.architecture.services:
        for dep in service.depends_on:
            if dep.target == old:
                dep.target = new
    for owned in (*design.data.entities, *design.data.databases):
        if owned.service == old:
            owned.service = new
    for owner in (*(e for _, e in design.api.endpoints()), *design.api.graphql.operations,
                  *design.api.grpc.services):
        if owner.service == old:
            owner.service = new


def rename_message(design: Design, old: str, new: str) -> None:
    """Rename message `old` to `new` wherever a name stands for it: services' publishes and
    consumes, broker channels, flow steps, real-time channels, webhooks and the triggers of
    GraphQL subscriptions.

    A webhook that delivered `old` only by sharing its name keeps its public event name and
    now names the message it delivers."""
    if not old or old == new:
        return
    for service in design.architecture.services:
        service.publishes = _swap(service.publishes, old, new)
        service.consumes = _swap(service.consumes, old, new)
    events = design.architecture.events
    for topic in events.topics:
        topic.messages = _swap(topic.messages, old, new)
    for flow in events.flows:
        for step in flow.steps:
            if step.message == old:
                step.message = new
    for channel in design.api.channels:
        channel.to_client = _swap(channel.to_client, old, new)
        channel.to_server = _swap(channel.to_server, old, new)
    for hook in design.api.webhooks:
        if hook.message == old or (not hook.message.strip() and hook.event == old):
            hook.message = new
    for op in design.api.graphql.operations:
        if op.trigger == old:
            op.trigger = new


def message_uses(design: Design, name: str) -> int:
    """How many places name the message `name` (its catalogue entry aside)."""
    events = design.architecture.events
    return (sum(n == name for s in design.architecture.services
                for n in (*s.publishes, *s.consumes))
            + sum(n == name for t in events.topics for n in t.messages)
            + sum(s.message == name for f in events.flows for s in f.steps)
            + sum(n == name for c in design.api.channels for n in (*c.to_client, *c.to_server))
            + sum((h.message or h.event) == name for h in design.api.webhooks)
            + sum(op.trigger == name for op in design.api.graphql.operations))
