"""What each payment provider's checkout looks like, and the design's payment endpoints.

A payment flow has three parts the design owns — a checkout endpoint that fixes the order and
amount, a confirm endpoint the client calls when the provider's payment window returns, and a
webhook the provider calls when a payment changes — and steps that happen at the provider. The
provider steps below follow each provider's published integration guide.
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.model.api import Endpoint, PaymentStep
from designer.model.design import Design
from designer.model.requirements import Integration, IntegrationKind


@dataclass(frozen=True)
class Checkout:
    """A provider's side of a payment: its window, what it returns, how a payment is approved
    and how a webhook is trusted."""

    window: str
    """What the client opens."""
    returns: str
    """What the provider hands back to the client."""
    approve: str
    """The server's call that approves the payment, with the provider's full URL (empty:
    approved by the client step)."""
    verify: str
    """How a webhook is trusted."""


PROVIDERS: dict[str, Checkout] = {
    # Toss Payments: payment window, successUrl with paymentKey/orderId/amount, then the
    # server confirms; payment-status webhooks carry no signature, so the payment is re-read.
    "toss_payments": Checkout(
        "the payment window (SDK) with orderId and amount",
        "redirect to successUrl with paymentKey, orderId and amount",
        "POST https://api.tosspayments.com/v1/payments/confirm (paymentKey, orderId, amount)",
        "re-read the payment (GET https://api.tosspayments.com/v1/payments/{paymentKey}) "
        "before trusting the status"),
    # Naver Pay: the payment window returns a paymentId to returnUrl; the server approves it.
    "naver_pay": Checkout(
        "the Naver Pay payment window with merchantPayKey and amount",
        "redirect to returnUrl with resultCode and paymentId",
        "POST https://apis.naver.com/{partnerId}/naverpay/payments/v2.2/apply/payment "
        "(paymentId)", "re-read the payment history before trusting the status"),
    # Stripe: a PaymentIntent is confirmed by Stripe.js; webhooks are signed.
    "stripe": Checkout(
        "Stripe.js with the PaymentIntent's client secret",
        "the PaymentIntent's status", "",
        "verify the Stripe-Signature header (HMAC-SHA256 with the endpoint secret)"),
}
"""Providers by `Integration.provider` key."""


def payment_integrations(design: Design) -> list[Integration]:
    """The design's payment integrations, in design order."""
    return [x for x in design.requirements.integrations if x.kind is IntegrationKind.PAYMENT]


def endpoint(design: Design, step: PaymentStep, provider: str) -> Endpoint | None:
    """The first endpoint playing `step` for `provider` (or for every provider)."""
    for _, candidate in design.api.endpoints():
        if candidate.payment_step is step and candidate.provider in {"", provider}:
            return candidate
    return None
