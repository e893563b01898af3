"""The webhook delivery sequence: the system signs and POSTs an event to a subscriber's URL
with exactly the signature headers the design chose, retries on its schedule in a `loop`,
tells a delivered, a retryable and a final answer apart in an `alt`, disables an endpoint
that keeps failing and writes each attempt to the delivery log.

The schedule, the retried answers and the rules come from `designer.contract
.webhook_delivery`, the headers from `designer.contract.events`: the diagram says what the
document and the contracts say, and leaves out what the design has not decided.
"""

from __future__ import annotations

from designer.contract.events import signature_headers, signed_content
from designer.contract.webhook_delivery import (
    disable_rules,
    duration,
    human_list,
    log_records,
    retryable,
    schedule_text,
    waits,
)
from designer.export.diagram_parts import Diagram, participants, say, system
from designer.export.mermaid_text import Alt, Loop, Message, SequenceDiagram, script, text
from designer.model import Design
from designer.model.webhook_delivery import GoneAction

Item = Message | Alt | Loop


def _retries(design: Design) -> str:
    """`up to 8 retries`, `3 to 8 retries (per event)`."""
    counts = sorted({w.retries for w in design.api.webhooks if w.event.strip()})
    if counts == [0]:
        return ""
    if len(counts) == 1:
        return "1 retry" if counts[0] == 1 else f"up to {counts[0]} retries"
    return f"{counts[0]} to {counts[-1]} retries (per event)"


def _loop_condition(design: Design) -> str:
    delivery = design.api.webhook_delivery
    top = max(w.retries for w in design.api.webhooks if w.event.strip())
    found = waits(delivery, top)
    when = schedule_text(delivery, top)
    if found and len(set(found)) <= 6:
        when = "after " + human_list([duration(s) for s in found])
    elif found:
        when = f"after waits from {duration(found[0])} to {duration(max(found))}"
    parts = ["first attempt, then " + _retries(design), when]
    if delivery.max_age_hours:
        parts.append(f"given up after {duration(delivery.max_age_hours * 3600)}")
    return text(", ".join(p for p in parts if p), 120)


def webhook_delivery(design: Design) -> Diagram | None:
    """The delivery sequence; None when the design sends no webhooks."""
    hooks = [w for w in design.api.webhooks if w.event.strip()]
    if not hooks:
        return None
    delivery = design.api.webhook_delivery
    names = [system(design), "Subscriber endpoint"]
    logged = bool(delivery.log)
    if logged:
        names.append("Delivery log")
    people = participants(*names)
    sender, receiver = people[0], people[1]
    items: list = list(people)
    events = human_list([w.event for w in hooks[:3]]) + (" …" if len(hooks) > 3 else "")
    items.append(say(sender, sender, f"an event to deliver: {events}"))
    signed = any(w.signed for w in hooks)
    if signed:
        items.append(say(sender, sender, f"sign {signed_content(design).replace('`', '')}"))
        headers = ", ".join(h.name for h in signature_headers(design))
        post = f"POST event envelope ({headers})"
    else:
        post = "POST event envelope (unsigned)"
    if delivery.timeout_seconds:
        post += f", waits {duration(delivery.timeout_seconds)}"
    attempt: list[Item] = [say(sender, receiver, post)]
    answers = retryable(delivery)
    branches: dict[str, list[Item]] = {
        "2xx": [say(receiver, sender, "2xx: delivered, no further attempt", reply=True)]}
    if answers:
        branches[text(human_list(answers, "or"), 80)] = [
            say(receiver, sender, "failed: retried after the next wait", reply=True)]
    else:
        branches["no 2xx answer"] = [
            say(receiver, sender, "failed: retried after the next wait", reply=True)]
    if delivery.gone is not None:
        gone = {GoneAction.DISABLE: "endpoint disabled at once",
                GoneAction.STOP: "delivery stopped, endpoint kept",
                GoneAction.RETRY: "retried like any failure"}[delivery.gone]
        branches["410 Gone"] = [say(receiver, sender, f"gone: {gone}", reply=True)]
    if answers:
        branches["any other answer"] = [
            say(receiver, sender, "final failure: not retried", reply=True)]
    attempt.append(Alt(branches))
    if logged:
        records = log_records(delivery)
        what = f"record {human_list(records)}" if records else "record the attempt"
        attempt.append(say(sender, people[2], text(what, 120)))
    if _retries(design):
        items.append(Loop(_loop_condition(design), attempt))  # type: ignore[arg-type]
    else:
        items += attempt
    rules = disable_rules(delivery)
    if rules:
        rule = "after " + human_list(rules, "or")
        branch: list[Item] = [say(sender, sender, "disable the endpoint")]
        if delivery.notify_on_disable:
            branch.append(say(sender, sender, "tell the endpoint's owner"))
        items.append(Alt({text(rule, 80): branch}))
    title = f"Webhook delivery of {system(design)}"
    chart = SequenceDiagram(title, items)
    return Diagram("webhook-delivery", title, script(chart, title))
