"""The events editors driven by keys: messages, broker channels with consumers, the webhook
signature; assertions on the design, and a snapshot of the channel form."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from steady import steady_screen
from textual.pilot import Pilot
from textual.widgets import Input, Select

from designer.model import Design
from designer.model.api import Schema, SchemaField, SigningScheme
from designer.model.architecture import Service
from designer.model.events import Consumer, Delivery, Message, Retry, Topic
from designer.tui.editors.events import MessagesEditor, TopicsEditor, WebhookSigningEditor
from designer.tui.editors.form import RecordForm
from designer.tui.editors.host import EditorHost
from designer.tui.widgets.row_table import RowTable

SnapCompare = Callable[..., bool]


def _orders() -> Design:
    d = Design.new("shop")
    d.architecture.services = [Service(name="orders", publishes=["order.placed"]),
                               Service(name="mail", consumes=["order.placed"])]
    d.api.schemas = [Schema(name="OrderPlaced", fields=[SchemaField(name="order_id", type="uuid")])]
    d.architecture.events.messages = [Message(name="order.placed", payload="OrderPlaced",
                                              key="order_id")]
    return d


def test_add_a_channel_with_a_consumer_and_edit_the_signature() -> None:
    design = _orders()

    async def run() -> None:
        app = EditorHost(design, [TopicsEditor, WebhookSigningEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            app.query_one(TopicsEditor).query_one(RowTable).focus()
            await pilot.press("a", *"orders.events")
            assert isinstance(app.screen, RecordForm)
            app.screen.query_one("#f-partitions", Input).value = "12"
            app.screen.query_one("#f-consumers", Input).value = "mail:mail-senders:twice:3:"
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, RecordForm)  # an unknown delivery keeps the form open
            app.screen.query_one("#f-consumers", Input).value = "mail:mail-senders:at_least_once:3:"
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert not isinstance(app.screen, RecordForm)
            app.query_one(WebhookSigningEditor).query_one(RowTable).focus()
            await pilot.press("e")
            assert isinstance(app.screen, RecordForm)
            app.screen.query_one("#f-scheme", Select).value = "standard_webhooks"
            app.screen.query_one("#f-timestamp_header", Input).value = "X-Timestamp"
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press("d")  # one scheme per design: nothing to delete
            await pilot.pause()

    asyncio.run(run())
    assert design.architecture.events.topics == [Topic(
        name="orders.events", partitions=12,
        consumers=[Consumer(service="mail", group="mail-senders",
                            delivery=Delivery.AT_LEAST_ONCE, retry=Retry(attempts=3))])]
    assert design.api.webhook_signing.scheme is SigningScheme.STANDARD_WEBHOOKS
    assert design.api.webhook_signing.timestamp_header == "X-Timestamp"


def test_channel_form_snapshot(snap_compare: SnapCompare) -> None:
    """You should see the "Edit channel" dialog at 80×24 over the Channels table: Name
    "orders.events", Messages with order.placed ticked, Partitions 12, Retention hours 168, and
    Consumers reading "mail:mail-senders:at_least_once:3:events.dlq"; Save / Cancel below."""
    design = _orders()
    design.architecture.events.topics = [Topic(
        name="orders.events", messages=["order.placed"], partitions=12, retention_hours=168,
        consumers=[Consumer(service="mail", group="mail-senders", retry=Retry(attempts=3),
                            dead_letter="events.dlq")])]
    app = EditorHost(design, [MessagesEditor, TopicsEditor])

    async def run(pilot: Pilot[Any]) -> None:
        pilot.app.query_one(TopicsEditor).query_one(RowTable).focus()
        await pilot.press("e")
        await pilot.pause()
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await steady_screen(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run)
