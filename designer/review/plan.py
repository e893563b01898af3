"""The implementation plan: seed 001 step 4's phases filled from the design.

Setup (project structure, database connection), core models (schema and ORM models), API
endpoints (routes and controllers), optimisation (caching, rate limits, indexes). Services and
entities come in dependency order — a topological order of the same graphs the review checks —
so a team knows what to build first; endpoints follow the order of the entities they serve.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from designer.contract.components import POOLING, pools
from designer.model.api import Endpoint, Method, Resource
from designer.model.design import Design
from designer.review.graphs import dependency_order, entity_graph, service_graph

_METHOD_ORDER = {Method.POST: 0, Method.GET: 1, Method.PUT: 2, Method.PATCH: 3, Method.DELETE: 4}


@dataclass(frozen=True)
class Phase:
    """One phase of the plan."""

    key: str
    """Stable key: setup, core_models, endpoints or optimisation."""
    title: str
    """Human title."""
    goal: str
    """What the phase delivers, after seed 001 step 4."""
    items: list[str] = field(default_factory=list)
    """Work items in build order, e.g. `Entity User`, `POST /api/v1/orders`."""


@dataclass(frozen=True)
class Plan:
    """The phases, in order."""

    phases: list[Phase]
    """Setup, core models, endpoints, optimisation."""

    def phase(self, key: str) -> Phase:
        """The phase called `key`."""
        return next(p for p in self.phases if p.key == key)


def implementation_plan(design: Design) -> Plan:
    """The four phases of seed 001 step 4 for `design`; the same design gives the same plan."""
    entity_order = _entity_order(design)
    return Plan(
        [
            Phase(
                "setup",
                "Setup",
                "Project structure and database connections"
                + (" with pool settings." if pools(design) else "."),
                _setup(design),
            ),
            Phase(
                "core_models",
                "Core models",
                "Database schema and ORM models with their relationships.",
                _models(design, entity_order),
            ),
            Phase(
                "endpoints",
                "API endpoints",
                "Routes and controllers following the contract, with error handling and "
                "validation.",
                _endpoints(design, entity_order),
            ),
            Phase(
                "optimisation",
                "Optimisation",
                "Caching where it pays, rate limits against abuse, and indexes.",
                _optimisation(design),
            ),
        ]
    )


def _entity_order(design: Design) -> list[list[str]]:
    return dependency_order(entity_graph(design))


def _setup(design: Design) -> list[str]:
    items: list[str] = []
    stack = design.stack
    framework = stack.framework_other if stack.framework.lower() == "other" else stack.framework
    if framework or stack.language:
        what = " ".join(x for x in (framework, stack.framework_version) if x)
        lang = " ".join(x for x in (stack.language, stack.language_version) if x)
        items.append(f"Project structure: {what or lang}" + (f" ({lang})" if what and lang else ""))
    else:
        items.append("Project structure")
    for group in dependency_order(service_graph(design)):
        if len(group) == 1:
            items.append(f"Service {group[0]}")
        else:
            items.append(f"Services {' + '.join(group)} (call cycle: break it before building)")
    pool = design.data.pool
    for db in sorted(design.data.databases, key=lambda d: d.name):
        sizing = f", pool {pool.min_size}-{pool.max_size}" if db.engine in POOLING else ""
        items.append(f"Database connection {db.name or db.engine.value} ({db.engine.value}"
                     f"{sizing})")
    if design.data.migration_tool:
        items.append(f"Migrations with {design.data.migration_tool}")
    if design.operations.health_path:
        items.append(f"Health check GET {design.operations.health_path}")
    return items


def _models(design: Design, order: list[list[str]]) -> list[str]:
    items: list[str] = []
    for group in order:
        if len(group) == 1:
            items.append(f"Entity {group[0]}")
        else:
            items.append(
                f"Entities {' + '.join(group)} (reference cycle: create together, "
                "one reference nullable or deferred)"
            )
    return items


def _endpoint_entity(resource: Resource, endpoint: Endpoint) -> str:
    """The entity an endpoint serves: its resource's, else its body's."""
    if resource.entity:
        return resource.entity
    for ref in (endpoint.response, endpoint.request):
        if ref is not None:
            return ref.name
    return ""


def _endpoints(design: Design, order: list[list[str]]) -> list[str]:
    rank = {name: i for i, group in enumerate(order) for name in group}
    base = design.api.base_path.rstrip("/")
    keyed = sorted(
        (
            rank.get(_endpoint_entity(resource, e), len(rank)),
            _METHOD_ORDER[e.method],
            e.path,
            e.method.value,
        )
        for resource, e in design.api.endpoints()
        if e.path
    )
    seen: set[str] = set()
    items: list[str] = []
    for *_, path, method in keyed:
        line = f"{method} {base}{path}"
        if line not in seen:
            seen.add(line)
            items.append(line)
    return items


def _optimisation(design: Design) -> list[str]:
    items: list[str] = []
    for cache in sorted(design.data.caching, key=lambda c: c.target):
        items.append(
            f"Cache {cache.target} in {cache.store.value} (TTL {cache.ttl_seconds} s, "
            f"{cache.invalidation.value} invalidation)"
        )
    limit = design.api.rate_limit
    if limit is not None:
        items.append(
            f"Rate limit {limit.requests} requests / {limit.window_seconds} s "
            f"per {limit.scope.value}"
        )
    login = design.auth.login_rate_limit
    if login is not None and design.auth.methods:
        items.append(
            f"Login rate limit {login.requests} requests / {login.window_seconds} s "
            f"per {login.scope.value}"
        )
    for entity in sorted(design.data.entities, key=lambda e: e.name):
        for index in entity.indexes:
            kind = "Unique index" if index.unique else "Index"
            items.append(f"{kind} {entity.name}({', '.join(index.fields)})")
    return items
