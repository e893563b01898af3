"""Cross-field checks of the asynchronous parts: messages, broker channels, consumers, flows,
real-time channels and webhooks.

A payload that names no schema is blocking (the contract would have to invent it); a message
that is named but not in the catalogue is not (it is exported by name, without a payload).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from designer.model.api import ChannelKind, SigningScheme
from designer.model.checks import Problem, _members, _names, _type_names, _unknown, label
from designer.model.design import Design
from designer.model.events import Delivery, Message
from designer.model.types import Member


def event_problems(d: Design) -> Iterator[Problem]:
    """Every problem of the design's asynchronous parts."""
    events = d.architecture.events
    catalogue = {m.name for m in events.messages if m.name.strip()}
    services = {s.name for s in d.architecture.services}
    integrations = {x.name for x in d.requirements.integrations}
    topics = [t.name for t in events.topics]
    known_topics = set(topics)
    named = _type_names(d)
    yield from _names("architecture.events.messages", [m.name for m in events.messages],
                      "message")
    for i, message in enumerate(events.messages):
        yield from _message(f"architecture.events.messages[{label(message.name, i)}]", message,
                            d, named, integrations)
    for service in d.architecture.services:
        for part in ("publishes", "consumes"):
            for name in getattr(service, part):
                if catalogue and name not in catalogue:
                    yield Problem(f"architecture.services[{service.name}].{part}[{name}]",
                                  f"'{name}' is not in the message catalogue: it has no payload")
    yield from _names("architecture.events.topics", topics, "channel")
    for i, topic in enumerate(events.topics):
        where = f"architecture.events.topics[{label(topic.name, i)}]"
        for name in topic.messages:
            yield from _unknown(f"{where}.messages", "message", name, catalogue or {name})
        consumed = {s.name for s in d.architecture.services
                    if set(s.consumes) & set(topic.messages)}
        for consumer in topic.consumers:
            at = f"{where}.consumers[{consumer.service or '?'}]"
            if not consumer.service:
                yield Problem(at, "a consumer has no service")
            elif consumer.service not in services:
                yield Problem(at, f"references unknown service '{consumer.service}'")
            elif consumer.service not in consumed:
                yield Problem(at, f"'{consumer.service}' consumes no message of this channel")
            yield from _unknown(f"{at}.dead_letter", "channel", consumer.dead_letter,
                                known_topics)
            if consumer.dead_letter and consumer.dead_letter == topic.name:
                yield Problem(f"{at}.dead_letter", "a channel is its own dead-letter channel")
            if consumer.delivery is Delivery.EXACTLY_ONCE and not consumer.dedupe_key.strip():
                yield Problem(at, "effectively-once delivery needs a dedupe key")
    for name in events.outbox:
        yield from _unknown("architecture.events.outbox", "service", name, services)
    yield from _names("architecture.events.flows", [f.name for f in events.flows], "flow")
    takers = services | integrations
    for i, flow in enumerate(events.flows):
        where = f"architecture.events.flows[{label(flow.name, i)}]"
        if not flow.steps:
            yield Problem(where, "flow has no steps")
        for j, step in enumerate(flow.steps):
            at = f"{where}.steps[#{j + 1}]"
            if not step.service:
                yield Problem(at, "step has no service")
            else:
                yield from _unknown(at, "service or integration", step.service, takers)
            if step.message:
                yield from _unknown(at, "message", step.message, catalogue or {step.message})
    yield from _realtime(d, catalogue, services)
    yield from _webhooks(d, catalogue)


_UNSAFE = {"$ref", "__proto__"}
"""Field names JSON tools cannot carry: `$ref` is followed as a reference wherever it appears,
and JavaScript reads `__proto__` as an object's prototype (the AsyncAPI parser is JavaScript)."""


def _unsafe(where: str, members: Sequence[Member]) -> Iterator[Problem]:
    for member in members:
        if member.name in _UNSAFE:
            yield Problem(f"{where}.fields[{member.name}]",
                          f"field name '{member.name}' cannot be carried in a message: JSON "
                          "tools read it as a reference or a prototype", True)
        yield from _unsafe(f"{where}.fields[{member.name}]", member.fields)


def _message(where: str, message: Message, d: Design, named: frozenset[str],
             integrations: set[str]) -> Iterator[Problem]:
    schemas = {s.name for s in d.api.schemas} | {e.name for e in d.data.entities}
    yield from _unsafe(where, message.fields)
    yield from _unsafe(f"{where}.headers", message.headers)
    payload = next((s for s in d.api.schemas if s.name == message.payload), None)
    if payload is not None:
        yield from _unsafe(f"{where}.payload", payload.fields)
    if message.payload:
        if message.payload not in schemas:
            yield Problem(f"{where}.payload",
                          f"references unknown schema or entity '{message.payload}'", True)
        if message.fields:
            yield Problem(where, "has both a named payload and payload fields")
    yield from _members(where, message.fields, named)
    yield from _members(f"{where}.headers", message.headers, named)
    if message.key:
        fields = {f.name for f in message.fields}
        target = next((s for s in d.api.schemas if s.name == message.payload), None)
        entity = next((e for e in d.data.entities if e.name == message.payload), None)
        fields |= {f.name for f in (target.fields if target else entity.fields if entity
                                    else [])}
        if message.key not in fields:
            yield Problem(f"{where}.key", f"key '{message.key}' is no field of the payload")
    yield from _unknown(f"{where}.source", "integration", message.source, integrations)
    for name in message.external_consumers:
        yield from _unknown(f"{where}.external_consumers", "integration", name, integrations)


def _realtime(d: Design, catalogue: set[str], services: set[str]) -> Iterator[Problem]:
    for i, channel in enumerate(d.api.channels):
        where = f"api.channels[{label(channel.name, i)}]"
        for name in (*channel.to_client, *channel.to_server):
            yield from _unknown(where, "message", name, catalogue or {name})
        if channel.kind is ChannelKind.SSE and channel.to_server:
            yield Problem(f"{where}.to_server", "an SSE channel carries nothing to the server")
        if services:
            yield from _unknown(f"{where}.service", "service", channel.service, services)


def _webhooks(d: Design, catalogue: set[str]) -> Iterator[Problem]:
    events = [w.event for w in d.api.webhooks]
    yield from _names("api.webhooks", events, "webhook event")
    for i, hook in enumerate(d.api.webhooks):
        yield from _unknown(f"api.webhooks[{label(hook.event, i)}].message", "message",
                            hook.message, catalogue)
    yield from _delivery(d)
    signing = d.api.webhook_signing
    if d.api.webhooks and signing.scheme is not SigningScheme.STANDARD_WEBHOOKS:
        if not signing.header.strip():
            yield Problem("api.webhook_signing.header", "no header carries the signature")
        elif signing.header.strip().lower() == signing.timestamp_header.strip().lower():
            yield Problem("api.webhook_signing.timestamp_header",
                          "the timestamp and the signature share one header")


def _delivery(d: Design) -> Iterator[Problem]:
    delivery = d.api.webhook_delivery
    where = "api.webhook_delivery"
    wanted = delivery.redeliver.strip()
    if wanted and wanted not in {f"{e.method.value} {e.path}" for _, e in d.api.endpoints()}:
        yield Problem(f"{where}.redeliver", f"references unknown endpoint '{wanted}'")
    if (delivery.delay_seconds is not None and delivery.max_delay_seconds is not None
            and delivery.max_delay_seconds < delivery.delay_seconds):
        yield Problem(f"{where}.max_delay_seconds", "the longest wait is shorter than the first")
    if delivery.log is False and (delivery.log_retention_days or delivery.log_records):
        yield Problem(f"{where}.log", "no delivery log is kept, yet its retention or records "
                      "are set")
