"""Operations rules: health, logging, metrics, tracing, resilience, rollout (seed 000, 002, 003)."""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.design import Design
from designer.model.operations import LogFormat, Orchestration, Rollout
from designer.model.progress import Stage
from designer.model.requirements import IntegrationKind
from designer.review.facts import has_api
from designer.review.registry import Hit, Severity, rule

OPS = "000 운영 체크"
RESILIENCE = "002 Behavioral Traits (복원력)"
VERIFY = "003 Self-Verification"
_CALLED_LATER = {IntegrationKind.WEBHOOK_IN, IntegrationKind.WEBHOOK_OUT,
                 IntegrationKind.NOTIFICATION}
"""Integrations that a request does not wait for: they call us, or are sent after the answer."""
ORCHESTRATED = {Orchestration.KUBERNETES, Orchestration.ECS, Orchestration.CLOUD_RUN}


@rule(
    "OPS-001",
    Severity.WARNING,
    "no health check endpoint",
    category="operations",
    seed=OPS,
    stage=Stage.OPERATIONS,
    fix="Serve a liveness endpoint, e.g. GET /health.",
)
def _no_health(d: Design) -> Iterator[Hit]:
    if has_api(d) and not d.operations.health_path.strip():
        yield Hit("operations.health_path", "nothing tells the platform the service is alive")


@rule(
    "OPS-002",
    Severity.WARNING,
    "no readiness check",
    category="operations",
    seed=OPS,
    stage=Stage.OPERATIONS,
    fix="Serve a readiness endpoint (e.g. /ready) that checks the database and broker.",
)
def _no_ready(d: Design) -> Iterator[Hit]:
    orchestration = d.operations.orchestration
    if orchestration in ORCHESTRATED and not d.operations.readiness_path.strip():
        yield Hit(
            "operations.readiness_path",
            f"{orchestration.value} will route traffic to instances that are not ready",
        )


@rule(
    "OPS-003",
    Severity.WARNING,
    "external integration without timeout or retries",
    category="operations",
    seed=RESILIENCE,
    stage=Stage.REQUIREMENTS,
    fix="Set a timeout and retries with backoff (per integration or as the outbound "
    "default in operations).",
)
def _integration_unbounded(d: Design) -> Iterator[Hit]:
    ops = d.operations
    for integration in d.requirements.integrations:
        missing = []
        if integration.timeout_ms is None and ops.outbound_timeout_ms is None:
            missing.append("timeout")
        if integration.retries is None and ops.retry_attempts is None:
            missing.append("retries")
        if missing and integration.kind not in {IntegrationKind.WEBHOOK_IN}:
            yield Hit(
                f"requirements.integrations[{integration.name}]",
                f"calls to {integration.name} have no {' or '.join(missing)}",
            )


@rule(
    "OPS-004",
    Severity.ERROR,
    "payment calls retried without idempotency",
    category="operations",
    seed=VERIFY,
    stage=Stage.REQUIREMENTS,
    fix="Send an idempotency key with every payment call, or do not retry it.",
)
def _payment_retry(d: Design) -> Iterator[Hit]:
    for integration in d.requirements.integrations:
        retries = (
            integration.retries if integration.retries is not None else d.operations.retry_attempts
        )
        if integration.kind is IntegrationKind.PAYMENT and retries and not integration.idempotent:
            yield Hit(
                f"requirements.integrations[{integration.name}]",
                f"a retried {integration.name} call can charge twice",
            )


@rule(
    "OPS-005",
    Severity.WARNING,
    "no correlation id",
    category="operations",
    seed=VERIFY,
    stage=Stage.OPERATIONS,
    fix="Carry a request id header (X-Request-ID) through logs and outbound calls.",
)
def _no_correlation(d: Design) -> Iterator[Hit]:
    if has_api(d) and not d.operations.correlation_header.strip():
        yield Hit(
            "operations.correlation_header", "log lines of one request cannot be tied together"
        )


@rule(
    "OPS-006",
    Severity.WARNING,
    "unstructured logs",
    category="operations",
    seed="001 단계 3 (구조화 로깅)",
    stage=Stage.OPERATIONS,
    fix="Log JSON with level, time, request id and service.",
)
def _text_logs(d: Design) -> Iterator[Hit]:
    if d.operations.log_format is LogFormat.TEXT:
        yield Hit("operations.log_format", "plain-text logs are hard to search and alert on")


@rule(
    "OPS-007",
    Severity.WARNING,
    "no metrics",
    category="operations",
    seed=OPS,
    stage=Stage.OPERATIONS,
    fix="Export RED metrics (rate, errors, duration), e.g. Prometheus.",
)
def _no_metrics(d: Design) -> Iterator[Hit]:
    if has_api(d) and not d.operations.metrics.strip():
        yield Hit("operations.metrics", "no monitoring metrics are defined")


@rule(
    "OPS-008",
    Severity.WARNING,
    "no tracing across services",
    category="operations",
    seed="002 Behavioral Traits (observability)",
    stage=Stage.OPERATIONS,
    fix="Trace requests across services with OpenTelemetry.",
)
def _no_tracing(d: Design) -> Iterator[Hit]:
    if len(d.architecture.services) >= 2 and not d.operations.tracing.strip():
        yield Hit(
            "operations.tracing",
            f"{len(d.architecture.services)} services and no distributed tracing",
        )


@rule(
    "OPS-009",
    Severity.WARNING,
    "no failure runbook",
    category="operations",
    seed=OPS,
    stage=Stage.OPERATIONS,
    fix="Write the incident playbook: detect, respond, fix the root cause, post-mortem.",
)
def _no_runbook(d: Design) -> Iterator[Hit]:
    if d.requirements.nfr.availability is not None and not d.operations.runbook.strip():
        yield Hit(
            "operations.runbook",
            f"{d.requirements.nfr.availability}% availability is "
            "promised with no documented recovery procedure",
        )


@rule(
    "OPS-010",
    Severity.WARNING,
    "no request timeout",
    category="operations",
    seed=VERIFY,
    stage=Stage.OPERATIONS,
    fix="Bound every request (e.g. 30 s) so stuck work frees its worker.",
)
def _no_request_timeout(d: Design) -> Iterator[Hit]:
    if has_api(d) and d.operations.request_timeout_ms is None:
        yield Hit("operations.request_timeout_ms", "requests may hang forever")


@rule(
    "OPS-011",
    Severity.WARNING,
    "migrations not run on deploy",
    category="operations",
    seed="001 팀 간 조율 (DevOps: 마이그레이션)",
    stage=Stage.OPERATIONS,
    # No example command: one tool's (alembic's) would contradict a design on another; the
    # Operations stage proposes the chosen tool's own command.
    fix="Give the command that applies the chosen tool's pending migrations before start.",
)
def _no_migrate_command(d: Design) -> Iterator[Hit]:
    if d.data.migration_tool.strip() and not d.operations.migrate_command.strip():
        yield Hit(
            "operations.migrate_command",
            f"{d.data.migration_tool} is chosen but nothing runs it on deploy",
        )


@rule(
    "OPS-012",
    Severity.INFO,
    "no deployment strategy",
    category="operations",
    seed="002 Behavioral Traits (gradual rollouts)",
    stage=Stage.OPERATIONS,
    fix="Choose rolling, blue-green or canary.",
)
def _no_rollout(d: Design) -> Iterator[Hit]:
    if d.operations.orchestration is not None and d.operations.rollout is None:
        yield Hit("operations.rollout", "how new versions roll out is not decided yet")


@rule(
    "OPS-013",
    Severity.WARNING,
    "downtime deploys against an availability target",
    category="operations",
    seed="002 Behavioral Traits (safe deployments)",
    stage=Stage.OPERATIONS,
    fix="Use rolling, blue-green or canary deployments.",
)
def _recreate(d: Design) -> Iterator[Hit]:
    availability = d.requirements.nfr.availability
    if (
        d.operations.rollout is Rollout.RECREATE
        and availability is not None
        and availability >= 99.9
    ):
        yield Hit(
            "operations.rollout",
            f"recreate stops every instance, yet {availability}% availability is required",
        )


@rule(
    "OPS-014",
    Severity.WARNING,
    "outbound timeouts and retries that cannot fit the request's budget",
    category="operations",
    seed="002 Behavioral Traits (타임아웃 관리: 데드라인 전파)",
    stage=Stage.REQUIREMENTS,
    fix="Call the provider off the request path (a queue or an event consumer), or cut the "
    "timeout and retries so their worst case fits the request timeout (or the p95 target).",
)
def _retries_over_budget(d: Design) -> Iterator[Hit]:
    # The budget a waiting request has: the server's own timeout when the design sets one (past
    # it the caller gets a 504 while retries go on), else the p95 target, the only one stated.
    p95 = d.requirements.nfr.p95_latency_ms
    budget = d.operations.request_timeout_ms or p95
    if budget is None or not has_api(d):
        return
    what = ("the request timeout" if d.operations.request_timeout_ms
            else "the p95 target")
    services = {s.name: s for s in d.architecture.services}
    for integration in d.requirements.integrations:
        if integration.kind in _CALLED_LATER:
            continue
        users = [services[n] for n in integration.services if n in services]
        if users and all(s.consumes for s in users):
            continue  # called by event consumers: no request waits on it
        timeout = integration.timeout_ms or d.operations.outbound_timeout_ms
        retries = integration.retries if integration.retries is not None \
            else d.operations.retry_attempts
        if timeout is None or retries is None:
            continue  # OPS-003 asks for them first
        worst = timeout * (retries + 1)
        if worst > budget:
            yield Hit(
                f"requirements.integrations[{integration.name}]",
                f"{retries + 1} attempts of up to {timeout} ms may hold a request "
                f"{worst} ms, past {what} of {budget} ms",
            )
