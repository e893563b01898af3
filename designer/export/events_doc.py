"""What the document's events part reads: channels, the message catalogue with payloads,
consumers (delivery, retries, dead letter), the webhook delivery contract and the flows, all
from the resolved events, so the document names what `asyncapi.yaml` names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from designer.contract.events import (
    Kind,
    delivery_text,
    resolve,
    retry_text,
    signature_headers,
    signature_text,
    webhook_message,
)
from designer.contract.types import Types, access_text, type_text
from designer.contract.webhook_delivery import policy
from designer.contract.webhook_delivery import retry_text as webhook_retry_text
from designer.model.design import Design
from designer.model.events import FlowKind, Message
from designer.model.labels import label
from designer.model.types import Member

_KIND = {FlowKind.ORCHESTRATION: "An orchestrated saga (one service directs the steps)",
         FlowKind.CHOREOGRAPHY: "A choreographed saga (each step reacts to the previous event)",
         FlowKind.INTERACTION: "A flow"}


@dataclass(frozen=True)
class PayloadRow:
    """One field of a message payload as the document lists it."""

    name: str
    type: str
    required: str
    notes: str


def _rows(members: list[Member]) -> list[PayloadRow]:
    return [PayloadRow(m.name, type_text(m) + (" or null" if m.nullable else ""),
                       "no" if m.optional else "yes",
                       "; ".join(x for x in (m.description.strip(), access_text(m)) if x))
            for m in members if m.name]


def _payload(message: Message, types: Types) -> tuple[str, list[PayloadRow]]:
    """(what the payload is, its fields)."""
    if message.payload in types.schemas:
        return (f"schema {message.payload}",
                _rows(list(types.schemas[message.payload].fields)))
    if message.payload in types.entities:
        return f"entity {message.payload}", _rows(list(types.entities[message.payload].fields))
    if message.fields:
        return "", _rows(list(message.fields))
    return "not designed", []


def events_context(design: Design) -> dict[str, Any]:
    """The context of the document's events part (empty lists when there are no events)."""
    facts = resolve(design)
    types = Types.of(design)
    events = design.architecture.events
    channels = []
    for chan in facts.channels:
        if chan.kind is Kind.WEBHOOK:
            continue
        topic = chan.topic
        settings = []
        if topic is not None:
            if topic.partitions:
                settings.append(f"{topic.partitions} partitions")
            if topic.replication:
                settings.append(f"replication {topic.replication}")
            if topic.retention_hours:
                settings.append(f"kept {topic.retention_hours} h")
            if topic.compacted:
                settings.append("compacted")
        kind = label(design.architecture.broker) if chan.kind is Kind.BROKER \
            else "WebSocket" if chan.kind is Kind.WEBSOCKET else "SSE"
        channels.append({"name": chan.name, "address": chan.address, "kind": kind,
                         "messages": list(chan.messages), "settings": ", ".join(settings)})
    messages = []
    for name, message in facts.messages.items():
        what, rows = _payload(message, types)
        on = [c.name for c in facts.channels_of(name)]
        messages.append({"name": name, "description": message.description.strip(),
                         "channels": on, "producers": facts.senders(name),
                         "consumers": facts.receivers(name), "key": message.key,
                         "payload": what, "fields": rows, "headers": _rows(list(message.headers)),
                         "version": message.version})
    consumers = []
    for op in facts.operations:
        # A system outside the design consumes on its own terms: no settings of ours to list.
        if op.action != "receive" or op.channel.kind is not Kind.BROKER or op.external:
            continue
        c = op.consumer
        consumers.append({"service": op.actor, "channel": op.channel.name,
                          "group": (c.group.strip() or op.actor) if c else "",
                          "delivery": delivery_text(c) if c else "",
                          "retries": retry_text(c.retry) if c else "",
                          "dead_letter": c.dead_letter if c else ""})
    hooks = [{"event": w.event, "message": webhook_message(w), "signed": w.signed,
              "retries": webhook_retry_text(design, w), "description": w.description.strip()}
             for w in design.api.webhooks if w.event.strip()]
    return {
        "channels": channels,
        "messages": messages,
        "consumers": consumers,
        "webhooks": hooks,
        # The document sets names in code itself; its text filter would escape the backticks.
        "signature": signature_text(design).replace("`", "")
        if any(w.signed for w in design.api.webhooks) else "",
        # Same as the signature: the document sets the redelivery path in code itself.
        "delivery_policy": [s.replace("`", "") for s in policy(design)]
        if design.api.webhooks else [],
        "signature_headers": [(h.name, h.description.replace("`", ""))
                              for h in signature_headers(design)],
        "flows": [(f, f"flow-{i + 1}", _KIND[f.kind]) for i, f in enumerate(events.flows)
                  if f.steps],
        "outbox": list(events.outbox),
        "registry": events.registry.strip(),
        "compatibility": events.compatibility.value if events.compatibility else "",
    }
