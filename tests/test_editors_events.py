"""The events editors driven by keys: messages with payload fields and headers, broker channels
with consumers chosen in a dialog, the services × channels send/receive matrix, flows with
reordered steps and compensations, the webhook signature; assertions on the design, and
snapshots at 80×24 and 120×40."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from steady import steady_screen
from textual.pilot import Pilot
from textual.widgets import Input, Select, SelectionList

from designer.model import Design
from designer.model.api import Schema, SchemaField, SigningScheme
from designer.model.architecture import Service
from designer.model.events import (
    Backoff,
    Consumer,
    Delivery,
    Flow,
    FlowKind,
    FlowStep,
    Message,
    MessageField,
    Retry,
    Topic,
)
from designer.model.requirements import Integration, IntegrationKind
from designer.model.types import FieldType, Shape
from designer.tui.editors.channels import TopicsEditor
from designer.tui.editors.events import WebhookSigningEditor
from designer.tui.editors.flows import FlowsEditor
from designer.tui.editors.form import RecordForm
from designer.tui.editors.host import EditorHost
from designer.tui.editors.members import MemberForm
from designer.tui.editors.messages import MessagesEditor
from designer.tui.editors.traffic import TrafficCellScreen, TrafficMatrixEditor
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


async def _save(pilot: Pilot[Any]) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()


def test_add_a_channel_with_a_consumer_and_edit_the_signature() -> None:
    design = _orders()

    async def run() -> None:
        app = EditorHost(design, [TopicsEditor, WebhookSigningEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            topics = app.query_one(TopicsEditor)
            topics.table("topics").focus()
            await pilot.press("a", *"orders.events")
            assert isinstance(app.screen, RecordForm)
            app.screen.query_one("#f-partitions", Input).value = "12"
            app.screen.query_one("#f-messages", SelectionList).select("order.placed")
            await _save(pilot)
            topics.table("consumers").focus()
            await pilot.press("a")
            form = app.screen
            assert isinstance(form, RecordForm)
            form.query_one("#f-service", Select).value = "mail"
            form.query_one("#f-group", Input).value = "mail-senders"
            form.query_one("#f-delivery", Select).value = "exactly_once"
            form.query_one("#f-retries", Input).value = "3"
            await _save(pilot)
            assert app.screen is form  # exactly-once without a dedupe key stays open
            form.query_one("#f-dedupe_key", Input).value = "event_id"
            form.query_one("#f-backoff", Select).value = "fixed"
            await _save(pilot)
            assert not isinstance(app.screen, RecordForm)
            app.query_one(WebhookSigningEditor).query_one(RowTable).focus()
            await pilot.press("e")
            assert isinstance(app.screen, RecordForm)
            app.screen.query_one("#f-scheme", Select).value = "standard_webhooks"
            app.screen.query_one("#f-timestamp_header", Input).value = "X-Timestamp"
            await _save(pilot)
            await pilot.press("d")  # one scheme per design: nothing to delete
            await pilot.pause()

    asyncio.run(run())
    assert design.architecture.events.topics == [Topic(
        name="orders.events", partitions=12, messages=["order.placed"],
        consumers=[Consumer(service="mail", group="mail-senders", dedupe_key="event_id",
                            delivery=Delivery.EXACTLY_ONCE,
                            retry=Retry(attempts=3, backoff=Backoff.FIXED))])]
    assert design.api.webhook_signing.scheme is SigningScheme.STANDARD_WEBHOOKS
    assert design.api.webhook_signing.timestamp_header == "X-Timestamp"


def test_a_consumer_is_edited_and_deleted_in_the_model() -> None:
    design = _orders()
    design.architecture.events.topics = [Topic(
        name="orders.events", messages=["order.placed"],
        consumers=[Consumer(service="mail", retry=Retry(attempts=2))])]

    async def run() -> None:
        app = EditorHost(design, [TopicsEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            app.query_one(TopicsEditor).table("consumers").focus()
            await pilot.press("e")
            app.screen.query_one("#f-retries", Input).value = "5"
            await _save(pilot)
            assert design.architecture.events.topics[0].consumers[0].retry.attempts == 5
            await pilot.press("d")
            await pilot.press("y")
            await pilot.pause()

    asyncio.run(run())
    assert design.architecture.events.topics[0].consumers == []


def test_a_message_gets_payload_fields_and_headers_in_the_typed_field_dialog() -> None:
    design = Design.new("shop")

    async def run() -> None:
        app = EditorHost(design, [MessagesEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            editor = app.query_one(MessagesEditor)
            editor.table("messages").focus()
            await pilot.press("a", *"order.placed")
            assert isinstance(app.screen, RecordForm)
            await _save(pilot)
            editor.table("message-fields").focus()
            await pilot.press("a")
            assert isinstance(app.screen, MemberForm)
            app.screen.query_one("#f-name", Input).value = "order_id"
            app.screen.query_one("#f-type", Select).value = "uuid"
            await _save(pilot)
            await pilot.press("a")
            app.screen.query_one("#f-name", Input).value = "total"
            app.screen.query_one("#f-type", Select).value = "money"
            await pilot.pause()
            app.screen.query_one("#f-currency", Input).value = "KRW"
            await _save(pilot)
            editor.table("message-headers").focus()
            await pilot.press("a")
            app.screen.query_one("#f-name", Input).value = "event_id"
            app.screen.query_one("#f-type", Select).value = "uuid"
            await _save(pilot)
            editor.table("messages").focus()
            await pilot.press("e")
            app.screen.query_one("#f-key", Input).value = "order_id"
            await _save(pilot)

    asyncio.run(run())
    assert design.architecture.events.messages == [Message(
        name="order.placed", key="order_id",
        fields=[MessageField(name="order_id", type=FieldType.UUID),
                MessageField(name="total", type=FieldType.MONEY, currency="KRW")],
        headers=[MessageField(name="event_id", type=FieldType.UUID)])]


def _traffic() -> Design:
    d = Design.new("shop")
    d.architecture.services = [Service(name="orders"), Service(name="payments")]
    d.architecture.events.messages = [Message(name="order.placed"),
                                      Message(name="order.cancelled")]
    d.architecture.events.topics = [Topic(name="orders.events",
                                          messages=["order.placed", "order.cancelled"]),
                                    Topic(name="events.dlq")]
    return d


def test_the_send_receive_matrix_writes_publishes_and_consumes() -> None:
    design = _traffic()

    async def run() -> None:
        app = EditorHost(design, [TrafficMatrixEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            from textual.widgets import DataTable

            table = app.query_one(TrafficMatrixEditor).query_one(DataTable)
            table.focus()
            assert len(table.columns) == 2  # the dead-letter channel carries nothing
            await pilot.press("s")  # orders sends both
            await pilot.press("down", "space")
            await pilot.pause()
            cell = app.screen
            assert isinstance(cell, TrafficCellScreen)
            cell.query_one("#receives", SelectionList).select("order.placed")
            await _save(pilot)

    asyncio.run(run())
    orders, payments = design.architecture.services
    assert orders.publishes == ["order.placed", "order.cancelled"] and orders.consumes == []
    assert payments.publishes == [] and payments.consumes == ["order.placed"]


def test_clearing_a_cell_drops_the_consumer_settings_there() -> None:
    design = _traffic()
    payments = design.architecture.services[1]
    payments.consumes = ["order.placed", "elsewhere"]
    design.architecture.events.topics[0].consumers = [Consumer(service="payments")]

    async def run() -> None:
        app = EditorHost(design, [TrafficMatrixEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            from textual.widgets import DataTable

            app.query_one(TrafficMatrixEditor).query_one(DataTable).focus()
            await pilot.press("down", "x")
            await pilot.pause()

    asyncio.run(run())
    assert payments.consumes == ["elsewhere"]
    assert design.architecture.events.topics[0].consumers == []


def test_a_saga_is_built_with_steps_reordered_and_compensations() -> None:
    design = _traffic()
    design.requirements.integrations = [Integration(name="Toss Payments",
                                                    kind=IntegrationKind.PAYMENT)]

    async def run() -> None:
        app = EditorHost(design, [FlowsEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            editor = app.query_one(FlowsEditor)
            editor.table("flows").focus()
            await pilot.press("a", *"checkout")
            app.screen.query_one("#f-kind", Select).value = "orchestration"
            await _save(pilot)
            editor.table("flow-steps").focus()
            for service, action, message, undo in (
                    ("payments", "charge", "", "refund"),
                    ("orders", "place", "order.placed", "cancel"),
                    ("Toss Payments", "capture", "", "")):
                await pilot.press("a")
                form = app.screen
                form.query_one("#f-service", Select).value = service
                form.query_one("#f-action", Input).value = action
                if message:
                    form.query_one("#f-message", Select).value = message
                form.query_one("#f-compensation", Input).value = undo
                await _save(pilot)
            await pilot.press("up", "[")  # "place" goes first
            await pilot.pause()
            await pilot.press("down", "down", "]")  # already last: stays
            await pilot.pause()

    asyncio.run(run())
    assert design.architecture.events.flows == [Flow(
        name="checkout", kind=FlowKind.ORCHESTRATION, steps=[
            FlowStep(service="orders", action="place", message="order.placed",
                     compensation="cancel"),
            FlowStep(service="payments", action="charge", compensation="refund"),
            FlowStep(service="Toss Payments", action="capture")])]


def _event_shop() -> Design:
    d = _traffic()
    orders, payments = d.architecture.services
    orders.publishes = ["order.placed", "order.cancelled"]
    payments.consumes = ["order.placed"]
    d.architecture.events.messages[0].fields = [
        MessageField(name="order_id", type=FieldType.UUID),
        MessageField(name="lines", type="string", shape=Shape.LIST)]
    d.architecture.events.messages[0].headers = [MessageField(name="event_id", type="uuid")]
    d.architecture.events.topics[0].partitions = 12
    d.architecture.events.topics[0].consumers = [Consumer(
        service="payments", group="payments-charge", delivery=Delivery.EXACTLY_ONCE,
        dedupe_key="event_id", retry=Retry(attempts=5), dead_letter="events.dlq")]
    d.architecture.events.flows = [Flow(name="checkout", kind=FlowKind.ORCHESTRATION, steps=[
        FlowStep(service="orders", action="place the order", message="order.placed",
                 compensation="cancel the order"),
        FlowStep(service="payments", action="charge the card", compensation="refund")])]
    return d


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_events_editors_snapshot(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see, top to bottom: Messages (order.placed and order.cancelled on the left;
    "Payload fields of order.placed" with order_id uuid and lines "list of string", and
    "Headers of order.placed" with event_id on the right), Channels (orders.events and
    events.dlq; the consumer payments, exactly_once, "5 exp", events.dlq), the
    Send / receive matrix (orders "S2 ··", payments "·· R1" under orders.events) and Flows
    (checkout with its two steps, their messages and compensations). At 80×24 the column
    scrolls; nothing is cut off sideways."""
    app = EditorHost(_event_shop(), [MessagesEditor, TopicsEditor, TrafficMatrixEditor,
                                     FlowsEditor])

    async def run(pilot: Pilot[Any]) -> None:
        pilot.app.query_one(MessagesEditor).table("messages").focus()
        await steady_screen(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run)


def test_consumer_dialog_snapshot(snap_compare: SnapCompare) -> None:
    """You should see the "Edit consumer of orders.events" dialog at 80×24: Service payments,
    Group payments-charge, Delivery exactly_once, Dedupe key event_id, Retries 5, Backoff
    exponential, Delay ms 1000, an empty Max delay ms and Dead letter events.dlq; Save /
    Cancel below."""
    app = EditorHost(_event_shop(), [TopicsEditor])

    async def run(pilot: Pilot[Any]) -> None:
        pilot.app.query_one(TopicsEditor).table("consumers").focus()
        await pilot.press("e")
        await pilot.pause()
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await steady_screen(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run)
