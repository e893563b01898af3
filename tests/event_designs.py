"""Random event-driven designs with hostile names: services, a message catalogue (inline fields
or a named schema), broker channels with consumers and dead letters, WebSocket / SSE channels,
webhooks with any signing scheme, and flows."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from strategies import name, text

from designer.model import Design
from designer.model.api import (
    Channel,
    ChannelKind,
    Schema,
    SchemaField,
    SignatureEncoding,
    SigningScheme,
    Webhook,
    WebhookSigning,
)
from designer.model.architecture import Broker, Service
from designer.model.events import (
    Backoff,
    Compatibility,
    Consumer,
    Delivery,
    Events,
    Flow,
    FlowKind,
    FlowStep,
    Message,
    MessageField,
    Retry,
    Topic,
)
from designer.model.types import FieldType, Shape

_TYPES = [FieldType.STRING, FieldType.UUID, FieldType.INTEGER, FieldType.DATETIME,
          FieldType.BOOLEAN, FieldType.DECIMAL, FieldType.MONEY, FieldType.EMAIL]


def _unique(draw: Any, low: int, high: int) -> list[str]:
    # `$ref` and `__proto__` as field names are refused by the checks (tests of their own).
    return draw(st.lists(name().filter(lambda n: n not in {"$ref", "__proto__"}),
                         min_size=low, max_size=high, unique=True))


def _fields(draw: Any, cls: type, low: int = 1) -> list[Any]:
    out = []
    for field_name in _unique(draw, low, 3):
        kind = draw(st.sampled_from(_TYPES))
        out.append(cls(name=field_name, type=kind.value,
                       shape=draw(st.sampled_from(list(Shape))),
                       optional=draw(st.booleans()), nullable=draw(st.booleans()),
                       currency="KRW" if kind is FieldType.MONEY else "",
                       description=draw(text())))
    return out


@st.composite
def event_designs(draw: Any) -> Design:
    """A valid design (no blocking problem) whose events are random and hostile."""
    design = Design.new(draw(name()))
    design.requirements.locale = draw(st.sampled_from(["", "ko-KR"]))
    design.architecture.broker = draw(st.sampled_from([b for b in Broker if b is not Broker.NONE]))
    services = _unique(draw, 1, 3)
    design.architecture.services = [Service(name=s) for s in services]
    schema_name = draw(name()).replace("\\", "") + "Body"
    design.api.schemas = [Schema(name=schema_name, fields=_fields(draw, SchemaField))]
    messages = []
    for message_name in _unique(draw, 1, 4):
        named = draw(st.booleans())
        fields = [] if named else _fields(draw, MessageField)
        key_from = list(design.api.schemas[0].fields) if named else fields
        messages.append(Message(
            name=message_name, description=draw(text()),
            payload=schema_name if named else "", fields=fields,
            headers=_fields(draw, MessageField, 0),
            key=draw(st.sampled_from(["", *(f.name for f in key_from)])),
            version=draw(st.integers(1, 3))))
    names = [m.name for m in messages]
    for service in design.architecture.services:
        service.publishes = draw(st.lists(st.sampled_from(names), max_size=2, unique=True))
        service.consumes = draw(st.lists(st.sampled_from(names), max_size=2, unique=True))
    topics = []
    for topic_name in _unique(draw, 0, 3):
        carried = draw(st.lists(st.sampled_from(names), max_size=3, unique=True))
        consumers = [Consumer(service=s.name, group=draw(st.sampled_from(["", *services])),
                              delivery=draw(st.sampled_from(list(Delivery))),
                              dedupe_key="event_id",
                              retry=Retry(attempts=draw(st.integers(0, 5)),
                                          backoff=draw(st.sampled_from(list(Backoff)))))
                     for s in design.architecture.services if set(s.consumes) & set(carried)]
        topics.append(Topic(name=topic_name,
                            address=draw(st.sampled_from(["", topic_name, "{roomId}.x",
                                                          "a?b#c", "{bad name}"])),
                            messages=carried, consumers=consumers,
                            partitions=draw(st.none() | st.integers(1, 64)),
                            replication=draw(st.none() | st.integers(1, 3)),
                            retention_hours=draw(st.none() | st.integers(1, 1000)),
                            compacted=draw(st.booleans())))
    flows = [Flow(name=draw(name()), kind=draw(st.sampled_from(list(FlowKind))),
                  steps=[FlowStep(service=draw(st.sampled_from(services)), action=draw(text()),
                                  message=draw(st.sampled_from(["", *names])),
                                  compensation=draw(text()))
                         for _ in range(draw(st.integers(1, 3)))])
             for _ in range(draw(st.integers(0, 1)))]
    design.architecture.events = Events(
        messages=messages, topics=topics, flows=flows,
        outbox=draw(st.lists(st.sampled_from(services), max_size=1)),
        registry=draw(st.sampled_from(["", "Confluent Schema Registry"])),
        compatibility=draw(st.none() | st.sampled_from(list(Compatibility))))
    design.api.channels = [
        Channel(name=draw(name()), kind=kind, path="/" + draw(name(exclude="{}?#/ ")),
                to_client=draw(st.lists(st.sampled_from(names), max_size=2, unique=True)),
                to_server=draw(st.lists(st.sampled_from(names), max_size=2, unique=True))
                if kind is ChannelKind.WEBSOCKET else [])
        for kind in draw(st.lists(st.sampled_from(list(ChannelKind)), max_size=2, unique=True))]
    design.api.webhooks = [Webhook(event=event, signed=draw(st.booleans()),
                                   retries=draw(st.integers(0, 8)),
                                   message=draw(st.sampled_from(["", *names])))
                           for event in _unique(draw, 0, 2)]
    design.api.webhook_signing = WebhookSigning(
        scheme=draw(st.sampled_from(list(SigningScheme))),
        header=draw(st.sampled_from(["X-Signature", "Webhook-Signature"])),
        timestamp_header=draw(st.sampled_from(["", "X-Timestamp"])),
        encoding=draw(st.sampled_from(list(SignatureEncoding))))
    return design
