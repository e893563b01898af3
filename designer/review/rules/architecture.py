"""Architecture rules: style, service boundaries, one-way dependencies (seed 000, 002)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.model.architecture import ArchitectureStyle, Broker, CallStyle, Service
from designer.model.design import Design
from designer.model.progress import Stage
from designer.review.facts import DISTRIBUTED, is_distributed
from designer.review.graphs import (
    context_name,
    cycles,
    entity_graph,
    service_graph,
    suggest_contexts,
)
from designer.review.registry import Hit, Severity, rule

ARCH = "000 아키텍처 설계 체크"
TRAITS = "002 Behavioral Traits"


@rule(
    "ARCH-001",
    Severity.INFO,
    "no architecture style chosen",
    category="architecture",
    seed=TRAITS,
    stage=Stage.REQUIREMENTS,
    fix="Choose monolith, modular monolith, microservices, serverless or event-driven, "
    "with the reason.",
)
def _style_undecided(d: Design) -> Iterator[Hit]:
    if d.architecture.style is None:
        yield Hit("architecture.style", "the architecture style is not decided yet")


@rule(
    "ARCH-002",
    Severity.ERROR,
    "service dependency cycle",
    category="architecture",
    seed=ARCH,
    stage=Stage.REQUIREMENTS,
    fix="Make dependencies point one way: invert one call into an event, or merge the services.",
)
def _service_cycle(d: Design) -> Iterator[Hit]:
    for cycle in cycles(service_graph(d)):
        path = " → ".join([*cycle, cycle[0]])
        yield Hit(
            f"architecture.services[{cycle[0]}].depends_on",
            f"services call each other in a cycle: {path}",
        )


@rule(
    "ARCH-003",
    Severity.WARNING,
    "service without a responsibility",
    category="architecture",
    seed=ARCH,
    stage=Stage.REQUIREMENTS,
    fix="Write one sentence on what this service alone is responsible for.",
)
def _no_responsibility(d: Design) -> Iterator[Hit]:
    for service in d.architecture.services:
        if service.name and not service.responsibility.strip():
            yield Hit(
                f"architecture.services[{service.name}]",
                f"service '{service.name}' has no stated responsibility, so its "
                "boundary is unclear",
            )


@rule(
    "ARCH-004",
    Severity.WARNING,
    "distributed style without service boundaries",
    category="architecture",
    seed=ARCH,
    stage=Stage.REQUIREMENTS,
    fix="List the services (bounded contexts), or choose a (modular) monolith.",
)
def _no_boundaries(d: Design) -> Iterator[Hit]:
    style = d.architecture.style
    if style in DISTRIBUTED and len(d.architecture.services) < 2:
        yield Hit(
            "architecture.services",
            f"the style is {style.value} but {len(d.architecture.services)} service(s) are defined",
        )


@rule(
    "ARCH-005",
    Severity.INFO,
    "bounded contexts suggested from the entity graph",
    category="architecture",
    seed=TRAITS,
    stage=Stage.REQUIREMENTS,
    fix="Adopt or adjust the suggested contexts as services and assign each entity an owner.",
)
def _suggest(d: Design) -> Iterator[Hit]:
    if d.architecture.style is not ArchitectureStyle.MICROSERVICES or d.architecture.services:
        return
    if len(d.data.entities) < 2:
        return
    graph = entity_graph(d)
    parts = [f"{context_name(graph, group)}: {', '.join(group)}" for group in suggest_contexts(d)]
    yield Hit(
        "architecture.services",
        "no services are given; grouping the entities by their "
        "references suggests: " + "; ".join(parts),
    )


_EDGE = re.compile(r"(gateway|bff|edge|proxy|router)", re.IGNORECASE)


def stateless_by_design(d: Design, service: Service) -> bool:
    """A service that needs no data of its own: the API gateway (or a BFF) that routes, or a
    worker that only turns consumed events into calls to an outside system (a notifier)."""
    if d.architecture.gateway and service.name.lower() in d.architecture.gateway.lower():
        return True
    if _EDGE.search(service.name):
        return True
    calls_out = any(service.name in i.services for i in d.requirements.integrations)
    return bool(service.consumes) and calls_out


@rule(
    "ARCH-006",
    Severity.WARNING,
    "service owns no data",
    category="architecture",
    seed="002 Microservices 아키텍처",
    stage=Stage.DATA,
    fix="Give the service the entities (and database) it owns, or fold it into another.",
)
def _owns_nothing(d: Design) -> Iterator[Hit]:
    owners = {e.service for e in d.data.entities} | {db.service for db in d.data.databases}
    owners.discard("")
    if not is_distributed(d) or not owners:
        return  # ownership not assigned yet: nothing to compare against
    for service in d.architecture.services:
        if service.name and service.name not in owners and not stateless_by_design(d, service):
            yield Hit(
                f"architecture.services[{service.name}]",
                f"service '{service.name}' owns no entity and no database",
            )


@rule(
    "ARCH-007",
    Severity.WARNING,
    "asynchronous messaging without a broker",
    category="architecture",
    seed="002 이벤트 기반 아키텍처",
    stage=Stage.REQUIREMENTS,
    fix="Choose a broker (Kafka, RabbitMQ, SQS, NATS, Redis Streams …).",
)
def _no_broker(d: Design) -> Iterator[Hit]:
    if d.architecture.broker is not Broker.NONE:
        return
    for service in d.architecture.services:
        uses = (
            service.publishes
            or service.consumes
            or any(dep.style is CallStyle.ASYNC for dep in service.depends_on)
        )
        if service.name and uses:
            yield Hit(
                f"architecture.services[{service.name}]",
                f"service '{service.name}' sends or receives messages but no broker is chosen",
            )


@rule(
    "ARCH-008",
    Severity.WARNING,
    "event consumed but never published",
    category="architecture",
    seed="002 이벤트 기반 아키텍처",
    stage=Stage.REQUIREMENTS,
    fix="Name the service that publishes the event, or drop the consumer.",
)
def _unpublished(d: Design) -> Iterator[Hit]:
    published = {e for s in d.architecture.services for e in s.publishes}
    for service in d.architecture.services:
        for event in sorted(set(service.consumes) - published):
            yield Hit(
                f"architecture.services[{service.name}].consumes[{event}]",
                f"no service publishes '{event}'",
            )


@rule(
    "ARCH-009",
    Severity.INFO,
    "architecture chosen without a recorded rationale",
    category="architecture",
    seed=TRAITS,
    stage=Stage.REVIEW,
    fix="Record why this style was chosen and what was traded off (a decision record).",
)
def _no_rationale(d: Design) -> Iterator[Hit]:
    if (
        d.architecture.style is not None
        and not d.architecture.rationale.strip()
        and not d.decisions
    ):
        yield Hit(
            "decisions",
            f"{d.architecture.style.value} is chosen with no rationale or decision record",
        )


@rule(
    "ARCH-010",
    Severity.WARNING,
    "synchronous service calls without a circuit breaker",
    category="architecture",
    seed=ARCH,
    stage=Stage.OPERATIONS,
    fix="Put synchronous calls behind a circuit breaker (resilience4j, a mesh, pybreaker …) "
    "so one failing service cannot take down its callers.",
)
def _no_breaker(d: Design) -> Iterator[Hit]:
    if d.operations.circuit_breaker.strip():
        return
    sync = [
        f"{u} → {v}"
        for u, v, style in service_graph(d).edges(data="style")
        if style == CallStyle.SYNC.value
    ]
    if sync:
        yield Hit(
            "operations.circuit_breaker", f"synchronous calls without a breaker: {', '.join(sync)}"
        )


@rule(
    "ARCH-011",
    Severity.INFO,
    "no extension points identified",
    category="architecture",
    seed="000 아키텍처 설계 체크 (확장 포인트가 식별되어 있는가)",
    stage=Stage.REQUIREMENTS,
    fix="Name where the system grows without changing its core: domain events others can "
    "consume, outgoing webhooks for partners, or a decision record on plug-in points.",
)
def _no_extension_points(d: Design) -> Iterator[Hit]:
    if not any(True for _ in d.api.endpoints()) or len(d.data.entities) < 3:
        return  # too early, or too small to need them
    events = any(s.publishes for s in d.architecture.services)
    if not events and not d.api.webhooks and not d.api.channels and not d.decisions:
        yield Hit("architecture.services",
                  "no events are published, no webhooks go out and no decision records them")
