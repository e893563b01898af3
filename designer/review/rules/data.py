"""Data rules: keys, indexes, relationships, ownership, migrations, backups (seed 000, 001, 002)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.model.data import Cardinality, Engine, Entity, Field, Relationship
from designer.model.design import Design
from designer.model.progress import Stage
from designer.review.facts import entity_location
from designer.review.graphs import cycles, entity_graph, required_subgraph
from designer.review.registry import Hit, Severity, rule

QUALITY = "001 아키텍처 품질 체크리스트"
PERF = "000 성능 체크"
RELATIONAL = {Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB, Engine.SQLITE}


def _indexed(entity: Entity, field: str) -> bool:
    """A lookup by `field` can use an index: PK, unique, or the first column of an index."""
    column = entity.field(field)
    if column is not None and (column.unique or column.primary_key):
        return True
    return any(index.fields[:1] == [field] for index in entity.indexes)


@rule(
    "DATA-001",
    Severity.INFO,
    "no database chosen",
    category="data",
    seed=QUALITY,
    stage=Stage.DATA,
    fix="Choose the database(s): PostgreSQL, MySQL, MongoDB, Redis …",
)
def _no_database(d: Design) -> Iterator[Hit]:
    if not d.data.databases:
        yield Hit("data.databases", "no database is chosen yet")


@rule(
    "DATA-002",
    Severity.WARNING,
    "foreign key without an index",
    category="data",
    seed=PERF,
    stage=Stage.DATA,
    fix="Index the foreign key (alone or as the first column of a composite index); joins "
    "and cascades scan the table otherwise.",
)
def _fk_unindexed(d: Design) -> Iterator[Hit]:
    for entity in d.data.entities:
        for field in entity.fields:
            if field.references and not _indexed(entity, field.name):
                yield Hit(
                    entity_location(entity, field.name),
                    f"references {field.references} but has no index",
                )


@rule(
    "DATA-003",
    Severity.ERROR,
    "entity without a primary key",
    category="data",
    seed=QUALITY,
    stage=Stage.DATA,
    fix="Mark the identifying field(s) as primary key.",
)
def _no_pk(d: Design) -> Iterator[Hit]:
    for entity in d.data.entities:
        if entity.fields and not any(f.primary_key for f in entity.fields):
            yield Hit(entity_location(entity), f"{entity.name} has fields but no primary key")


@rule(
    "DATA-004",
    Severity.INFO,
    "entity without fields",
    category="data",
    seed=QUALITY,
    stage=Stage.DATA,
    fix="Add the entity's fields, primary key first.",
)
def _no_fields(d: Design) -> Iterator[Hit]:
    for entity in d.data.entities:
        if entity.name and not entity.fields:
            yield Hit(entity_location(entity), f"{entity.name} has no fields yet")


@rule(
    "DATA-005",
    Severity.WARNING,
    "many-to-many without a join entity",
    category="data",
    seed="001 단계 3 (정규화)",
    stage=Stage.DATA,
    fix="Model the link as a join entity (e.g. OrderItem) with two foreign keys, and name it "
    "in `through`.",
)
def _m2m_without_join(d: Design) -> Iterator[Hit]:
    for _, _, data in entity_graph(d).edges(data=True):
        if data["kind"] == Cardinality.MANY_TO_MANY.value:
            yield Hit(data["location"], "many-to-many with no join entity")


@rule(
    "DATA-006",
    Severity.ERROR,
    "cycle of required references",
    category="data",
    seed=QUALITY,
    stage=Stage.DATA,
    fix="Make one reference in the cycle nullable (or deferrable) so rows can be inserted.",
)
def _required_cycle(d: Design) -> Iterator[Hit]:
    graph = entity_graph(d)
    for cycle in cycles(required_subgraph(graph)):
        path = " → ".join([*cycle, cycle[0]])
        first = graph.edges[cycle[0], cycle[1 % len(cycle)]]["location"]
        yield Hit(first, f"required references form a cycle ({path}); no row can be inserted first")


_RECORD = re.compile(r"(outbox|inbox|processed|dedup|event|log$|logs$|history|audit|journal)",
                     re.IGNORECASE)
"""Names of tables the code itself reads and writes, never related nor served: the outbox a
relay publishes from, the processed-events table a consumer deduplicates with, an update log
or audit trail."""


@rule(
    "DATA-007",
    Severity.WARNING,
    "orphan entity",
    category="data",
    seed=QUALITY,
    stage=Stage.DATA,
    fix="Relate the entity to the others or expose it through the API; otherwise drop it.",
)
def _orphan(d: Design) -> Iterator[Hit]:
    if len(d.data.entities) < 2:
        return
    graph = entity_graph(d)
    used = {r.entity for r in d.api.resources}
    used |= {ref.name for _, e in d.api.endpoints() for ref in (e.request, e.response) if ref}
    used |= {f.type for s in d.api.schemas for f in s.fields}
    for name in sorted(graph.nodes):
        linked = any(v != name for v in graph.successors(name)) or any(
            u != name for u in graph.predecessors(name)
        )
        if not linked and name not in used and not _RECORD.search(name):
            yield Hit(
                f"data.entities[{name}]", f"{name} has no relationships and no endpoint uses it"
            )


@rule(
    "DATA-008",
    Severity.WARNING,
    "entity referenced across service boundaries",
    category="data",
    seed="002 데이터 통합 패턴 (database per service)",
    stage=Stage.DATA,
    fix="Refer to the other service's data by id only (no FK), and keep a local copy fed by "
    "events or ask the owning service's API.",
)
def _cross_service(d: Design) -> Iterator[Hit]:
    graph = entity_graph(d)
    service = dict(graph.nodes(data="service"))
    for u, v, where in sorted(graph.edges(data="location")):
        if service[u] and service[v] and service[u] != service[v]:
            yield Hit(where, f"{u} ({service[u]}) references {v} owned by {service[v]}")


@rule(
    "DATA-009",
    Severity.WARNING,
    "no migration tool",
    category="data",
    seed=QUALITY,
    stage=Stage.DATA,
    fix="Choose a migration tool (Alembic, Flyway, Liquibase, Prisma Migrate …) and keep "
    "migrations in the repository.",
)
def _no_migrations(d: Design) -> Iterator[Hit]:
    relational = any(db.engine in RELATIONAL for db in d.data.databases)
    if relational and d.data.entities and not d.data.migration_tool.strip():
        yield Hit("data.migration_tool", "a relational schema with no migration tool")


@rule(
    "DATA-010",
    Severity.WARNING,
    "no backup strategy",
    category="data",
    seed="001 팀 간 조율 (백업 계획)",
    stage=Stage.DATA,
    fix="Describe backups: frequency, retention, point-in-time recovery, RPO / RTO.",
)
def _no_backups(d: Design) -> Iterator[Hit]:
    if d.data.databases and not d.data.backups.strategy.strip():
        yield Hit("data.backups", "databases are chosen but backups are not planned")


def _carrying_fields(d: Design, rel: Relationship) -> list[tuple[str, Field]]:
    """(entity, field) of the foreign keys that hold `rel`, either way round."""
    out = []
    for owner, other in ((rel.target, rel.source), (rel.source, rel.target)):
        entity = d.data.entity(owner)
        if entity is not None:
            out += [(entity.name, f) for f in entity.fields if f.reference_entity == other]
    return out


@rule(
    "DATA-015",
    Severity.WARNING,
    "optional relationship whose foreign key is NOT NULL",
    category="data",
    seed=QUALITY,
    stage=Stage.DATA,
    fix="Make the foreign key nullable, or mark the relationship required: the two must agree.",
)
def _optional_not_null(d: Design) -> Iterator[Hit]:
    for rel in d.data.relationships:
        if rel.required or rel.kind is Cardinality.MANY_TO_MANY:
            continue
        for owner, f in _carrying_fields(d, rel):
            if not f.nullable:
                yield Hit(
                    f"data.entities[{owner}].fields[{f.name}]",
                    f"the relationship {rel.source} → {rel.target} is optional, but "
                    f"{owner}.{f.name} is NOT NULL: every {owner} must have one",
                )
