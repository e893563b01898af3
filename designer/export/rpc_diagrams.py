"""One sequence diagram per GraphQL subscription and per streaming gRPC call: who opens the
stream, what flows each way while it is open, and how it ends (a deadline, the client)."""

from __future__ import annotations

from designer.contract.styles import has_graphql, has_grpc
from designer.export.diagram_parts import Diagram, participants, say, system
from designer.export.mermaid_text import Loop, SequenceDiagram, script
from designer.model import Design
from designer.model.rpc import GraphQLOperation, GrpcService, OperationKind, Rpc, RpcKind


def _subscription(design: Design, op: GraphQLOperation, index: int) -> Diagram:
    client, server, *rest = participants(
        "client", f"{system(design)} GraphQL", *([op.trigger] if op.trigger else []))
    path = design.api.graphql.path
    auth = "" if op.auth.value == "none" else " with the access token"
    items = [say(client, server, f"connection_init over WebSocket {path}{auth}"),
             say(server, client, "connection_ack", reply=True),
             say(client, server, f"subscribe {op.name}")]
    pushed = [say(server, client, f"next: {op.name} "
                  f"{op.returns.name if op.returns else 'Boolean'}", reply=True)]
    if rest:
        pushed.insert(0, say(rest[0], server, f"{op.trigger} happened", reply=True))
    items.append(Loop("while subscribed", pushed))
    items.append(say(client, server, "complete"))
    title = f"Subscription {op.name} of {system(design)}"
    chart = SequenceDiagram(title, [client, server, *rest, *items])  # type: ignore[arg-type]
    return Diagram(f"subscription-{index + 1}", title, script(chart, title))


def _stream(design: Design, service: GrpcService, call: Rpc, index: int) -> Diagram:
    from designer.export.proto.service import deadline

    caller = "caller" if not service.service else "client service"
    client, server = participants(caller, service.service or service.name)
    limit = deadline(design, service, call)
    opened = f"{call.name}()" + (f" with a {limit} ms deadline" if limit else "")
    request = call.request.name if call.request else "request"
    response = call.response.name if call.response else "response"
    items = [say(client, server, opened)]
    if call.kind is RpcKind.SERVER_STREAM:
        items += [say(client, server, request),
                  Loop("until the stream ends", [say(server, client, response, reply=True)])]
    elif call.kind is RpcKind.CLIENT_STREAM:
        items += [Loop("until the client half-closes", [say(client, server, request)]),
                  say(server, client, response, reply=True)]
    else:
        items += [Loop("both sides stream", [say(client, server, request),
                                               say(server, client, response, reply=True)])]
    items.append(say(server, client, "status OK (or DEADLINE_EXCEEDED)", reply=True))
    title = f"{call.kind.value.replace('_', ' ')} {call.name} of {service.name}"
    chart = SequenceDiagram(title, [client, server, *items])  # type: ignore[arg-type]
    return Diagram(f"stream-{index + 1}", title, script(chart, title))


def rpc_diagrams(design: Design) -> list[Diagram]:
    """A diagram per subscription (GraphQL designs) and per streaming rpc (gRPC designs)."""
    out: list[Diagram] = []
    if has_graphql(design):
        subs = [o for o in design.api.graphql.operations if o.kind is OperationKind.SUBSCRIPTION]
        out += [_subscription(design, op, i) for i, op in enumerate(subs)]
    if has_grpc(design):
        streams = [(s, r) for s, r in design.api.grpc.rpcs() if r.kind is not RpcKind.UNARY]
        out += [_stream(design, s, r, i) for i, (s, r) in enumerate(streams)]
    return out
