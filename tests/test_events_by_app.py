"""A reduced event-driven-orders designed in the app from an empty design, keys and choices
only: services, a message with payload fields and headers, a Kafka topic with an idempotent
consumer and a dead-letter topic, the send/receive matrix, a saga with compensations and the
outbox, registry and compatibility mode; the saved file holds all of it and the event rules
find nothing to say."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Select, SelectionList

from designer import store
from designer.commands.new import create
from designer.model.events import Compatibility, Delivery, FlowKind
from designer.model.progress import Stage
from designer.review import review
from designer.tui.app import make_app
from designer.tui.editors.channels import TopicsEditor
from designer.tui.editors.event_settings import EventSettingsEditor
from designer.tui.editors.flows import FlowsEditor
from designer.tui.editors.lists import ServicesEditor
from designer.tui.editors.messages import MessagesEditor
from designer.tui.editors.traffic import TrafficMatrixEditor
from designer.tui.widgets.question_field import QuestionField
from designer.tui.widgets.row_table import RowTable


async def _settle(pilot: Pilot[Any], app: Any) -> None:
    await pilot.pause(0.1)
    for worker in list(app.workers):
        if worker.group in {"autosave", "copy", "preview", "problems", "recent"}:
            await worker.wait()
    await pilot.pause()


async def _until(pilot: Pilot[Any], done: Any) -> None:
    """Pause until `done()` holds (a loaded machine opens and closes dialogs slowly)."""
    for _ in range(100):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never got there")


async def _save(pilot: Pilot[Any]) -> None:
    """Save the open dialog and wait until it has closed."""
    dialog = pilot.app.screen
    await pilot.press("ctrl+s")
    await _until(pilot, lambda: pilot.app.screen is not dialog)


async def _open(pilot: Pilot[Any], *keys: str) -> None:
    """Press `keys` (the first opens a dialog, the rest type into it)."""
    before = pilot.app.screen
    await pilot.press(keys[0])
    await _until(pilot, lambda: pilot.app.screen is not before)
    await pilot.pause()  # the dialog focuses its first field once mounted
    if keys[1:]:
        await pilot.press(*keys[1:])


async def _form(pilot: Pilot[Any], app: Any, **values: Any) -> None:
    """Fill the open dialog (Selects by value, SelectionLists by items, Inputs by text), save."""
    await _until(pilot, lambda: app.screen.query(f"#f-{next(iter(values))}"))
    for name, value in values.items():
        widget = app.screen.query_one(f"#f-{name}")
        if isinstance(widget, SelectionList):
            for item in value:
                widget.select(item)
        else:
            widget.value = value
        await pilot.pause()
    await _save(pilot)


async def _build(path: Path) -> None:
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot, app)
        screen = app.screen
        await screen.go_to(Stage.REQUIREMENTS)
        await _settle(pilot, app)
        form = screen.form
        broker = next(f for f in form.query(QuestionField) if f.question.id == "broker")
        broker.query_one(".answer", Select).value = "kafka"
        await _settle(pilot, app)

        services = form.query_one(ServicesEditor)
        services.query_one(RowTable).focus()
        for name in ("orders", "payments"):
            await _open(pilot, "a", *name)
            await _save(pilot)

        messages = form.query_one(MessagesEditor)
        messages.table("messages").focus()
        await _open(pilot, "a", *"order.placed")
        await _save(pilot)
        messages.table("message-fields").focus()
        for name, kind in (("order_id", "uuid"), ("total", "integer")):
            await _open(pilot, "a")
            await _form(pilot, app, name=name, type=kind)
        messages.table("message-headers").focus()
        await _open(pilot, "a")
        await _form(pilot, app, name="event_id", type="uuid")
        messages.table("messages").focus()
        await _open(pilot, "e")
        await _form(pilot, app, key="order_id")

        topics = form.query_one(TopicsEditor)
        topics.table("topics").focus()
        await _open(pilot, "a", *"orders.dlq")
        await _save(pilot)
        await _open(pilot, "a", *"orders.events")
        await _form(pilot, app, messages=["order.placed"], partitions="12")

        matrix = form.query_one(TrafficMatrixEditor)
        matrix.query_one(DataTable).focus()
        await pilot.press("s", "down", "r")  # orders sends, payments receives
        await pilot.pause()

        topics.table("topics").focus()
        await pilot.press("down")
        topics.table("consumers").focus()
        await _open(pilot, "a")
        await _form(pilot, app, service="payments", delivery="exactly_once",
                    dedupe_key="event_id", retries="5", dead_letter="orders.dlq")

        flows = form.query_one(FlowsEditor)
        flows.table("flows").focus()
        await _open(pilot, "a", *"checkout")
        await _form(pilot, app, kind="choreography")
        flows.table("flow-steps").focus()
        for service, action, message, undo in (("payments", "charge", "", "refund"),
                                               ("orders", "place", "order.placed", "cancel")):
            await _open(pilot, "a")
            await _form(pilot, app, service=service, action=action,
                        compensation=undo, **({"message": message} if message else {}))
        await pilot.press("[")
        await pilot.pause()

        settings = form.query_one(EventSettingsEditor)
        settings.query_one(RowTable).focus()
        await _open(pilot, "e")
        await _form(pilot, app, outbox=["orders"], registry="Confluent Schema Registry",
                    compatibility="backward")
        await pilot.press("ctrl+s")  # save now, then let the autosave worker finish
        await _settle(pilot, app)
        await pilot.pause(0.3)
        await _settle(pilot, app)


def test_reduced_event_driven_orders_is_designed_in_the_app(tmp_path: Path) -> None:
    path = create("Orders", tmp_path)
    asyncio.run(_build(path))
    saved = store.load(path)
    arch = saved.architecture
    assert arch.broker.value == "kafka"
    orders, payments = arch.services
    assert (orders.publishes, orders.consumes) == (["order.placed"], [])
    assert (payments.publishes, payments.consumes) == ([], ["order.placed"])
    (message,) = arch.events.messages
    assert message.key == "order_id"
    assert [(f.name, f.type) for f in message.fields] == [("order_id", "uuid"),
                                                           ("total", "integer")]
    assert [(h.name, h.type) for h in message.headers] == [("event_id", "uuid")]
    dlq, topic = arch.events.topics
    assert dlq.name == "orders.dlq" and topic.partitions == 12
    assert topic.messages == ["order.placed"]
    (consumer,) = topic.consumers
    assert (consumer.service, consumer.delivery, consumer.dedupe_key, consumer.retry.attempts,
            consumer.dead_letter) == ("payments", Delivery.EXACTLY_ONCE, "event_id", 5,
                                      "orders.dlq")
    (flow,) = arch.events.flows
    assert flow.kind is FlowKind.CHOREOGRAPHY
    assert [(s.service, s.action, s.message, s.compensation) for s in flow.steps] == [
        ("orders", "place", "order.placed", "cancel"), ("payments", "charge", "", "refund")]
    assert arch.events.outbox == ["orders"]
    assert arch.events.registry == "Confluent Schema Registry"
    assert arch.events.compatibility is Compatibility.BACKWARD
    assert [f.rule_id for f in review(saved) if f.rule_id.startswith("EVT")] == []
