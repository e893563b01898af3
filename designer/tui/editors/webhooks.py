"""The API stage's asynchronous parts: outgoing webhooks (each delivering a message of the
catalogue), WebSocket / SSE channels (the messages each way), and how webhooks are delivered
(the retry schedule, retried answers, disabling, the delivery log, redelivery).

Every reference (a webhook's message, a channel's messages and service, the redelivery
endpoint) is chosen from the names the design already has, never typed.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from designer.contract.webhook_delivery import duration
from designer.model.api import Channel, Webhook
from designer.model.design import Design
from designer.model.webhook_delivery import WebhookDelivery
from designer.tui.editors.fields import Codec, FormOptions
from designer.tui.editors.records import CELL_WIDTH, RecordListEditor
from designer.tui.widgets.row_table import RowTable

_UNITS = {"s": 1, "sec": 1, "min": 60, "m": 60, "h": 3600, "d": 86_400}
_WAIT = re.compile(r"^(\d+)\s*([a-z]*)$")

COMMON_STATUSES = ("408", "409", "425", "429", "500", "502", "503", "504", "5xx")
"""Answers worth retrying, offered as choices (a design's own others are kept)."""


def parse_waits(text: str) -> list[int]:
    """`5 s, 5 min, 2h, 30` → [5, 300, 7200, 30] (a bare number is seconds).

    Raises:
        ValueError: a part that is not a number with s, min, h or d.
    """
    out = []
    for part in (p.strip().lower() for p in text.split(",")):
        if not part:
            continue
        found = _WAIT.match(part)
        if found is None or found.group(2) not in {"", *_UNITS}:
            raise ValueError(f"'{part}' is not a wait such as 5 s, 5 min, 2 h or 1 d")
        out.append(int(found.group(1)) * _UNITS.get(found.group(2), 1))
    return out


WAITS = Codec(lambda value: ", ".join(duration(s) for s in value or []), parse_waits,
              help="waits before each retry: 5 s, 5 min, 30 min, 2 h (the last repeats)")


def message_names(design: Design, *current: str) -> list[str]:
    """The catalogue's message names, then any `current` value not in it (kept, not lost)."""
    names = [m.name for m in design.architecture.events.messages if m.name.strip()]
    return list(dict.fromkeys([*names, *(c for c in current if c.strip())]))


def endpoint_names(design: Design) -> list[str]:
    """`METHOD /path` of every endpoint, as `webhook_delivery.redeliver` names one."""
    return list(dict.fromkeys(f"{e.method.value} {e.path}" for _, e in design.api.endpoints()
                              if e.path.strip()))


class WebhooksEditor(RecordListEditor):
    """Outgoing webhooks: the event name subscribers see and the message it delivers."""

    TITLE = "Outgoing webhooks"
    ITEM = Webhook
    WHERE = "api.webhooks"
    COLUMNS = ("event", "message", "signed", "retries")
    KEY = "event"
    NOUN = "webhook"
    HELP = """\
## Outgoing webhooks
Events this API POSTs to subscribers' URLs. *Event* is the name subscribers see (order.paid);
*Message* is the catalogue message whose payload the delivery carries (empty: the message
named like the event). *Retries* is how often a failed delivery is tried again; when and on
which answers is decided in *Webhook delivery*.

- **a** add · **e** / **Enter** edit · **d** delete
"""

    def items(self) -> list[Webhook]:
        return self.design.api.webhooks

    def form_options(self, item: Any | None) -> FormOptions:
        current = item.message if isinstance(item, Webhook) else ""
        return FormOptions(include=("event", "message", "description", "signed", "retries"),
                           choices={"message": ["", *message_names(self.design, current)]})


class ChannelsEditor(RecordListEditor):
    """WebSocket and SSE channels with the messages each way."""

    TITLE = "Real-time channels"
    ITEM = Channel
    WHERE = "api.channels"
    COLUMNS = ("name", "kind", "path", "to_client")
    KEY = "name"
    NOUN = "channel"
    HELP = """\
## Real-time channels
WebSocket or Server-Sent Events endpoints: the path they are served at, the messages the
server pushes (*To client*) and, for WebSocket, those clients send (*To server*), chosen from
the message catalogue. The AsyncAPI contract describes each channel.

- **a** add · **e** / **Enter** edit · **d** delete
"""

    def items(self) -> list[Channel]:
        return self.design.api.channels

    def form_options(self, item: Any | None) -> FormOptions:
        sent = (*item.to_client, *item.to_server) if isinstance(item, Channel) else ()
        names = message_names(self.design, *sent)
        services = [s.name for s in self.design.architecture.services if s.name]
        if isinstance(item, Channel) and item.service and item.service not in services:
            services.append(item.service)
        return FormOptions(
            include=("name", "kind", "path", "to_client", "to_server", "service",
                     "description"),
            choices={"to_client": names, "to_server": names, "service": ["", *services]})


class LogKept(StrEnum):
    """The delivery log as a choice that can stay undecided (a checkbox cannot)."""

    KEPT = "kept"
    NONE = "none"


class DeliveryDialog(WebhookDelivery):
    """The dialog's view of `api.webhook_delivery`: `log` is a choice, blank while undecided."""

    log: LogKept | None = None  # type: ignore[assignment]
    """Every attempt is written to a delivery log (kept) or not (none); blank: undecided."""

    @classmethod
    def of(cls, delivery: WebhookDelivery) -> DeliveryDialog:
        data = delivery.model_dump()
        data["log"] = None if delivery.log is None else LogKept.KEPT if delivery.log \
            else LogKept.NONE
        return cls.model_validate(data)

    def policy(self) -> WebhookDelivery:
        """The record the design keeps."""
        data = self.model_dump()
        data["log"] = None if self.log is None else self.log is LogKept.KEPT
        return WebhookDelivery.model_validate(data)


class WebhookDeliveryEditor(RecordListEditor):
    """The delivery policy of every webhook: one record, edited in place."""

    TITLE = "Webhook delivery"
    ITEM = DeliveryDialog
    WHERE = "api.webhook_delivery"
    COLUMNS = ("schedule_seconds", "retry_statuses", "disable_after_failures", "log")
    KEY = ""
    NOUN = "delivery policy"
    HELP = """\
## Webhook delivery
When a failed delivery is tried again (*Schedule*: waits such as 5 s, 5 min, 2 h — or a
*Backoff* from a first delay), on which answers (*Retry statuses*, timeouts), what a 410 Gone
does, when an endpoint that keeps failing is disabled, how long one attempt waits, what the
delivery log keeps and which endpoint replays a delivery. Empty fields stay undecided: the
exports say nothing about them.

- **e** / **Enter** edit (one policy: add and delete do nothing).
"""

    def fill(self) -> None:
        """Columns with the dialog's labels (the schedule is shown as waits, not seconds)."""
        self.query_one(RowTable).set_columns(
            ["Schedule", "Retry statuses", "Disable after failures", "Log"], [CELL_WIDTH] * 4)
        super().fill()

    def items(self) -> list[DeliveryDialog]:
        return [DeliveryDialog.of(self.design.api.webhook_delivery)]

    def cell(self, item: Any, column: str) -> str:
        if column == "schedule_seconds":
            return WAITS.to_text(item.schedule_seconds) or (
                item.backoff.value if item.backoff else "")
        return super().cell(item, column)

    def form_options(self, item: Any | None) -> FormOptions:
        current = item.retry_statuses if isinstance(item, WebhookDelivery) else []
        redeliver = item.redeliver if isinstance(item, WebhookDelivery) else ""
        endpoints = endpoint_names(self.design)
        if redeliver and redeliver not in endpoints:
            endpoints.append(redeliver)
        return FormOptions(
            choices={"retry_statuses": list(dict.fromkeys([*COMMON_STATUSES, *current])),
                     "redeliver": ["", *endpoints]},
            codecs={"schedule_seconds": WAITS},
            labels={"schedule_seconds": "Schedule"})

    def action_add(self) -> None:
        """One policy per design: nothing to add."""

    def action_delete(self) -> None:
        """One policy per design: nothing to delete."""

    def action_edit(self) -> None:
        """Edit the policy; the saved record replaces the design's."""
        def done(record: Any | None) -> None:
            if record is not None:
                self.design.api.webhook_delivery = record.policy()
                self.fill()
                self.changed(self.WHERE)

        self.app.push_screen(self._form(0), done)
