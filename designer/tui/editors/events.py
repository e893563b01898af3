"""Editors of the asynchronous parts: the message catalogue, the broker channels with their
consumers, and how webhook deliveries are signed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from designer.model.api import WebhookSigning
from designer.model.events import Consumer, Delivery, Message, Retry, Topic
from designer.tui.editors.fields import Codec, FormOptions, split_list
from designer.tui.editors.records import RecordListEditor


class MessagesEditor(RecordListEditor):
    """The message catalogue: events and commands with their payloads."""

    TITLE = "Messages"
    ITEM = Message
    WHERE = "architecture.events.messages"
    COLUMNS = ("name", "payload", "key", "source")
    NOUN = "message"
    HELP = """\
## Messages
Events and commands that services publish and consume (`order.placed`). The payload is a named
schema of the API stage (or an entity); services say what they publish and consume under
*Services*. *Source* names an integration that publishes the message from outside the design.

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    def items(self) -> list[Message]:
        return self.design.architecture.events.messages

    def form_options(self, item: Any | None) -> FormOptions:
        payloads = [s.name for s in self.design.api.schemas if s.name] + [
            e.name for e in self.design.data.entities if e.name]
        sources = [x.name for x in self.design.requirements.integrations if x.name]
        choices: dict[str, list[str]] = {}
        if payloads:
            choices["payload"] = ["", *payloads]
        if sources:
            choices["source"] = ["", *sources]
        return FormOptions(include=("name", "description", "payload", "key", "content_type",
                                    "version", "source"), choices=choices)


def consumers_codec(old: list[Consumer]) -> Codec:
    """`service:group:delivery:retries:dead-letter, …` ⇄ consumers; keeps the other settings
    (dedupe key, backoff) of services that stay."""
    before = {c.service: c for c in old}
    kinds = {d.value for d in Delivery}

    def to_text(consumers: list[Consumer]) -> str:
        return ", ".join(f"{c.service}:{c.group}:{c.delivery.value}:{c.retry.attempts}:"
                         f"{c.dead_letter}" for c in consumers)

    def from_text(text: str) -> list[dict[str, Any]]:
        out = []
        for part in split_list(text):
            service, group, delivery, attempts, dead = [*part.split(":"), "", "", "", ""][:5]
            delivery = delivery.strip().lower() or Delivery.AT_LEAST_ONCE.value
            if delivery not in kinds:
                raise ValueError(f"'{part}': delivery must be one of {', '.join(sorted(kinds))}")
            if attempts.strip() and not attempts.strip().isdigit():
                raise ValueError(f"'{part}': retries must be a whole number")
            kept = before.get(service.strip())
            retry = (kept.retry if kept else Retry()).model_dump()
            retry["attempts"] = int(attempts.strip() or 0)
            out.append({"service": service.strip(), "group": group.strip(),
                        "delivery": delivery, "retry": retry, "dead_letter": dead.strip(),
                        "dedupe_key": kept.dedupe_key if kept else ""})
        return out

    return Codec(to_text, from_text,
                 help="service:group:at_most_once|at_least_once|exactly_once:retries:dead-letter")


class TopicsEditor(RecordListEditor):
    """Broker channels (topics, queues, streams) and who consumes them how."""

    TITLE = "Channels"
    ITEM = Topic
    WHERE = "architecture.events.topics"
    COLUMNS = ("name", "address", "messages", "partitions", "consumers")
    NOUN = "channel"
    HELP = """\
## Channels
Kafka topics, RabbitMQ exchanges or queues, SQS queues, Redis channels or streams, NATS
subjects: the messages each carries, partitions (order per key), retention and compaction.
Consumers are written `service:group:delivery:retries:dead-letter`, e.g.
`payments:payments-charge:exactly_once:5:events.dlq`.

- **a** add, **e** / **Enter** edit, **d** delete.
"""

    def items(self) -> list[Topic]:
        return self.design.architecture.events.topics

    def cell(self, item: Any, column: str) -> str:
        if column == "consumers":
            return ", ".join(c.service for c in item.consumers)
        return super().cell(item, column)

    def form_options(self, item: Any | None) -> FormOptions:
        messages = [m.name for m in self.design.architecture.events.messages if m.name]
        return FormOptions(
            include=("name", "address", "description", "messages", "partitions", "replication",
                     "retention_hours", "compacted", "consumers"),
            choices={"messages": messages} if messages else {},
            codecs={"consumers": consumers_codec(item.consumers if item else [])})

    def suggestions(self) -> Mapping[str, list[str]]:
        return {"consumers": [s.name for s in self.design.architecture.services if s.name]}


class WebhookSigningEditor(RecordListEditor):
    """How webhook deliveries are signed: one record, edited in place."""

    TITLE = "Webhook signature"
    ITEM = WebhookSigning
    WHERE = "api.webhook_signing"
    COLUMNS = ("scheme", "header", "timestamp_header", "tolerance_seconds", "encoding")
    KEY = ""
    NOUN = "signature scheme"
    HELP = """\
## Webhook signature
How receivers verify a delivery: the algorithm (HMAC-SHA256, Ed25519 or Standard Webhooks),
the header with the signature, the header with the signed timestamp (replay protection) and
how old a delivery may be. The OpenAPI, the AsyncAPI and the document print exactly this.

- **e** / **Enter** edit (there is one scheme: add and delete do nothing).
"""

    def items(self) -> list[WebhookSigning]:
        return [self.design.api.webhook_signing]

    def action_add(self) -> None:
        """One scheme per design: nothing to add."""

    def action_delete(self) -> None:
        """One scheme per design: nothing to delete."""

    def action_edit(self) -> None:
        """Edit the scheme; the saved record replaces the design's."""
        def done(record: Any | None) -> None:
            if record is not None:
                self.design.api.webhook_signing = record
                self.fill()
                self.changed(self.WHERE)

        self.app.push_screen(self._form(0), done)
