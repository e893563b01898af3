"""The design's asynchronous communication resolved once: which messages exist, which channel
carries each, who sends and who receives them, and how webhooks are signed.

The AsyncAPI contract, the OpenAPI webhooks, the document's events section and the
architecture diagram's broker edges all read this, so they name the same messages, channels
and headers. A message named somewhere (a service's `publishes`, a channel) but not in the
catalogue is still a message here, with no payload: nothing the design names is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from designer.model.api import Channel, ChannelKind, SignatureEncoding, SigningScheme, Webhook
from designer.model.design import Design
from designer.model.events import Backoff, Consumer, Delivery, Message, Retry, Topic


class Kind(StrEnum):
    """What carries a channel's messages."""

    BROKER = "broker"
    WEBSOCKET = "websocket"
    SSE = "sse"
    WEBHOOK = "webhook"


@dataclass(frozen=True)
class EventChannel:
    """One channel messages travel on."""

    name: str
    """What the design calls it (a topic's or channel's name; a message's, when implied)."""
    address: str
    """Where it is: the broker address, the WebSocket / SSE path; empty for webhooks."""
    kind: Kind
    messages: tuple[str, ...]
    """Names of the messages it carries, in order."""
    description: str = ""
    topic: Topic | None = None
    realtime: Channel | None = None
    webhook: Webhook | None = None
    implied: bool = False
    """No channel of the design carries the message: it gets one of its own."""


@dataclass(frozen=True)
class Operation:
    """A participant sending or receiving messages on a channel."""

    actor: str
    """Service (or integration outside the design) that acts."""
    action: str
    """`send` or `receive`."""
    channel: EventChannel
    messages: tuple[str, ...]
    external: bool = False
    consumer: Consumer | None = None
    """Consumer settings the design gives this service on this channel."""


@dataclass
class EventFacts:
    """Every resolved fact about the design's messages."""

    messages: dict[str, Message] = field(default_factory=dict)
    """Every message by name: the catalogue's, then those only named elsewhere."""
    declared: set[str] = field(default_factory=set)
    channels: list[EventChannel] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)

    def senders(self, message: str) -> list[str]:
        """Who publishes `message` on a broker or real-time channel, in design order."""
        return list(dict.fromkeys(o.actor for o in self.operations if o.action == "send"
                                  and message in o.messages and o.channel.kind is not Kind.WEBHOOK))

    def receivers(self, message: str) -> list[str]:
        """Who consumes `message`, in design order."""
        return list(dict.fromkeys(o.actor for o in self.operations
                                  if o.action == "receive" and message in o.messages))

    def channels_of(self, message: str, webhooks: bool = False) -> list[EventChannel]:
        """The channels that carry `message` (webhook deliveries only when asked)."""
        return [c for c in self.channels if message in c.messages
                and (webhooks or c.kind is not Kind.WEBHOOK)]

    def broker_users(self) -> tuple[list[str], list[str]]:
        """Services that send to and that receive from the broker, in design order."""
        ops = [o for o in self.operations if o.channel.kind is Kind.BROKER and not o.external]
        return (list(dict.fromkeys(o.actor for o in ops if o.action == "send")),
                list(dict.fromkeys(o.actor for o in ops if o.action == "receive")))


def webhook_message(webhook: Webhook) -> str:
    """The message a webhook delivers: the one it names, else the one named like its event."""
    return webhook.message.strip() or webhook.event.strip()


def _add(found: dict[str, Message], name: str) -> None:
    if name.strip() and name not in found:
        found[name] = Message(name=name)


def resolve(design: Design) -> EventFacts:
    """The resolved messages, channels and operations of `design`."""
    events = design.architecture.events
    services = design.architecture.services
    facts = EventFacts()
    for message in events.messages:
        if message.name.strip():
            facts.messages.setdefault(message.name, message)
    facts.declared = set(facts.messages)
    for service in services:
        for name in (*service.publishes, *service.consumes):
            _add(facts.messages, name)
    for topic in events.topics:
        for name in topic.messages:
            _add(facts.messages, name)
    for channel in design.api.channels:
        for name in (*channel.to_client, *channel.to_server):
            _add(facts.messages, name)
    for hook in design.api.webhooks:
        _add(facts.messages, webhook_message(hook))

    brokered = dict.fromkeys(
        [*(n for s in services for n in (*s.publishes, *s.consumes) if n.strip()),
         *(n for t in events.topics for n in t.messages if n.strip()),
         *(m.name for m in events.messages
           if (m.source.strip() or m.external_consumers) and m.name.strip())])
    on_topic: set[str] = set()
    seen: set[str] = set()
    for topic in events.topics:
        if not topic.name.strip() or topic.name in seen:
            continue
        seen.add(topic.name)
        carried = tuple(dict.fromkeys(n for n in topic.messages if n.strip()))
        on_topic.update(carried)
        facts.channels.append(EventChannel(topic.name, topic.address.strip() or topic.name,
                                           Kind.BROKER, carried, topic.description, topic=topic))
    for name in brokered:
        if name not in on_topic:
            facts.channels.append(EventChannel(name, name, Kind.BROKER, (name,), implied=True))
    for channel in design.api.channels:
        kind = Kind.WEBSOCKET if channel.kind is ChannelKind.WEBSOCKET else Kind.SSE
        carried = tuple(dict.fromkeys(n for n in (*channel.to_client, *channel.to_server)
                                      if n.strip()))
        facts.channels.append(EventChannel(channel.name or channel.path, channel.path, kind,
                                           carried, channel.description, realtime=channel))
    for hook in design.api.webhooks:
        message = webhook_message(hook)
        facts.channels.append(EventChannel(hook.event, "", Kind.WEBHOOK,
                                           (message,) if message else (), hook.description,
                                           webhook=hook))
    facts.operations = _operations(design, facts)
    return facts


def _operations(design: Design, facts: EventFacts) -> list[Operation]:
    brokers = [c for c in facts.channels if c.kind is Kind.BROKER]
    out: list[Operation] = []
    for service in design.architecture.services:
        for action, names in (("send", service.publishes), ("receive", service.consumes)):
            for channel in brokers:
                carried = tuple(n for n in channel.messages if n in names)
                if not carried:
                    continue
                consumer = None
                if action == "receive" and channel.topic is not None:
                    consumer = next((c for c in channel.topic.consumers
                                     if c.service == service.name), None)
                out.append(Operation(service.name, action, channel, carried, consumer=consumer))
    for message in facts.messages.values():
        if message.source.strip():
            for channel in brokers:
                if message.name in channel.messages:
                    out.append(Operation(message.source, "send", channel, (message.name,),
                                         external=True))
        for outside in dict.fromkeys(n for n in message.external_consumers if n.strip()):
            for channel in brokers:
                if message.name in channel.messages:
                    out.append(Operation(outside, "receive", channel, (message.name,),
                                         external=True))
    for channel in facts.channels:
        realtime = channel.realtime
        if realtime is not None:
            actor = realtime.service or design.name or "backend"
            sent = tuple(dict.fromkeys(n for n in realtime.to_client if n.strip()))
            taken = tuple(dict.fromkeys(n for n in realtime.to_server if n.strip()))
            if sent:
                out.append(Operation(actor, "send", channel, sent))
            if taken:
                out.append(Operation(actor, "receive", channel, taken))
        if channel.webhook is not None and channel.messages:
            out.append(Operation(design.name or "backend", "send", channel, channel.messages))
    return out


# ----- how things read ---------------------------------------------------------------------


def _duration(ms: int) -> str:
    if ms % 3_600_000 == 0:
        return f"{ms // 3_600_000} h"
    if ms % 60_000 == 0:
        return f"{ms // 60_000} min"
    if ms % 1000 == 0:
        return f"{ms // 1000} s"
    return f"{ms} ms"


def retry_text(retry: Retry) -> str:
    """`3 retries, exponential backoff from 1 s up to 1 min`, or `no retries`."""
    if retry.attempts == 0:
        return "no retries"
    count = "1 retry" if retry.attempts == 1 else f"{retry.attempts} retries"
    if retry.backoff is Backoff.FIXED:
        return f"{count}, {_duration(retry.delay_ms)} apart"
    cap = f" up to {_duration(retry.max_delay_ms)}" if retry.max_delay_ms else ""
    return f"{count}, exponential backoff from {_duration(retry.delay_ms)}{cap}"


DELIVERY_TEXT = {
    Delivery.AT_MOST_ONCE: "at most once",
    Delivery.AT_LEAST_ONCE: "at least once",
    Delivery.EXACTLY_ONCE: "effectively once",
}


def delivery_text(consumer: Consumer) -> str:
    """`at least once`, or `effectively once (deduplicated on event_id)`."""
    text = DELIVERY_TEXT[consumer.delivery]
    if consumer.dedupe_key.strip():
        text += f" (deduplicated on {consumer.dedupe_key.strip()})"
    return text


# ----- webhook signatures ------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureHeader:
    """A header a receiver reads to verify a delivery."""

    name: str
    description: str


_STANDARD = ("webhook-id", "webhook-timestamp", "webhook-signature")
"""Header names the Standard Webhooks specification fixes."""


def signature_headers(design: Design) -> list[SignatureHeader]:
    """The headers of a signed delivery, exactly as the design chose them."""
    signing = design.api.webhook_signing
    if signing.scheme is SigningScheme.STANDARD_WEBHOOKS:
        return [
            SignatureHeader(_STANDARD[0], "Unique delivery id; the same on every retry "
                                          "(deduplicate on it)."),
            SignatureHeader(_STANDARD[1], "Send time in Unix seconds; reject deliveries older "
                                          f"than {signing.tolerance_seconds} s."),
            SignatureHeader(_STANDARD[2], "Space-separated `v1,<base64 HMAC-SHA256>` signatures "
                                          "of `webhook-id.webhook-timestamp.body`."),
        ]
    out = []
    if signing.timestamp_header.strip():
        out.append(SignatureHeader(
            signing.timestamp_header.strip(),
            f"Send time in Unix seconds; reject deliveries older than "
            f"{signing.tolerance_seconds} s."))
    out.append(SignatureHeader(signing.header.strip() or "X-Signature",
                               f"{_encoding(design)} {_algorithm(design)} of "
                               f"{signed_content(design)}."))
    return out


def _algorithm(design: Design) -> str:
    scheme = design.api.webhook_signing.scheme
    return "Ed25519 signature" if scheme is SigningScheme.ED25519 else "HMAC-SHA256"


def _encoding(design: Design) -> str:
    signing = design.api.webhook_signing
    if signing.scheme is SigningScheme.STANDARD_WEBHOOKS:
        return "Base64"
    return "Hex" if signing.encoding is SignatureEncoding.HEX else "Base64"


def signed_content(design: Design) -> str:
    """What the signature covers, as a receiver rebuilds it."""
    signing = design.api.webhook_signing
    if signing.scheme is SigningScheme.STANDARD_WEBHOOKS:
        return "`webhook-id.webhook-timestamp.body`"
    if signing.timestamp_header.strip():
        return f"`{signing.timestamp_header.strip()}` value, a dot and the raw body"
    return "the raw request body"


def signature_text(design: Design) -> str:
    """One paragraph telling a receiver how to verify a delivery."""
    signing = design.api.webhook_signing
    headers = signature_headers(design)
    if signing.scheme is SigningScheme.STANDARD_WEBHOOKS:
        head = "Signed per Standard Webhooks (HMAC-SHA256 with the subscription's `whsec_` " \
               "secret)"
    elif signing.scheme is SigningScheme.ED25519:
        head = "Signed with our Ed25519 key (verify with the published public key)"
    else:
        head = "Signed with HMAC-SHA256 and the subscription's secret"
    text = f"{head}: verify {', '.join(f'`{h.name}`' for h in headers)} before trusting the " \
           f"payload; the signature covers {signed_content(design)}."
    if signing.scheme is SigningScheme.STANDARD_WEBHOOKS or signing.timestamp_header.strip():
        text += f" Deliveries older than {signing.tolerance_seconds} s are rejected (replay)."
    else:
        text += " No timestamp is signed, so a replayed delivery cannot be told apart."
    if signing.rotation_days:
        text += f" Secrets rotate every {signing.rotation_days} days; during a rotation both " \
                "are valid."
    return text
