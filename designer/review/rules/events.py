"""Asynchronous communication: consumers that survive repeats and failures, schemas that evolve,
order per key, messages with both ends, signed webhooks, sagas that undo, outboxes (seed 002's
event-driven architecture, saga and webhook patterns)."""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.api import SigningScheme
from designer.model.architecture import Broker
from designer.model.design import Design
from designer.model.events import Delivery, FlowKind, Topic
from designer.model.progress import Stage
from designer.review.registry import Hit, Severity, rule

_EVENTS = "architecture.events"


def _topic_at(topic: Topic) -> str:
    return f"{_EVENTS}.topics[{topic.name}]"


def _message_at(d: Design, name: str) -> str:
    """The catalogue entry of `name`, else the first service that names it."""
    if any(m.name == name for m in d.architecture.events.messages):
        return f"{_EVENTS}.messages[{name}]"
    for service in d.architecture.services:
        for part in ("publishes", "consumes"):
            if name in getattr(service, part):
                return f"architecture.services[{service.name}].{part}[{name}]"
    return f"{_EVENTS}.messages"


@rule(
    "EVT-001",
    Severity.WARNING,
    "at-least-once consumer without idempotency",
    category="events",
    seed="002 이벤트 기반 아키텍처 (정확하게-once 전달: Idempotency, deduplication)",
    stage=Stage.REQUIREMENTS,
    fix="Give the consumer a dedupe key (an event id header) and drop messages it has already "
    "handled, i.e. effectively-once delivery; a redelivered message is then handled once.",
)
def _not_idempotent(d: Design) -> Iterator[Hit]:
    for topic in d.architecture.events.topics:
        for c in topic.consumers:
            if c.delivery is Delivery.AT_LEAST_ONCE and not c.dedupe_key.strip() and c.service:
                yield Hit(f"{_topic_at(topic)}.consumers[{c.service}]",
                          f"'{c.service}' handles a redelivered message of '{topic.name}' "
                          "a second time: nothing deduplicates it")


@rule(
    "EVT-002",
    Severity.WARNING,
    "retries without a dead-letter channel",
    category="events",
    seed="002 이벤트 기반 아키텍처 (Dead letter 대기열: 실패 처리, 재시도, poison 메시지)",
    stage=Stage.REQUIREMENTS,
    fix="Name a dead-letter channel for the consumer, so a message whose retries run out is "
    "kept for a fix and a replay instead of blocking the channel or being dropped.",
)
def _no_dead_letter(d: Design) -> Iterator[Hit]:
    for topic in d.architecture.events.topics:
        for c in topic.consumers:
            if c.retry.attempts > 0 and not c.dead_letter.strip() and c.service:
                yield Hit(f"{_topic_at(topic)}.consumers[{c.service}].dead_letter",
                          f"after {c.retry.attempts} retries a poison message on "
                          f"'{topic.name}' is lost or blocks '{c.service}'")


@rule(
    "EVT-003",
    Severity.WARNING,
    "schema registry without a compatibility mode",
    category="events",
    seed="002 이벤트 기반 아키텍처 (이벤트 스키마 evolution: 뒤로/앞으로 compatibility)",
    stage=Stage.REQUIREMENTS,
    fix="Choose the registry's compatibility mode (backward, forward or full), so a producer "
    "cannot register a payload change its consumers cannot read.",
)
def _no_compatibility(d: Design) -> Iterator[Hit]:
    events = d.architecture.events
    if events.registry.strip() and events.compatibility is None and events.messages:
        yield Hit(f"{_EVENTS}.compatibility",
                  f"'{events.registry}' holds the payload schemas but no rule says which "
                  "changes it accepts")


def _ordered(d: Design, topic: Topic, in_flows: set[str]) -> bool:
    """Whether the topic's messages must be read in order per key: a compacted topic keeps the
    latest per key; several messages (one thing's lifecycle) or saga steps on a topic split
    over partitions arrive out of order."""
    if topic.compacted:
        return True
    split = (topic.partitions or 0) > 1 or (
        topic.partitions is None and d.architecture.broker is Broker.KAFKA)
    carried = [n for n in topic.messages if n.strip()]
    return split and (len(carried) > 1 or any(n in in_flows for n in carried))


@rule(
    "EVT-004",
    Severity.WARNING,
    "ordering needed but no partition key",
    category="events",
    seed="002 이벤트 기반 아키텍처 (이벤트 스트리밍: Kafka; Pub/Sub 패턴)",
    stage=Stage.REQUIREMENTS,
    fix="Set the message key to the field that identifies the thing it is about (order_id): "
    "messages with one key stay on one partition, in order.",
)
def _no_key(d: Design) -> Iterator[Hit]:
    events = d.architecture.events
    keys = {m.name: m.key.strip() for m in events.messages}
    in_flows = {s.message for f in events.flows for s in f.steps if s.message}
    reported: set[str] = set()
    for topic in events.topics:
        if not _ordered(d, topic, in_flows):
            continue
        for name in topic.messages:
            if name.strip() and not keys.get(name) and name not in reported:
                reported.add(name)
                why = "compacted" if topic.compacted else "split over partitions"
                yield Hit(_message_at(d, name),
                          f"'{name}' has no key on the {why} channel '{topic.name}': messages "
                          "about one thing arrive out of order")


def _ends(d: Design) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Per message, who produces it and who consumes it: services, outside systems the design
    declares, clients of real-time channels and webhook subscribers."""
    made: dict[str, list[str]] = {}
    taken: dict[str, list[str]] = {}
    for s in d.architecture.services:
        for n in s.publishes:
            made.setdefault(n, []).append(s.name)
        for n in s.consumes:
            taken.setdefault(n, []).append(s.name)
    for m in d.architecture.events.messages:
        if m.source.strip():
            made.setdefault(m.name, []).append(m.source)
        for outside in m.external_consumers:
            taken.setdefault(m.name, []).append(outside)
    for channel in d.api.channels:
        for n in (*channel.to_client, *channel.to_server):
            made.setdefault(n, []).append("clients")
            taken.setdefault(n, []).append("clients")
    for hook in d.api.webhooks:
        n = hook.message.strip() or hook.event.strip()
        made.setdefault(n, []).append("webhooks")
        taken.setdefault(n, []).append("subscribers")
    return made, taken


@rule(
    "EVT-005",
    Severity.WARNING,
    "message without a producer or without a consumer",
    category="events",
    seed="002 이벤트 기반 아키텍처 (Pub/Sub 패턴, 이벤트 기반 microservices)",
    stage=Stage.REQUIREMENTS,
    fix="Name the service that consumes it (or the outside system, as an external consumer), "
    "the one that publishes it (or its source), or drop the message.",
)
def _one_ended(d: Design) -> Iterator[Hit]:
    made, taken = _ends(d)
    names = dict.fromkeys([*(m.name for m in d.architecture.events.messages), *made, *taken])
    for name in names:
        if not name.strip():
            continue
        if name in made and name not in taken:
            yield Hit(_message_at(d, name),
                      f"'{name}' is published by {', '.join(made[name])} and nobody consumes it")
        elif name in taken and name not in made:
            yield Hit(_message_at(d, name),
                      f"'{name}' is consumed by {', '.join(taken[name])} and nobody publishes it")
        elif name not in made and name not in taken:
            yield Hit(_message_at(d, name), f"'{name}' is neither published nor consumed")


@rule(
    "EVT-006",
    Severity.WARNING,
    "webhook without a signature or a signed timestamp",
    category="events",
    seed="002 API 설계 & 패턴 (Webhook 패턴: signature 확인, idempotency)",
    stage=Stage.API,
    fix="Sign every delivery and sign a timestamp with the body (a timestamp header, or the "
    "Standard Webhooks scheme) so receivers reject forged and replayed deliveries.",
)
def _unsigned_webhook(d: Design) -> Iterator[Hit]:
    for hook in d.api.webhooks:
        if not hook.signed:
            yield Hit(f"api.webhooks[{hook.event}]",
                      f"subscribers cannot tell a forged '{hook.event}' delivery from ours")
    signing = d.api.webhook_signing
    if (any(h.signed for h in d.api.webhooks) and not signing.timestamp_header.strip()
            and signing.scheme is not SigningScheme.STANDARD_WEBHOOKS):
        yield Hit("api.webhook_signing.timestamp_header",
                  "only the body is signed: a captured delivery can be replayed at any time")


@rule(
    "EVT-007",
    Severity.WARNING,
    "saga step without compensation",
    category="events",
    seed="002 Microservices 아키텍처 (Saga 패턴) / 복원력 (Compensation)",
    stage=Stage.REQUIREMENTS,
    fix="Say how the step is undone when a later step fails (refund, release, cancel), or move "
    "it after the last step that can fail.",
)
def _uncompensated(d: Design) -> Iterator[Hit]:
    services = {s.name for s in d.architecture.services}
    for flow in d.architecture.events.flows:
        if flow.kind is FlowKind.INTERACTION or len(flow.steps) < 2:
            continue
        where = f"{_EVENTS}.flows[{flow.name}]"
        if not any(s.compensation.strip() for s in flow.steps):
            yield Hit(where, f"no step of the saga '{flow.name}' can be undone: a failure "
                      "half-way leaves the earlier steps done")
            continue
        # Steps after the last compensated one (the pivot) are retried, not undone. An
        # orchestrator's own middle steps only command a participant, whose step carries the
        # undo; a system outside the design is undone by the service that called it.
        pivot = max(i for i, s in enumerate(flow.steps) if s.compensation.strip())
        leader = flow.steps[0].service
        for i, step in enumerate(flow.steps[:pivot]):
            if step.compensation.strip() or step.service not in services:
                continue
            if flow.kind is FlowKind.ORCHESTRATION and step.service == leader:
                continue
            yield Hit(f"{where}.steps[#{i + 1}]",
                      f"'{step.action or step.service}' stays done when "
                      f"'{flow.steps[pivot].action or flow.steps[pivot].service}' fails")


@rule(
    "EVT-008",
    Severity.WARNING,
    "service writes its database and publishes without an outbox",
    category="events",
    seed="002 데이터 통합 패턴 (이벤트 기반 데이터 동기, 트랜잭션 관리) / 정확하게-once 전달",
    stage=Stage.REQUIREMENTS,
    fix="Publish through a transactional outbox (the row and the message commit together; a "
    "relay sends it), or accept losing the message by consuming it at most once.",
)
def _no_outbox(d: Design) -> Iterator[Hit]:
    events = d.architecture.events
    owners = _writers(d)
    lossy = _lossy_messages(d)
    for service in d.architecture.services:
        if service.name in events.outbox or service.name not in owners:
            continue
        sent = [n for n in service.publishes if n.strip() and n not in lossy]
        if sent:
            yield Hit(f"architecture.services[{service.name}].publishes",
                      f"a crash between {service.name} committing and publishing '{sent[0]}' "
                      "loses the message, or sends one for a rolled-back write")


def _writers(d: Design) -> set[str]:
    """Services that write a database: its owner, or the owner of an entity kept in a database
    no other service owns (an entity whose table lives in another service's database is only
    the shape of what it sends)."""
    dbs = {db.name: db.service for db in d.data.databases}
    first = d.data.databases[0].service if d.data.databases else ""
    out = {owner for owner in dbs.values() if owner}
    for e in d.data.entities:
        home = dbs.get(e.database, first) if e.database else first
        if e.service and home in {"", e.service}:
            out.add(e.service)
    return out


def _lossy_messages(d: Design) -> set[str]:
    """Messages whose every consumer settles for at-most-once: losing one is accepted."""
    consumers: dict[str, list[Delivery]] = {}
    for topic in d.architecture.events.topics:
        for name in topic.messages:
            taking = {s.name for s in d.architecture.services if name in s.consumes}
            found = [c.delivery for c in topic.consumers if c.service in taking]
            if found and len(found) == len(taking):
                consumers.setdefault(name, []).extend(found)
    return {n for n, kinds in consumers.items() if all(k is Delivery.AT_MOST_ONCE for k in kinds)}


@rule(
    "EVT-009",
    Severity.WARNING,
    "webhooks without a retry schedule or a rule that disables a failing endpoint",
    category="events",
    seed="002 API 설계 & 패턴 (Webhook 패턴: delivery, retry logic)",
    stage=Stage.API,
    fix="Decide when failed deliveries are retried (waits or a backoff, which answers are "
    "retried) and when an endpoint that keeps failing is disabled (after N failed deliveries "
    "or a number of hours), so receivers know what to expect and a dead URL stops costing "
    "attempts.",
)
def _undecided_delivery(d: Design) -> Iterator[Hit]:
    hooks = [h for h in d.api.webhooks if h.event.strip()]
    if not hooks:
        return
    delivery = d.api.webhook_delivery
    if any(h.retries for h in hooks) and not delivery.has_schedule():
        yield Hit("api.webhook_delivery.schedule_seconds",
                  f"'{hooks[0].event}' is retried on no schedule: the waits between "
                  "attempts are not decided")
    if not delivery.has_disable_rule():
        yield Hit("api.webhook_delivery.disable_after_failures",
                  "nothing disables an endpoint that keeps failing: every event keeps being "
                  "attempted against a dead URL")
