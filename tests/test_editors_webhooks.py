"""The API stage's webhook editors driven by keys: outgoing webhooks choosing their message from
the catalogue, WebSocket / SSE channels choosing theirs, the delivery policy (schedule typed as
waits, statuses and the redelivery endpoint chosen); renaming a message in the app renames
its uses; assertions on the design and on the saved file; snapshots at 80×24 and 120×40."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from dialogs import open_with as _open
from dialogs import save as _save
from dialogs import settle as _settle
from dialogs import until as _until
from steady import steady_screen
from textual.pilot import Pilot
from textual.widgets import Input, Select, SelectionList

from designer import store
from designer.commands.new import create
from designer.model import Design
from designer.model.api import Channel, ChannelKind, Endpoint, Method, Resource, Webhook
from designer.model.architecture import Service
from designer.model.events import Message, Topic
from designer.model.progress import Stage
from designer.model.webhook_delivery import GoneAction, LogRecord, WebhookDelivery
from designer.tui.app import make_app
from designer.tui.editors.form import RecordForm
from designer.tui.editors.host import EditorHost
from designer.tui.editors.messages import MessagesEditor
from designer.tui.editors.webhooks import (
    ChannelsEditor,
    WebhookDeliveryEditor,
    WebhooksEditor,
    parse_waits,
)
from designer.tui.widgets.row_table import RowTable

SnapCompare = Callable[..., bool]


def _billing() -> Design:
    d = Design.new("billing")
    d.architecture.services = [Service(name="api", publishes=["invoice.paid"])]
    d.architecture.events.messages = [Message(name="invoice.paid"), Message(name="chat.posted")]
    d.api.resources = [
        Resource(
            name="deliveries",
            endpoints=[
                Endpoint(method=Method.POST, path="/deliveries/{id}/redeliver", summary="Redeliver")
            ],
        )
    ]
    return d


def test_parse_waits_reads_units_and_refuses_the_rest() -> None:
    assert parse_waits("5 s, 5 min,2h, 30, 1 d,") == [5, 300, 7200, 30, 86_400]
    with pytest.raises(ValueError, match="'5 weeks'"):
        parse_waits("5 weeks")


def test_webhooks_channels_and_delivery_are_edited_with_keys() -> None:
    design = _billing()

    async def run() -> None:
        app = EditorHost(design, [ChannelsEditor, WebhooksEditor, WebhookDeliveryEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            app.query_one(WebhooksEditor).query_one(RowTable).focus()
            await pilot.press("a", *"invoice.settled")
            form = app.screen
            assert isinstance(form, RecordForm)
            # the message is a choice of the catalogue's names, never typed
            assert isinstance(form.query_one("#f-message"), Select)
            form.query_one("#f-message", Select).value = "invoice.paid"
            form.query_one("#f-retries", Input).value = "6"
            await pilot.press("ctrl+s")
            await pilot.pause()
            app.query_one(ChannelsEditor).query_one(RowTable).focus()
            await pilot.press("a", *"live")
            form = app.screen
            form.query_one("#f-kind", Select).value = "sse"
            form.query_one("#f-path", Input).value = "/stream"
            form.query_one("#f-to_client", SelectionList).select("chat.posted")
            form.query_one("#f-service", Select).value = "api"
            await pilot.press("ctrl+s")
            await pilot.pause()
            app.query_one(WebhookDeliveryEditor).query_one(RowTable).focus()
            await pilot.press("e")
            form = app.screen
            form.query_one("#f-schedule_seconds", Input).value = "5 weeks"
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert app.screen is form  # a wait it cannot read keeps the dialog open
            form.query_one("#f-schedule_seconds", Input).value = "5 s, 5 min, 2 h"
            for status in ("429", "5xx"):
                form.query_one("#f-retry_statuses", SelectionList).select(status)
            form.query_one("#f-gone", Select).value = "disable"
            form.query_one("#f-disable_after_failures", Input).value = "20"
            form.query_one("#f-log", Select).value = "kept"
            form.query_one("#f-log_records", SelectionList).select("status")
            form.query_one("#f-redeliver", Select).value = "POST /deliveries/{id}/redeliver"
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert not isinstance(app.screen, RecordForm)
            await pilot.press("d")  # one policy: nothing to delete
            await pilot.pause()

    asyncio.run(run())
    assert design.api.webhooks == [
        Webhook(event="invoice.settled", message="invoice.paid", retries=6)
    ]
    assert design.api.channels == [
        Channel(
            name="live",
            kind=ChannelKind.SSE,
            path="/stream",
            to_client=["chat.posted"],
            service="api",
        )
    ]
    assert design.api.webhook_delivery == WebhookDelivery(
        schedule_seconds=[5, 300, 7200],
        retry_statuses=["429", "5xx"],
        gone=GoneAction.DISABLE,
        disable_after_failures=20,
        log=True,
        log_records=[LogRecord.STATUS],
        redeliver="POST /deliveries/{id}/redeliver",
    )


def test_saving_the_delivery_dialog_untouched_decides_nothing() -> None:
    design = _billing()

    async def run() -> None:
        app = EditorHost(design, [WebhookDeliveryEditor])
        async with app.run_test(size=(80, 24)) as pilot:
            app.query_one(WebhookDeliveryEditor).query_one(RowTable).focus()
            await pilot.press("e")
            await pilot.press("ctrl+s")
            await pilot.pause()

    asyncio.run(run())
    assert design.api.webhook_delivery == WebhookDelivery()  # the log stays undecided


async def _design_in_app(path: Path) -> None:
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot, app)
        screen = app.screen
        await screen.go_to(Stage.REQUIREMENTS)
        await _settle(pilot, app)
        messages = screen.form.query_one(MessagesEditor)
        messages.table("messages").focus()
        await _open(pilot, "a", *"order.paid")
        await _save(pilot)
        await screen.go_to(Stage.API)
        await _settle(pilot, app)
        hooks = screen.form.query_one(WebhooksEditor)
        hooks.query_one(RowTable).focus()
        await _open(pilot, "a", *"order.paid")
        app.screen.query_one("#f-message", Select).value = "order.paid"
        await _save(pilot)
        delivery = screen.form.query_one(WebhookDeliveryEditor)
        delivery.query_one(RowTable).focus()
        await _open(pilot, "e")
        await _until(pilot, lambda: app.screen.query("#f-schedule_seconds"))
        app.screen.query_one("#f-schedule_seconds", Input).value = "1 min, 10 min, 1 h"
        app.screen.query_one("#f-disable_after_hours", Input).value = "72"
        await _save(pilot)
        await screen.go_to(Stage.REQUIREMENTS)
        await _settle(pilot, app)
        messages = screen.form.query_one(MessagesEditor)
        messages.table("messages").focus()
        await _open(pilot, "e")
        app.screen.query_one("#f-name", Input).value = "order.settled"
        await _save(pilot)
        await pilot.press("ctrl+s")
        await _settle(pilot, app)
        await pilot.pause(0.3)
        await _settle(pilot, app)


def test_webhooks_are_designed_in_the_app_and_follow_a_message_rename(tmp_path: Path) -> None:
    path = create("Billing", tmp_path)
    asyncio.run(_design_in_app(path))
    saved = store.load(path)
    assert [m.name for m in saved.architecture.events.messages] == ["order.settled"]
    assert saved.api.webhooks == [Webhook(event="order.paid", message="order.settled")]
    assert saved.api.webhook_delivery == WebhookDelivery(
        schedule_seconds=[60, 600, 3600], disable_after_hours=72
    )


def _shown() -> Design:
    d = _billing()
    d.architecture.events.topics = [Topic(name="events", messages=["invoice.paid"])]
    d.api.channels = [
        Channel(
            name="live",
            kind=ChannelKind.SSE,
            path="/stream",
            to_client=["chat.posted"],
            service="api",
        )
    ]
    d.api.webhooks = [
        Webhook(event="invoice.paid", message="invoice.paid", retries=8),
        Webhook(event="invoice.voided", signed=False, retries=0),
    ]
    d.api.webhook_delivery = WebhookDelivery(
        schedule_seconds=[5, 300, 1800, 7200],
        retry_statuses=["429", "5xx"],
        retry_timeouts=True,
        disable_after_failures=20,
        log=True,
        redeliver="POST /deliveries/{id}/redeliver",
    )
    return d


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_webhook_editors_snapshot(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """You should see, top to bottom: Real-time channels (live, sse, /stream, chat.posted),
    Outgoing webhooks (invoice.paid → invoice.paid, signed, 8 retries; invoice.voided, not
    signed, 0) and Webhook delivery (5 s, 5 min, 30 min, 2 h; 429, 5xx; 20; kept). At 80×24
    the column scrolls; nothing is cut off sideways."""
    app = EditorHost(_shown(), [ChannelsEditor, WebhooksEditor, WebhookDeliveryEditor])

    async def run(pilot: Pilot[Any]) -> None:
        pilot.app.query_one(WebhooksEditor).query_one(RowTable).focus()
        await steady_screen(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run)


def test_delivery_dialog_snapshot(snap_compare: SnapCompare) -> None:
    """You should see the "Edit delivery policy" dialog at 80×24: Schedule "5 s, 5 min,
    30 min, 2 h", Backoff (none), the retry statuses with 429 and 5xx ticked, … scrolling
    down to Redeliver; Save / Cancel below."""
    app = EditorHost(_shown(), [WebhookDeliveryEditor])

    async def run(pilot: Pilot[Any]) -> None:
        pilot.app.query_one(WebhookDeliveryEditor).query_one(RowTable).focus()
        await pilot.press("e")
        await pilot.pause()
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await steady_screen(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run)
