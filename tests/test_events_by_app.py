"""A reduced event-driven-orders designed in the app from an empty design, keys and choices
only: services, a message with payload fields and headers, a Kafka topic with an idempotent
consumer and a dead-letter topic, the send/receive matrix, a saga with compensations and the
outbox, registry and compatibility mode; the saved file holds all of it and the event rules
find nothing to say."""

from __future__ import annotations

import asyncio
from pathlib import Path

from dialogs import fill, open_with, save, settle
from textual.widgets import DataTable, Select

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


async def _build(path: Path) -> None:
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        await screen.go_to(Stage.REQUIREMENTS)
        await settle(pilot, app)
        form = screen.form
        broker = next(f for f in form.query(QuestionField) if f.question.id == "broker")
        broker.query_one(".answer", Select).value = "kafka"
        await settle(pilot, app)

        services = form.query_one(ServicesEditor)
        services.query_one(RowTable).focus()
        for name in ("orders", "payments"):
            await open_with(pilot, "a", *name)
            await save(pilot)

        messages = form.query_one(MessagesEditor)
        messages.table("messages").focus()
        await open_with(pilot, "a", *"order.placed")
        await save(pilot)
        messages.table("message-fields").focus()
        for name, kind in (("order_id", "uuid"), ("total", "integer")):
            await open_with(pilot, "a")
            await fill(pilot, app, name=name, type=kind)
        messages.table("message-headers").focus()
        await open_with(pilot, "a")
        await fill(pilot, app, name="event_id", type="uuid")
        messages.table("messages").focus()
        await open_with(pilot, "e")
        await fill(pilot, app, key="order_id")

        topics = form.query_one(TopicsEditor)
        topics.table("topics").focus()
        await open_with(pilot, "a", *"orders.dlq")
        await save(pilot)
        await open_with(pilot, "a", *"orders.events")
        await fill(pilot, app, messages=["order.placed"], partitions="12")

        matrix = form.query_one(TrafficMatrixEditor)
        matrix.query_one(DataTable).focus()
        await pilot.press("s", "down", "r")  # orders sends, payments receives
        await pilot.pause()

        topics.table("topics").focus()
        await pilot.press("down")
        topics.table("consumers").focus()
        await open_with(pilot, "a")
        await fill(pilot, app, service="payments", delivery="exactly_once",
                    dedupe_key="event_id", retries="5", dead_letter="orders.dlq")

        flows = form.query_one(FlowsEditor)
        flows.table("flows").focus()
        await open_with(pilot, "a", *"checkout")
        await fill(pilot, app, kind="choreography")
        flows.table("flow-steps").focus()
        for service, action, message, undo in (("payments", "charge", "", "refund"),
                                               ("orders", "place", "order.placed", "cancel")):
            await open_with(pilot, "a")
            await fill(pilot, app, service=service, action=action,
                        compensation=undo, **({"message": message} if message else {}))
        await pilot.press("[")
        await pilot.pause()

        settings = form.query_one(EventSettingsEditor)
        settings.query_one(RowTable).focus()
        await open_with(pilot, "e")
        await fill(pilot, app, outbox=["orders"], registry="Confluent Schema Registry",
                    compatibility="backward")
        await pilot.press("ctrl+s")  # save now, then let the autosave worker finish
        await settle(pilot, app)
        await pilot.pause(0.3)
        await settle(pilot, app)


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
