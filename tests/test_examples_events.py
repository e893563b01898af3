"""The event-driven examples tell the seed's two stories: order processing with Kafka (a saga
with compensations, outbox, dead letters, a schema registry) and webhook delivery (Standard
Webhooks signing, retries, a delivery log, redelivery); the event rules find nothing on them."""

from __future__ import annotations

from pathlib import Path

import yaml

from designer import store
from designer.export import render_all
from designer.model.api import Method, SigningScheme
from designer.model.design import Design
from designer.model.events import Compatibility, Delivery, FlowKind
from designer.review import review

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _load(slug: str) -> Design:
    return store.load(EXAMPLES / slug / f"{slug}.design.yaml")


def test_event_driven_orders_is_a_kafka_saga_with_compensations() -> None:
    design = _load("event-driven-orders")
    events = design.architecture.events
    assert design.architecture.broker.value == "kafka"
    (saga,) = events.flows
    assert saga.kind is FlowKind.CHOREOGRAPHY
    actors = [s.service for s in saga.steps]
    assert actors.index("orders") < actors.index("payments") < actors.index("inventory") \
        < actors.index("shipping")
    assert {s.service for s in saga.steps if s.compensation} == {"orders", "payments",
                                                                 "inventory"}
    assert set(events.outbox) == {s.name for s in design.architecture.services}
    assert events.registry and events.compatibility is Compatibility.BACKWARD
    consumers = [c for t in events.topics for c in t.consumers]
    assert consumers and all(c.dead_letter and c.delivery is Delivery.EXACTLY_ONCE
                             and c.dedupe_key for c in consumers)
    doc = yaml.safe_load(render_all(design, {"asyncapi"})["asyncapi.yaml"])
    assert "ordersDlq" in doc["channels"] or any(
        c.get("address") == "orders.dlq" for c in doc["channels"].values())
    outside = [o for o in doc["operations"].values()
               if o["action"] == "receive" and "outside the design" in o.get("description", "")]
    assert outside, "the data warehouse consumes order.confirmed from outside the design"


def test_webhook_delivery_signs_retries_logs_and_redelivers() -> None:
    design = _load("webhook-delivery")
    assert design.api.webhook_signing.scheme is SigningScheme.STANDARD_WEBHOOKS
    assert design.api.webhooks and all(h.signed and h.retries == 8 for h in design.api.webhooks)
    routes = {(e.method, e.path) for _, e in design.api.endpoints()}
    assert (Method.POST, "/deliveries/{id}/redeliver") in routes
    assert (Method.GET, "/webhook-endpoints/{id}/deliveries") in routes
    assert any(e.name == "DeliveryAttempt" for e in design.data.entities)
    spec = yaml.safe_load(render_all(design, {"openapi"})["openapi.yaml"])
    params = spec["webhooks"]["invoice.paid"]["post"]["parameters"]
    assert [p["name"] for p in params] == ["webhook-id", "webhook-timestamp", "webhook-signature"]


def test_the_event_rules_raise_no_false_alarm_on_the_examples() -> None:
    for path in sorted(EXAMPLES.glob("*/*.design.yaml")):
        found = [(f.rule_id, f.location) for f in review(store.load(path))
                 if f.rule_id.startswith("EVT")]
        assert found == [], path.parent.name


def test_a_consumer_of_several_channels_has_one_dead_letter_edge_and_outsiders_no_settings(
) -> None:
    design = _load("event-driven-orders")
    files = render_all(design, {"diagrams", "doc"})
    edges = [line.strip() for line in files["diagrams/events.mmd"].splitlines()
             if "dead letters" in line]
    assert edges and len(edges) == len(set(edges))
    doc = files["architecture.md"]
    assert "| Data warehouse | orders.events |" not in doc  # no consumer settings of ours
