"""Performance rules: targets, caching, indexes for queries, pool timing (seed 000)."""

from __future__ import annotations

from collections.abc import Iterator

from designer.contract.components import uses_cache
from designer.model.architecture import Broker
from designer.model.data import Invalidation
from designer.model.design import Design
from designer.model.progress import Stage
from designer.review.facts import endpoint_location, endpoints, has_api
from designer.review.registry import Hit, Severity, rule
from designer.review.rules.data import RELATIONAL

CHECK = "000 성능 체크"
HIGH_RPS = 1000
"""The seeds' throughput target: from here on, hot reads want a cache or a replica."""
TIGHT_P95_MS = 100
"""A p95 target this tight wants hot reads cached whatever the load."""
PRIORITY = "000 성능 최적화 우선순위"


@rule(
    "PERF-001",
    Severity.WARNING,
    "latency target with no caching or async plan",
    category="performance",
    seed=PRIORITY,
    stage=Stage.DATA,
    fix="Cache hot reads (what, where, TTL, invalidation) or move heavy work to a queue.",
)
def _p95_unplanned(d: Design) -> Iterator[Hit]:
    p95, rps = d.requirements.nfr.p95_latency_ms, d.requirements.nfr.peak_rps
    if p95 is None or not has_api(d):
        return
    # Below the seeds' load target (1000 RPS) and with a latency target indexed queries meet,
    # a cache is a cost, not a plan (and a wrong one for balances that must be exact).
    if rps is not None and rps < HIGH_RPS and p95 > TIGHT_P95_MS:
        return
    if not d.data.caching and d.architecture.broker is Broker.NONE and not d.stack.cache:
        yield Hit(
            "data.caching",
            f"p95 < {p95} ms is required but nothing is cached or done asynchronously",
        )


@rule(
    "PERF-002",
    Severity.WARNING,
    "cache entries that never expire",
    category="performance",
    seed="000 성능 체크 (캐싱 전략)",
    stage=Stage.DATA,
    fix="Give the entry a TTL or an event / write-through invalidation.",
)
def _eternal_cache(d: Design) -> Iterator[Hit]:
    for cache in d.data.caching:
        if cache.ttl_seconds == 0 and cache.invalidation is Invalidation.TTL:
            yield Hit(
                f"data.caching[{cache.target}]",
                "TTL invalidation with a TTL of 0: entries go stale forever",
            )


@rule(
    "PERF-003",
    Severity.WARNING,
    "list filtered or sorted on an unindexed field",
    category="performance",
    seed=CHECK,
    stage=Stage.DATA,
    fix="Add an index (composite when filter and sort go together) on the field.",
)
def _unindexed_query(d: Design) -> Iterator[Hit]:
    for resource, e in endpoints(d):
        entity = d.data.entity(resource.entity)
        if entity is None:
            continue
        # Columns the query fixes by equality: the path's parameters and the filters. An index
        # serves a column when every column before it in the index is one of those.
        fixed = {p for p in e.path_params if entity.field(p) is not None} | set(e.filters)
        served = {f.name for f in entity.fields if f.primary_key or f.unique}
        for index in entity.indexes:
            for column in index.fields:
                served.add(column)
                if column not in fixed:
                    break  # a range or sort column: the ones after it are not led
        for name in sorted(set(e.filters) | set(e.sort)):
            if entity.field(name) is not None and name not in served:
                yield Hit(
                    endpoint_location(e),
                    f"filters or sorts {entity.name} by '{name}', which no index leads with",
                )


@rule(
    "PERF-004",
    Severity.INFO,
    "no performance targets",
    category="performance",
    seed="000 성능 목표",
    stage=Stage.REQUIREMENTS,
    fix="Set peak RPS and a p95 latency target (the seeds suggest > 1000 RPS, < 200 ms).",
)
def _no_targets(d: Design) -> Iterator[Hit]:
    nfr = d.requirements.nfr
    if nfr.peak_rps is None and nfr.p95_latency_ms is None:
        yield Hit("requirements.nfr", "no throughput or latency target is set yet")


@rule(
    "PERF-005",
    Severity.WARNING,
    "pool wait longer than the request timeout",
    category="performance",
    seed="000 성능 최적화 우선순위 (커넥션 풀 튜닝)",
    stage=Stage.DATA,
    fix="Wait for a pooled connection for less time than the whole request may take.",
)
def _pool_wait(d: Design) -> Iterator[Hit]:
    timeout = d.operations.request_timeout_ms
    if timeout is not None and d.data.databases and d.data.pool.timeout_ms >= timeout:
        yield Hit(
            "data.pool",
            f"a request times out after {timeout} ms but may wait "
            f"{d.data.pool.timeout_ms} ms for a connection",
        )


@rule(
    "PERF-006",
    Severity.WARNING,
    "high load on a single database",
    category="performance",
    seed="000 성능 최적화 우선순위 (읽기 복제본)",
    stage=Stage.DATA,
    fix="Add read replicas or a cache in front of the hot reads.",
)
def _single_db(d: Design) -> Iterator[Hit]:
    rps = d.requirements.nfr.peak_rps
    dbs = [db for db in d.data.databases if db.engine in RELATIONAL]
    # A cache counts when the design has one to put in front of the reads (a Redis named in
    # the stack or cache rules), whatever the rules say it holds yet.
    if (
        rps is not None
        and rps >= 1000
        and dbs
        and not uses_cache(d)
        and all(db.read_replicas == 0 for db in dbs)
    ):
        yield Hit("data.databases", f"{rps} RPS at peak with no replica and no cache")


def _embedded(d: Design, body: str) -> list[str]:
    """Fields of the body `body` (an entity or schema) that hold another entity, one or many."""
    entity = d.data.entity(body)
    schema = next((s for s in d.api.schemas if s.name == body), None)
    members = entity.fields if entity is not None else schema.fields if schema else []
    return [m.name for m in members if d.data.entity(m.type) is not None and m.type != body]


@rule(
    "PERF-007",
    Severity.WARNING,
    "list that embeds related records (N+1 queries)",
    category="performance",
    seed="000 성능 체크 (N+1 쿼리 문제)",
    stage=Stage.DATA,
    fix="Load the related records for the whole page at once (JOIN, an IN query, or a "
    "DataLoader for GraphQL) instead of one query per item.",
)
def _n_plus_one(d: Design) -> Iterator[Hit]:
    for _, e in endpoints(d):
        if e.method.value != "GET" or e.response is None or not e.response.many:
            continue
        nested = _embedded(d, e.response.name)
        if nested:
            yield Hit(
                endpoint_location(e),
                f"each {e.response.name} in the list carries {', '.join(nested)}: one query "
                "per item unless they are batch-loaded",
            )
