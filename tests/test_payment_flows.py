"""Payment diagrams: the design's checkout, confirm and webhook endpoints at the spec's paths,
the provider's own steps between them, and a note where the design lacks a part."""

from __future__ import annotations

from designer.export.payment_diagrams import payment_flows
from designer.model import Design
from designer.model.api import Endpoint, EndpointAuth, Method, PaymentStep, Resource
from designer.model.requirements import Integration, IntegrationKind


def _design() -> Design:
    design = Design.new("shop")
    design.requirements.integrations = [
        Integration(name="Toss", kind=IntegrationKind.PAYMENT, provider="toss_payments"),
        Integration(name="Unknown PG", kind=IntegrationKind.PAYMENT, provider="acme_pay"),
        Integration(name="Mail", provider="toss_payments")]  # not a payment integration
    design.api.resources = [Resource(name="payments", endpoints=[
        Endpoint(method=Method.POST, path="/payments/confirm", payment_step=PaymentStep.CONFIRM),
        Endpoint(method=Method.POST, path="/payments/webhooks/toss", auth=EndpointAuth.NONE,
                 payment_step=PaymentStep.WEBHOOK, provider="toss_payments")])]
    return design


def test_one_diagram_per_known_payment_provider_with_the_designs_paths() -> None:
    (flow,) = payment_flows(_design())
    assert flow.stem == "payment-toss-payments"
    text = flow.source
    assert "Note over p2: the design has no checkout endpoint" in text
    assert "p1->>p2: POST /api/v1/payments/confirm" in text
    assert "POST https://api.tosspayments.com/v1/payments/confirm" in text
    assert "p3->>p2: POST /api/v1/payments/webhooks/toss (status changed)" in text


def test_a_webhook_for_another_provider_is_not_drawn() -> None:
    design = _design()
    design.api.resources[0].endpoints[1].provider = "stripe"
    (flow,) = payment_flows(design)
    assert "webhooks" not in flow.source


def test_no_payment_integration_no_diagram() -> None:
    design = _design()
    design.requirements.integrations = design.requirements.integrations[2:]
    assert payment_flows(design) == []
