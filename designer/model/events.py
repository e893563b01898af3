"""Asynchronous communication: messages, the broker channels that carry them, how consumers
take them, and the flows (sagas) they make up.

Which service publishes or consumes a message stays where it always was, on the service
(`Service.publishes` / `Service.consumes`, now message names); a channel here says which
messages travel on it and how, and its consumer entries add a consumer's settings (group,
delivery, retries, dead letter) to a service that consumes there. A message a system outside
the design publishes names that system (an integration) as its `source`.
"""

from enum import StrEnum

from pydantic import Field

from designer.model.base import Part
from designer.model.factories import new_list
from designer.model.types import Member


class Delivery(StrEnum):
    """What a consumer is promised about each message."""

    AT_MOST_ONCE = "at_most_once"
    """Acknowledged before handling: a crash loses the message, never repeats it."""
    AT_LEAST_ONCE = "at_least_once"
    """Acknowledged after handling: a crash repeats the message, never loses it."""
    EXACTLY_ONCE = "exactly_once"
    """Effectively once: at-least-once delivery to an idempotent consumer that drops
    duplicates by a dedupe key."""


class Compatibility(StrEnum):
    """Which schema changes a registry accepts (schema evolution rule)."""

    BACKWARD = "backward"
    """New consumers read old messages: fields may be removed, or added with a default."""
    FORWARD = "forward"
    """Old consumers read new messages: fields may be added, or removed if they had a default."""
    FULL = "full"
    """Both: only fields with defaults may be added or removed."""
    NONE = "none"
    """Any change is accepted; producers and consumers are upgraded together."""


class Backoff(StrEnum):
    """How the wait between attempts grows."""

    FIXED = "fixed"
    EXPONENTIAL = "exponential"


class Retry(Part):
    """Redelivery of a message whose handling failed."""

    attempts: int = Field(default=0, ge=0)
    """Further attempts after the first; 0 means none."""
    backoff: Backoff = Backoff.EXPONENTIAL
    """How the wait between attempts grows."""
    delay_ms: int = Field(default=1000, ge=1)
    """Wait before the first retry, in milliseconds."""
    max_delay_ms: int | None = Field(default=None, ge=1)
    """Longest wait between two attempts; None: no cap."""


class MessageField(Member):
    """A field of a message's payload or headers: any type of the type system."""


class Message(Part):
    """One kind of message (an event or a command): its name, payload and metadata."""

    name: str = ""
    """Unique name as producers and consumers say it, e.g. order.placed."""
    description: str = ""
    """When it is sent and what it means."""
    payload: str = ""
    """Named schema (or entity) that is the payload; empty: the payload is `fields`."""
    fields: list[MessageField] = Field(default_factory=new_list)
    """Payload fields when no named schema is given."""
    headers: list[MessageField] = Field(default_factory=new_list)
    """Headers (metadata) every message carries: trace id, event id, tenant …"""
    key: str = ""
    """Payload field whose value is the message key (Kafka partition key: order per key)."""
    content_type: str = "application/json"
    """Media type of the payload."""
    version: int = Field(default=1, ge=1)
    """Payload version; raised on a change the compatibility rule does not cover."""
    source: str = ""
    """An integration outside the design that publishes it; empty: services of the design."""
    external_consumers: list[str] = Field(default_factory=new_list)
    """Integrations outside the design that consume it (a partner, a data warehouse); empty:
    only the design's services."""


class Consumer(Part):
    """How one service consumes the messages of a channel."""

    service: str = ""
    """The consuming service (one whose `consumes` names a message of the channel)."""
    group: str = ""
    """Consumer group (instances share the work); empty: the service's name."""
    delivery: Delivery = Delivery.AT_LEAST_ONCE
    """Delivery semantics."""
    dedupe_key: str = ""
    """Payload or header field an idempotent consumer deduplicates on (exactly-once)."""
    retry: Retry = Field(default_factory=Retry)
    """Redelivery of a message whose handling failed."""
    dead_letter: str = ""
    """Channel that takes a message when its retries are used up; empty: none."""


class Topic(Part):
    """A broker channel: a Kafka topic, RabbitMQ exchange or queue, SQS queue, Redis channel
    or stream, NATS subject."""

    name: str = ""
    """Unique name within the design."""
    address: str = ""
    """Topic, queue, subject or channel name on the broker; empty: the name. `{braces}` mark
    parameters (e.g. chat.room.{roomId})."""
    description: str = ""
    """What travels on it."""
    messages: list[str] = Field(default_factory=new_list)
    """Names of the messages it carries."""
    partitions: int | None = Field(default=None, ge=1)
    """Partitions (Kafka); messages with one key stay in order within a partition."""
    replication: int | None = Field(default=None, ge=1)
    """Copies of each partition."""
    retention_hours: int | None = Field(default=None, ge=1)
    """How long messages are kept; None: the broker's default."""
    compacted: bool = False
    """Keeps only the latest message per key (a changelog topic)."""
    consumers: list[Consumer] = Field(default_factory=new_list)
    """Settings of the services that consume from it."""


class FlowKind(StrEnum):
    """What a flow is."""

    ORCHESTRATION = "orchestration"
    """A saga one service directs, telling each participant what to do."""
    CHOREOGRAPHY = "choreography"
    """A saga in which each participant reacts to the previous one's event."""
    INTERACTION = "interaction"
    """Any other sequence worth a diagram."""


class FlowStep(Part):
    """One step of a flow."""

    service: str = ""
    """Who acts: a service, or an integration outside the design."""
    action: str = ""
    """What it does, e.g. reserve stock."""
    message: str = ""
    """Message it publishes in this step; empty: none."""
    compensation: str = ""
    """What undoes the step when a later one fails; empty: nothing to undo."""


class Flow(Part):
    """An ordered sequence of steps across services, such as a saga."""

    name: str = ""
    """Unique name, e.g. checkout."""
    kind: FlowKind = FlowKind.INTERACTION
    """Orchestrated or choreographed saga, or another interaction."""
    description: str = ""
    """What it achieves."""
    steps: list[FlowStep] = Field(default_factory=new_list)
    """Steps in order."""


class Events(Part):
    """Everything asynchronous the design decides."""

    messages: list[Message] = Field(default_factory=new_list)
    """The message catalogue."""
    topics: list[Topic] = Field(default_factory=new_list)
    """Broker channels."""
    flows: list[Flow] = Field(default_factory=new_list)
    """Sagas and other flows."""
    outbox: list[str] = Field(default_factory=new_list)
    """Services that publish through a transactional outbox (the row and the message commit
    together)."""
    registry: str = ""
    """Schema registry that holds the payload schemas; empty: none."""
    compatibility: Compatibility | None = None
    """Schema evolution rule; None: not decided."""
