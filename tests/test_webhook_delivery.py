"""The webhook delivery policy (`api.webhook_delivery`): undecided by default and absent from
the file, stated the same way by the document, OpenAPI, AsyncAPI and the delivery sequence
diagram, checked for references, and drawn as valid Mermaid whatever the event names."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export_helpers import parse_mermaid

from designer import store
from designer.contract.webhook_delivery import policy, retry_text, waits
from designer.export import render_all
from designer.model import Design, problems
from designer.model.api import Endpoint, Method, Resource, SigningScheme, Webhook
from designer.model.events import Backoff
from designer.model.webhook_delivery import GoneAction, LogRecord, WebhookDelivery


def _design(**delivery: object) -> Design:
    design = Design.new("Billing")
    design.api.resources = [Resource(name="deliveries", endpoints=[
        Endpoint(method=Method.POST, path="/deliveries/{id}/redeliver", summary="Redeliver")])]
    design.api.webhooks = [Webhook(event="invoice.paid", retries=4)]
    design.api.webhook_signing.scheme = SigningScheme.STANDARD_WEBHOOKS
    design.api.webhook_delivery = WebhookDelivery(**delivery)  # type: ignore[arg-type]
    return design


_DECIDED = dict(schedule_seconds=[5, 300, 3600], retry_statuses=["408", "429", "5xx"],
                retry_timeouts=True, gone=GoneAction.DISABLE, timeout_seconds=15,
                disable_after_failures=20, disable_after_hours=120, notify_on_disable=True,
                log=True, log_retention_days=30, log_body_bytes=2048,
                log_records=[LogRecord.ATTEMPT, LogRecord.STATUS, LogRecord.BODY],
                redeliver="POST /deliveries/{id}/redeliver", max_age_hours=72)


def test_an_undecided_policy_is_not_written_and_changes_no_sentence() -> None:
    design = _design()
    assert "webhook_delivery" not in store.dumps(design)
    assert policy(design) == []
    assert retry_text(design, design.api.webhooks[0]) == (
        "A delivery that gets no 2xx answer is retried up to 4 times with exponential backoff.")
    decided = _design(**_DECIDED)
    assert "webhook_delivery:" in store.dumps(decided)
    assert store.parse(store.dumps(decided), Path("x.yaml")).api.webhook_delivery \
        == decided.api.webhook_delivery


def test_the_schedule_repeats_its_last_wait_and_a_backoff_is_capped() -> None:
    assert waits(WebhookDelivery(schedule_seconds=[5, 60]), 4) == [5, 60, 60, 60]
    assert waits(WebhookDelivery(backoff=Backoff.EXPONENTIAL, delay_seconds=10,
                                 max_delay_seconds=50), 4) == [10, 20, 40, 50]
    assert waits(WebhookDelivery(backoff=Backoff.FIXED, delay_seconds=30), 2) == [30, 30]
    assert waits(WebhookDelivery(backoff=Backoff.EXPONENTIAL), 3) == []  # no first delay


def test_every_output_states_the_designed_policy() -> None:
    design = _design(**_DECIDED)
    files = render_all(design, {"doc", "openapi", "asyncapi", "diagrams"})
    schedule = "retried up to 4 times, after 5 s, 5 min, 1 h and 1 h."
    rules = ["Retried on 408, 429, 5xx or timeouts; any other answer is final.",
             "410 Gone disables the endpoint at once.",
             "An endpoint is disabled after 20 consecutive failed deliveries or 5 d of nothing "
             "but failures; its owner is told.",
             "with the attempt number, the response status and the first 2048 bytes of the "
             "response body; entries are kept 30 days.",
             "A delivery still failing 3 d after its event is given up."]
    for name in ("architecture.md", "openapi.yaml", "asyncapi.yaml"):
        text = " ".join(files[name].split())
        assert schedule in text, name
        for sentence in rules:
            assert sentence in text, (name, sentence)
    assert "POST /api/v1/deliveries/{id}/redeliver replays a delivery" in files["architecture.md"]
    spec = yaml.safe_load(files["openapi.yaml"])
    responses = spec["webhooks"]["invoice.paid"]["post"]["responses"]
    assert list(responses) == ["200", "408", "410", "429", "5XX"]
    diagram = files["diagrams/webhook-delivery.mmd"]
    assert "webhook-id, webhook-timestamp, webhook-signature" in diagram
    assert "loop first attempt, then up to 4 retries, after 5 s, 5 min, 1 h and 1 h" in diagram
    assert "else 408, 429, 5xx or timeouts" in diagram
    assert "alt after 20 consecutive failed deliveries or 5 d of nothing but failures" in diagram
    assert "participant p3 as Delivery log" in diagram


def test_undecided_parts_are_left_out_of_the_diagram() -> None:
    files = render_all(_design(), {"diagrams"})
    diagram = files["diagrams/webhook-delivery.mmd"]
    assert "loop first attempt, then up to 4 retries\n" in diagram
    assert "Delivery log" not in diagram and "410" not in diagram and "disable" not in diagram
    design = _design()
    design.api.webhooks = []
    assert "diagrams/webhook-delivery.mmd" not in render_all(design, {"diagrams"})


def test_zero_retries_is_drawn_without_a_loop_and_never_retried_zero_times() -> None:
    design = _design(**_DECIDED)
    design.api.webhooks = [Webhook(event="invoice.paid", retries=0)]
    files = render_all(design, {"doc", "openapi", "asyncapi", "diagrams"})
    assert all("0 times" not in t and "0 retries" not in t for t in files.values())
    assert "\n    loop " not in files["diagrams/webhook-delivery.mmd"]


def test_a_redelivery_endpoint_the_design_lacks_is_a_problem() -> None:
    design = _design(**_DECIDED)
    assert all("webhook_delivery" not in p.location for p in problems(design))
    design.api.webhook_delivery.redeliver = "POST /nowhere"
    found = [p for p in problems(design) if p.location == "api.webhook_delivery.redeliver"]
    assert len(found) == 1 and "POST /nowhere" in found[0].message


@pytest.mark.parametrize("status", ["600", "5x", "abc", "5XX", ""])
def test_a_retried_status_is_a_status_or_a_class(status: str) -> None:
    with pytest.raises(ValueError):
        WebhookDelivery(retry_statuses=[status])


_HOSTILE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                   max_size=24).filter(lambda s: s.strip() != "")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=st.lists(st.one_of(_HOSTILE, st.sampled_from(
    ['he said "hi"', "주문.결제됨", "🎉.party", "end", "alt;else", "a#b%c"])),
    min_size=1, max_size=4, unique=True), name=_HOSTILE)
def test_hostile_event_and_system_names_keep_the_diagram_valid(events: list[str],
                                                               name: str) -> None:
    design = _design(**_DECIDED)
    design.requirements.name = name
    design.api.webhooks = [Webhook(event=e, retries=i) for i, e in enumerate(events)]
    first = render_all(design, {"diagrams"})["diagrams/webhook-delivery.mmd"]
    assert render_all(design, {"diagrams"})["diagrams/webhook-delivery.mmd"] == first
    [result] = parse_mermaid([first])
    assert result["ok"], (result, first)


@pytest.mark.parametrize(("scheme", "words"), [
    (SigningScheme.HMAC_SHA256, "(HMAC-signed)"),
    (SigningScheme.ED25519, "(Ed25519-signed)"),
    (SigningScheme.STANDARD_WEBHOOKS, "(signed per Standard Webhooks)"),
])
def test_the_webhook_list_names_the_scheme_the_design_chose(scheme: SigningScheme,
                                                            words: str) -> None:
    design = _design()
    design.api.webhooks[0].signed = True
    design.api.webhook_signing.scheme = scheme
    document = render_all(design, {"doc"})["architecture.md"]
    line = next(x for x in document.splitlines() if x.startswith("- webhook `invoice.paid`"))
    assert words in line
    if scheme is SigningScheme.ED25519:
        assert "HMAC" not in document


def test_the_policy_reads_back_from_the_openapi_and_a_bad_one_is_reported() -> None:
    from designer.importers.openapi import import_document

    design = _design(**_DECIDED)
    spec = yaml.safe_load(render_all(design, {"openapi"})["openapi.yaml"])
    back, report = import_document(spec)
    assert back.api.webhook_delivery == design.api.webhook_delivery
    spec["x-webhook-delivery"]["schedule_seconds"] = ["soon"]
    back, report = import_document(spec)
    assert back.api.webhook_delivery == WebhookDelivery()
    assert any(n.startswith("x-webhook-delivery.schedule_seconds") for n in report.notes)
