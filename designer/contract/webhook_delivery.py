"""The webhook delivery policy resolved once: the waits between attempts, which answers are
retried, what disables an endpoint, what the delivery log keeps and where a delivery is
replayed.

The document's webhook delivery contract, the OpenAPI `webhooks`, the AsyncAPI webhook
operations and the webhook delivery sequence diagram all read these, so they state the same
schedule. A part the design has not decided yields nothing: nothing here is invented.
"""

from __future__ import annotations

from designer.contract.auth_steps import url
from designer.model.api import Endpoint, Webhook
from designer.model.design import Design
from designer.model.events import Backoff
from designer.model.webhook_delivery import GoneAction, LogRecord, WebhookDelivery

DELIVERY_EXTENSION = "x-webhook-delivery"
"""The OpenAPI root extension holding the design's delivery policy (`api.webhook_delivery`),
written by the exporter and read back by `designer import openapi`."""


def duration(seconds: int) -> str:
    """`5 s`, `5 min`, `2 h`, `3 d`, `90 s`."""
    for size, unit in ((86_400, "d"), (3600, "h"), (60, "min")):
        if seconds % size == 0:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def human_list(items: list[str], last: str = "and") -> str:
    """`a`, `a and b`, `a, b and c`."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def waits(delivery: WebhookDelivery, retries: int) -> list[int]:
    """The seconds waited before each of `retries` retries; empty when no schedule is
    decided (or the backoff lacks its first delay)."""
    if delivery.schedule_seconds:
        steps = delivery.schedule_seconds
        return [steps[min(i, len(steps) - 1)] for i in range(retries)]
    if delivery.backoff is None or delivery.delay_seconds is None:
        return []
    out = []
    for i in range(retries):
        wait = delivery.delay_seconds * (2 ** i if delivery.backoff is Backoff.EXPONENTIAL else 1)
        if delivery.max_delay_seconds is not None:
            wait = min(wait, delivery.max_delay_seconds)
        out.append(wait)
    return out


def schedule_text(delivery: WebhookDelivery, retries: int) -> str:
    """`after 5 s, 5 min and 30 min` (the waits before each retry), `exponential backoff`
    when only the growth is decided, or empty."""
    found = waits(delivery, retries)
    if found:
        return "after " + human_list([duration(s) for s in found])
    if delivery.backoff is not None:
        return f"with {delivery.backoff.value} backoff"
    return ""


def retry_text(design: Design, webhook: Webhook) -> str:
    """How a failed delivery of `webhook` is retried; never `retried up to 0 times`."""
    if webhook.retries == 0:
        return "Delivered once; a failed delivery is not retried."
    times = "once" if webhook.retries == 1 else f"up to {webhook.retries} times"
    delivery = design.api.webhook_delivery
    if not delivery.has_schedule():
        # What every design said before the schedule could be decided: its bytes stay.
        return f"A delivery that gets no 2xx answer is retried {times} with exponential backoff."
    return f"A delivery that gets no 2xx answer is retried {times}, " \
           f"{schedule_text(delivery, webhook.retries)}."


def retryable(delivery: WebhookDelivery) -> list[str]:
    """The answers that are retried: statuses, classes and timeouts, in the design's order."""
    out = list(dict.fromkeys(s for s in delivery.retry_statuses))
    if delivery.retry_timeouts:
        out.append("timeouts")
    return out


_GONE = {
    GoneAction.DISABLE: "410 Gone disables the endpoint at once.",
    GoneAction.STOP: "410 Gone stops the delivery; the endpoint stays enabled.",
    GoneAction.RETRY: "410 Gone is retried like any other failure.",
}


def gone_text(delivery: WebhookDelivery) -> str:
    """What a 410 Gone answer does; empty when not decided."""
    return _GONE[delivery.gone] if delivery.gone is not None else ""


def disable_rules(delivery: WebhookDelivery) -> list[str]:
    """What disables an endpoint, each as a phrase (`20 consecutive failed deliveries`)."""
    rules = []
    if delivery.disable_after_failures is not None:
        count = delivery.disable_after_failures
        rules.append("a delivery whose every attempt failed" if count == 1
                     else f"{count} consecutive failed deliveries")
    if delivery.disable_after_hours is not None:
        rules.append(f"{duration(delivery.disable_after_hours * 3600)} of nothing but failures")
    return rules


def disable_text(delivery: WebhookDelivery) -> str:
    """`An endpoint is disabled after 20 consecutive failed deliveries or 5 d of nothing but
    failures; its owner is told.`, or empty when nothing disables one."""
    rules = disable_rules(delivery)
    if not rules:
        return ""
    text = f"An endpoint is disabled after {human_list(rules, 'or')}"
    return text + ("; its owner is told." if delivery.notify_on_disable else ".")


_RECORDS = {
    LogRecord.REQUEST: "the request sent",
    LogRecord.STATUS: "the response status",
    LogRecord.BODY: "the response body",
    LogRecord.ATTEMPT: "the attempt number",
    LogRecord.LATENCY: "the latency",
}


def log_records(delivery: WebhookDelivery) -> list[str]:
    """What a log entry records, as words (`the first 1024 bytes of the response body`)."""
    out = []
    for record in dict.fromkeys(delivery.log_records):
        words = _RECORDS[record]
        if record is LogRecord.BODY and delivery.log_body_bytes:
            words = f"the first {delivery.log_body_bytes} bytes of the response body"
        out.append(words)
    return out


def log_text(delivery: WebhookDelivery) -> str:
    """What the delivery log keeps and for how long; empty when not decided."""
    if delivery.log is None:
        return ""
    if not delivery.log:
        return "No delivery log is kept."
    text = "Every attempt is logged"
    records = log_records(delivery)
    if records:
        text += f" with {human_list(records)}"
    if delivery.log_retention_days:
        text += f"; entries are kept {delivery.log_retention_days} days"
    return text + "."


def redeliver_endpoint(design: Design) -> Endpoint | None:
    """The endpoint `webhook_delivery.redeliver` names, if the design has it."""
    wanted = design.api.webhook_delivery.redeliver.strip()
    if not wanted:
        return None
    for _, endpoint in design.api.endpoints():
        if f"{endpoint.method.value} {endpoint.path}" == wanted:
            return endpoint
    return None


def policy(design: Design) -> list[str]:
    """The delivery contract's sentences beyond the per-event retries, in reading order;
    empty when nothing is decided."""
    delivery = design.api.webhook_delivery
    out = []
    if delivery.timeout_seconds:
        out.append(f"Each attempt waits {duration(delivery.timeout_seconds)} for an answer; "
                   "only a 2xx answer counts as delivered.")
    answers = retryable(delivery)
    if answers:
        out.append(f"Retried on {human_list(answers, 'or')}; any other answer is final.")
    if delivery.gone is not None:
        out.append(gone_text(delivery))
    if delivery.max_age_hours:
        out.append(f"A delivery still failing {duration(delivery.max_age_hours * 3600)} after "
                   "its event is given up.")
    for sentence in (disable_text(delivery), log_text(delivery)):
        if sentence:
            out.append(sentence)
    replay = redeliver_endpoint(design)
    if replay is not None:
        # The path is not followed by a stop: readers (and checks) take it whole.
        out.append(f"`{url(design, replay)}` replays a delivery on request.")
    return out
