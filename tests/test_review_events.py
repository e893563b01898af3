"""The event rules' finer cases beyond one trigger and one near miss each: what counts as the
other end of a message, which saga steps need no undo, which publishers need no outbox."""

from __future__ import annotations

from test_review_fixtures import good_design

from designer.model.api import Channel, ChannelKind, SigningScheme, Webhook
from designer.model.architecture import Service
from designer.model.design import Design
from designer.model.events import (
    Backoff,
    Consumer,
    Delivery,
    Flow,
    FlowKind,
    FlowStep,
    Message,
    Topic,
)
from designer.model.webhook_delivery import GoneAction, WebhookDelivery
from designer.review import review


def _found(design: Design, rule_id: str) -> list[tuple[str, str]]:
    return [(f.location, f.message) for f in review(design) if f.rule_id == rule_id]


def _service(design: Design, name: str) -> Service:
    return next(s for s in design.architecture.services if s.name == name)


def test_an_unsigned_webhook_is_named_and_standard_webhooks_signs_a_timestamp() -> None:
    d = good_design()
    d.api.webhooks = [Webhook(event="order.paid", signed=False)]
    assert [loc for loc, _ in _found(d, "EVT-006")] == ["api.webhooks[order.paid]"]
    d.api.webhooks = [Webhook(event="order.paid")]
    d.api.webhook_signing.scheme = SigningScheme.STANDARD_WEBHOOKS
    assert _found(d, "EVT-006") == []


def test_a_message_published_by_an_outside_source_has_a_producer() -> None:
    d = good_design()
    _service(d, "users").consumes.append("payment.settled")
    found = _found(d, "EVT-005")
    assert found == [("architecture.services[users].consumes[payment.settled]",
                      "'payment.settled' is consumed by users and nobody publishes it")]
    d.architecture.events.messages = [Message(name="payment.settled", source="Toss Payments")]
    assert _found(d, "EVT-005") == []


def test_webhooks_and_realtime_clients_are_the_other_end() -> None:
    d = good_design()
    _service(d, "orders").publishes += ["order.shipped", "order.viewed"]
    d.api.webhooks = [Webhook(event="order.shipped")]
    d.api.channels = [Channel(name="live", kind=ChannelKind.SSE, path="/live",
                              to_client=["order.viewed"])]
    assert _found(d, "EVT-005") == []


def test_a_catalogue_message_nobody_uses_is_reported() -> None:
    d = good_design()
    d.architecture.events.messages = [Message(name="order.paid"), Message(name="order.lost")]
    assert _found(d, "EVT-005") == [("architecture.events.messages[order.lost]",
                                     "'order.lost' is neither published nor consumed")]


def test_a_compacted_topic_needs_a_key_even_with_one_partition() -> None:
    d = good_design()
    d.architecture.events.messages = [Message(name="order.paid")]
    d.architecture.events.topics = [Topic(name="orders.latest", partitions=1, compacted=True,
                                          messages=["order.paid"])]
    assert [loc for loc, _ in _found(d, "EVT-004")] == ["architecture.events.messages[order.paid]"]
    d.architecture.events.topics[0].compacted = False
    assert _found(d, "EVT-004") == []


def test_an_orchestrator_command_and_steps_after_the_pivot_need_no_undo() -> None:
    d = good_design()
    steps = [FlowStep(service="orders", action="place", compensation="cancel"),
             FlowStep(service="orders", action="ask users to credit points"),
             FlowStep(service="users", action="credit points", compensation="debit points"),
             FlowStep(service="Toss Payments", action="capture"),
             FlowStep(service="orders", action="confirm")]
    d.architecture.events.flows = [Flow(name="checkout", kind=FlowKind.ORCHESTRATION,
                                        steps=steps)]
    assert _found(d, "EVT-007") == []
    d.architecture.events.flows[0].kind = FlowKind.CHOREOGRAPHY
    assert [loc for loc, _ in _found(d, "EVT-007")] == [
        "architecture.events.flows[checkout].steps[#2]"]
    d.architecture.events.flows[0].kind = FlowKind.INTERACTION
    assert _found(d, "EVT-007") == []


def test_a_saga_with_no_compensation_at_all_is_one_finding() -> None:
    d = good_design()
    d.architecture.events.flows = [Flow(name="checkout", kind=FlowKind.ORCHESTRATION, steps=[
        FlowStep(service="orders", action="place"), FlowStep(service="users", action="credit")])]
    assert [loc for loc, _ in _found(d, "EVT-007")] == ["architecture.events.flows[checkout]"]


def test_no_outbox_is_needed_when_every_consumer_settles_for_at_most_once() -> None:
    d = good_design()
    d.architecture.events.outbox = []
    d.architecture.events.topics = [Topic(name="orders.events", messages=["order.paid"],
                                          consumers=[Consumer(service="users",
                                                              delivery=Delivery.AT_MOST_ONCE)])]
    assert _found(d, "EVT-008") == []
    d.architecture.events.topics[0].consumers[0].delivery = Delivery.AT_LEAST_ONCE
    assert [loc for loc, _ in _found(d, "EVT-008")] == ["architecture.services[orders].publishes"]


def test_a_service_without_a_database_of_its_own_needs_no_outbox() -> None:
    d = good_design()
    d.architecture.events.outbox = []
    d.data.databases = [db for db in d.data.databases if db.service != "orders"]
    for entity in d.data.entities:
        entity.database = "users-db"
    assert _found(d, "EVT-008") == []


def test_webhooks_without_a_schedule_or_a_disable_rule_are_named_each() -> None:
    d = good_design()
    d.api.webhooks = [Webhook(event="order.paid", retries=3)]
    assert sorted(loc for loc, _ in _found(d, "EVT-009")) == [
        "api.webhook_delivery.disable_after_failures", "api.webhook_delivery.schedule_seconds"]
    d.api.webhook_delivery = WebhookDelivery(backoff=Backoff.EXPONENTIAL, delay_seconds=30,
                                             disable_after_hours=72)
    assert _found(d, "EVT-009") == []


def test_a_410_that_disables_is_a_disable_rule_and_unretried_webhooks_need_no_schedule() -> None:
    d = good_design()
    d.api.webhooks = [Webhook(event="order.paid", retries=0)]
    d.api.webhook_delivery = WebhookDelivery(gone=GoneAction.DISABLE)
    assert _found(d, "EVT-009") == []
    d.api.webhook_delivery = WebhookDelivery(gone=GoneAction.STOP)
    assert [loc for loc, _ in _found(d, "EVT-009")] == [
        "api.webhook_delivery.disable_after_failures"]


def test_no_webhooks_no_delivery_finding() -> None:
    d = good_design()
    d.api.webhooks = []
    assert _found(d, "EVT-009") == []
