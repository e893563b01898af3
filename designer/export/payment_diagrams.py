"""Sequence diagrams of paying, one per payment integration of a known provider.

The design's own endpoints (checkout, confirm, webhook; `Endpoint.payment_step`) are drawn at
the spec's paths; the provider's steps come from `designer.contract.payments`. A part the
design has no endpoint for is named in a note instead of drawn.
"""

from __future__ import annotations

from designer.contract import auth_steps as steps
from designer.contract import payments
from designer.contract.naming import snake
from designer.export.auth_diagrams import Item
from designer.export.diagram_parts import (
    Diagram,
    backend_label,
    call,
    ok,
    participants,
    say,
    system,
)
from designer.export.mermaid_text import Note, SequenceDiagram, script
from designer.model import Design
from designer.model.api import PaymentStep
from designer.model.requirements import Integration


def _flow(design: Design, integration: Integration) -> list[Item]:
    checkout = payments.PROVIDERS[integration.provider]
    name = integration.name or integration.provider
    client, api, provider = participants("Client", backend_label(design), name)
    items: list[Item] = [client, api, provider]
    start = payments.endpoint(design, PaymentStep.CHECKOUT, integration.provider)
    if start is not None:
        items += [say(client, api, call(design, start)),
                  say(api, client, f"{ok(design, start)} order id and amount", reply=True)]
    else:
        items.append(Note("the design has no checkout endpoint", api))
    items += [say(client, provider, f"open {checkout.window}"),
              say(provider, client, checkout.returns, reply=True)]
    confirm = payments.endpoint(design, PaymentStep.CONFIRM, integration.provider)
    if confirm is not None:
        items += [say(client, api, call(design, confirm)),
                  say(api, api, "check the amount against the order")]
        if checkout.approve:
            items += [say(api, provider, checkout.approve),
                      say(provider, api, "approved", reply=True)]
        items.append(say(api, client, ok(design, confirm), reply=True))
    else:
        items.append(Note("the design has no confirm endpoint", api))
    webhook = payments.endpoint(design, PaymentStep.WEBHOOK, integration.provider)
    if webhook is not None:
        items += [say(provider, api, f"{steps.url(design, webhook)} (status changed)"),
                  # The design's own check wins over the provider's documented way.
                  say(api, api, f"verify the {webhook.signature_header} header"
                      if webhook.signature_header.strip() else checkout.verify),
                  say(api, provider, ok(design, webhook), reply=True)]
    return items


def payment_flows(design: Design) -> list[Diagram]:
    """One diagram per payment integration whose provider is known, in design order."""
    out = []
    seen: set[str] = set()
    for integration in payments.payment_integrations(design):
        key = integration.provider
        if key not in payments.PROVIDERS or key in seen:
            continue
        seen.add(key)
        title = f"Payment with {integration.name or key} for {system(design)}"
        chart = SequenceDiagram(title, _flow(design, integration))  # type: ignore[arg-type]
        out.append(Diagram(f"payment-{snake(key).replace('_', '-')}", title,
                           script(chart, title)))
    return out
