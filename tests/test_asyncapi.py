"""The AsyncAPI contract, read back by @asyncapi/parser (the AsyncAPI Initiative's parser with
its built-in rules): every example and random hostile event designs parse with no error and no
warning, and the parser's reading holds the design's channels, messages and operations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from event_designs import event_designs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from designer import store
from designer.contract.events import Kind, resolve
from designer.export import ExportError, export, render_all
from designer.export.asyncapi import asyncapi_files
from designer.model import Design, problems
from designer.model.api import Schema, SchemaField, SigningScheme, Webhook
from designer.model.architecture import Broker, Service
from designer.model.events import Message, MessageField, Topic

PARSER_DIR = Path(__file__).parent / "asyncapi"
EXAMPLES = sorted(Path(__file__).resolve().parent.parent.glob("examples/*/*.design.yaml"))


def parse_asyncapi(texts: list[str]) -> list[dict[str, Any]]:
    """Parse every document in one Node process; skip (fail in CI) without the parser."""
    if shutil.which("node") is None or not (PARSER_DIR / "node_modules" / "@asyncapi").is_dir():
        reason = "Node or tests/asyncapi/node_modules missing (run: npm ci --prefix tests/asyncapi)"
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    proc = subprocess.run(["node", str(PARSER_DIR / "parse.mjs")], input=json.dumps(texts),
                          capture_output=True, text=True, timeout=300, check=True)
    return json.loads(proc.stdout)


def _assert_clean_and_matching(design: Design, parsed: dict[str, Any]) -> None:
    bad = [d for d in parsed["diagnostics"] if d["severity"] in {"error", "warning"}]
    assert parsed["ok"] and not bad, bad
    assert parsed["version"] == "3.0.0"
    facts = resolve(design)
    assert len(parsed["channels"]) == len(facts.channels)
    for channel, parsed_channel in zip(facts.channels, parsed["channels"], strict=True):
        if channel.kind is Kind.WEBHOOK:
            assert parsed_channel["address"] is None
            assert parsed_channel["messages"] == [channel.name]  # the delivery of the event
        else:
            assert parsed_channel["messages"] == list(channel.messages)
            assert "?" not in parsed_channel["address"] and "#" not in parsed_channel["address"]
    names = set(parsed["messages"])
    assert set(facts.messages) <= names
    assert len(parsed["operations"]) == len(facts.operations)
    assert [o["action"] for o in parsed["operations"]] == [o.action for o in facts.operations]


def test_every_example_with_events_writes_a_clean_asyncapi_document() -> None:
    cases = [(d, asyncapi_files(d)) for d in map(store.load, EXAMPLES)]
    cases = [(d, files["asyncapi.yaml"]) for d, files in cases if files]
    assert len(cases) >= 3  # monolith-to-microservices, realtime-chat, ecommerce-postgres
    for (design, _), parsed in zip(cases, parse_asyncapi([t for _, t in cases]), strict=True):
        _assert_clean_and_matching(design, parsed)


# Each example runs Node; shrinking would run it hundreds of times, so a failure is reported
# as generated (Hypothesis still prints the design).
@settings(max_examples=6, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(event_designs(), min_size=5, max_size=5))
def test_random_hostile_event_designs_give_valid_deterministic_asyncapi(
        designs: list[Design]) -> None:
    texts = []
    for design in designs:
        assert not [p for p in problems(design) if p.blocking]
        first = asyncapi_files(design)["asyncapi.yaml"]
        again = asyncapi_files(Design.model_validate(design.model_dump()))["asyncapi.yaml"]
        assert first == again
        texts.append(first)
    for design, parsed in zip(designs, parse_asyncapi(texts), strict=True):
        _assert_clean_and_matching(design, parsed)


def _events_design() -> Design:
    design = Design.new("Shop")
    design.architecture.broker = Broker.KAFKA
    design.api.schemas = [Schema(name="OrderCreated", fields=[
        SchemaField(name="order_id", type="uuid"), SchemaField(name="total", type="integer")])]
    design.architecture.events.messages = [Message(name="order.created", payload="OrderCreated",
                                                   key="order_id")]
    design.architecture.events.topics = [Topic(name="orders", messages=["order.created"],
                                               partitions=6)]
    design.architecture.services = [Service(name="orders", publishes=["order.created"]),
                                    Service(name="mail", consumes=["order.created"])]
    return design


def test_a_schema_only_an_event_uses_is_in_the_contract_with_kafka_bindings() -> None:
    doc = yaml.safe_load(asyncapi_files(_events_design())["asyncapi.yaml"])
    assert "OrderCreated" in doc["components"]["schemas"]
    message = doc["components"]["messages"]["orderCreated"]
    assert message["payload"] == {"$ref": "#/components/schemas/OrderCreated"}
    assert message["examples"][0]["payload"].keys() == {"order_id", "total"}
    assert message["bindings"]["kafka"]["key"]["format"] == "uuid"
    assert doc["channels"]["orders"]["bindings"]["kafka"]["partitions"] == 6
    receive = doc["operations"]["mailReceiveOrders"]
    assert receive["bindings"]["kafka"]["groupId"] == {"type": "string", "enum": ["mail"]}


def test_exports_are_byte_identical_and_only_with_events() -> None:
    assert render_all(_events_design(), {"asyncapi"}) == render_all(_events_design(), {"asyncapi"})
    assert render_all(Design.new("Plain"), {"asyncapi"}) == {}


def test_unknown_payload_schema_blocks_the_export(tmp_path: Path) -> None:
    design = _events_design()
    design.architecture.events.messages[0].payload = "Missing"
    found = [p for p in problems(design) if p.blocking]
    assert [p.location for p in found] == ["architecture.events.messages[order.created].payload"]
    with pytest.raises(ExportError, match="unknown schema or entity 'Missing'"):
        export(design, tmp_path)
    assert not list(tmp_path.iterdir())


def test_an_undeclared_published_name_still_exports_and_is_reported() -> None:
    design = _events_design()
    design.architecture.services[0].publishes.append("order.lost")
    found = [p for p in problems(design) if "order.lost" in p.location]
    assert [p.blocking for p in found] == [False]
    doc = yaml.safe_load(asyncapi_files(design)["asyncapi.yaml"])
    assert doc["components"]["messages"]["orderLost"]["name"] == "order.lost"
    assert "payload" not in doc["components"]["messages"]["orderLost"]


def test_zero_retries_is_never_retried_up_to_zero_times() -> None:
    design = _events_design()
    design.api.webhooks = [Webhook(event="order.created", retries=0)]
    files = render_all(design, {"doc", "openapi", "asyncapi"})
    for text in files.values():
        assert "up to 0 times" not in text
    assert "Delivered once; a failed delivery is not retried." in files["architecture.md"]


def test_webhook_signature_headers_come_from_the_design() -> None:
    design = _events_design()
    design.api.webhooks = [Webhook(event="order.created")]
    design.api.webhook_signing.header = "X-Shop-Signature"
    design.api.webhook_signing.timestamp_header = "X-Shop-Timestamp"
    files = render_all(design, {"openapi", "asyncapi"})
    spec = yaml.safe_load(files["openapi.yaml"])
    params = spec["webhooks"]["order.created"]["post"]["parameters"]
    assert [p["name"] for p in params] == ["X-Shop-Timestamp", "X-Shop-Signature"]
    doc = yaml.safe_load(files["asyncapi.yaml"])
    headers = doc["components"]["messages"]["orderCreatedDelivery"]["headers"]
    assert list(headers["properties"]) == ["X-Shop-Timestamp", "X-Shop-Signature"]
    assert "X-Signature`" not in files["openapi.yaml"]
    design.api.webhook_signing.scheme = SigningScheme.STANDARD_WEBHOOKS
    spec = yaml.safe_load(render_all(design, {"openapi"})["openapi.yaml"])
    params = spec["webhooks"]["order.created"]["post"]["parameters"]
    assert [p["name"] for p in params] == ["webhook-id", "webhook-timestamp", "webhook-signature"]


def test_websocket_channels_leave_the_openapi_for_the_asyncapi() -> None:
    design = store.load(next(p for p in EXAMPLES if p.parent.name == "realtime-chat"))
    files = render_all(design, {"openapi", "asyncapi"})
    spec = yaml.safe_load(files["openapi.yaml"])
    assert "/ws" not in spec["paths"] and "/sse/notifications" in spec["paths"]
    doc = yaml.safe_load(files["asyncapi.yaml"])
    chat = doc["channels"]["chat"]
    assert chat["address"] == "/ws" and chat["bindings"]["ws"]["method"] == "GET"
    assert {"messageSend", "messageCreated"} <= set(chat["messages"])


def test_a_message_from_outside_the_design_is_sent_by_its_system() -> None:
    design = _events_design()
    design.requirements.integrations = []
    from designer.model.requirements import Integration

    design.requirements.integrations = [Integration(name="ERP")]
    design.architecture.events.messages.append(
        Message(name="stock.counted", source="ERP",
                fields=[MessageField(name="sku"), MessageField(name="count", type="integer")]))
    design.architecture.services[1].consumes.append("stock.counted")
    assert problems(design) == []
    facts = resolve(design)
    assert facts.senders("stock.counted") == ["ERP"]
    doc = yaml.safe_load(asyncapi_files(design)["asyncapi.yaml"])
    assert doc["operations"]["eRPSendStockCounted"]["description"] == "ERP is outside the design."


@pytest.mark.parametrize("field_name", ["$ref", "__proto__"])
def test_field_names_json_tools_misread_block_a_message(field_name: str) -> None:
    design = _events_design()
    design.api.schemas[0].fields.append(SchemaField(name=field_name))
    found = [(p.location, p.blocking) for p in problems(design)
             if field_name in p.location]
    assert found == [(f"architecture.events.messages[order.created].payload.fields[{field_name}]",
                      True)]
