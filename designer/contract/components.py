"""The running parts of a design besides its own code: databases, the cache, the broker.

Diagrams, the environment table and the deployment plan all read this one list, so a Redis
that is the design's cache, its broker and its session store is one component with three roles
(one node, one connection variable), and an edge is drawn only from the services that use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.contract.events import resolve
from designer.model.architecture import ArchitectureStyle, Broker
from designer.model.auth import AuthMethod, SessionStore
from designer.model.data import CacheStore, Database, Engine
from designer.model.design import Design
from designer.model.labels import label

REDIS_BROKERS = {Broker.REDIS_PUBSUB, Broker.REDIS_STREAMS}
POOLING = {Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB, Engine.SQLITE, Engine.MONGODB}
"""Engines whose clients keep a connection pool per instance (HTTP-API stores like DynamoDB
and Elasticsearch, and Redis's multiplexed clients, have nothing to size)."""


@dataclass(frozen=True)
class Component:
    """One running part the backend connects to."""

    key: str
    """Stable id for diagrams: `db1`, `cache`, `broker`."""
    name: str
    """What the design calls it."""
    technology: str
    """Engine or product with version, e.g. `Redis 7`."""
    roles: tuple[str, ...]
    """What the design uses it for: database, cache, broker, sessions."""
    users: tuple[str, ...]
    """Services that use it; empty when the whole backend does."""
    purpose: str
    """The configuration that reaches it (see `EnvVar.purpose`)."""

    @property
    def title(self) -> str:
        """`cache (Redis 7): cache, broker` — name, technology and roles beyond the obvious."""
        head = f"{self.name} ({self.technology})" if self.technology else self.name
        # A database is what its name says; a store with further roles lists them.
        extra = [r for r in self.roles if r != "database"]
        return head + (": " + ", ".join(extra) if len(self.roles) > 1 else "")


def _database_users(design: Design, db: Database, first: bool) -> tuple[str, ...]:
    if db.service:
        return (db.service,)
    users = {e.service for e in design.data.entities if e.service
             and (e.database == db.name or (first and not e.database))}
    return tuple(s.name for s in design.architecture.services if s.name in users)


def _cache_users(design: Design) -> tuple[str, ...]:
    entities = {e.name: e.service for e in design.data.entities}
    users = set()
    for rule in design.data.caching:
        owner = entities.get(rule.target.split(":", 1)[0], "")
        if not owner:
            return ()  # a rule the design ties to no service: the whole backend caches
        users.add(owner)
    return tuple(s.name for s in design.architecture.services if s.name in users)


def _broker_users(design: Design) -> tuple[str, ...]:
    senders, receivers = resolve(design).broker_users()
    users = set(senders) | set(receivers)
    return tuple(s.name for s in design.architecture.services if s.name in users)


def _redis_roles(design: Design) -> list[str]:
    roles = []
    if uses_cache(design) and cache_technology(design).lower().startswith("redis"):
        roles.append("cache")
    if design.architecture.broker in REDIS_BROKERS:
        roles.append("broker")
    if AuthMethod.SESSION in design.auth.methods \
            and design.auth.session.store is SessionStore.REDIS:
        roles.append("sessions")
    return roles


def uses_cache(design: Design) -> bool:
    """Whether the design caches in a store of its own (not only HTTP or CDN caching)."""
    remote = [r for r in design.data.caching
              if r.store in {CacheStore.REDIS, CacheStore.MEMCACHED}]
    return bool(design.stack.cache.strip() or remote)


def cache_technology(design: Design) -> str:
    """The cache product as the design names it; Redis when only rules say `redis`."""
    if design.stack.cache.strip():
        return design.stack.cache.strip()
    stores = {r.store for r in design.data.caching}
    return "Memcached" if CacheStore.MEMCACHED in stores and CacheStore.REDIS not in stores \
        else "Redis"


def database_purpose(db: Database) -> str:
    """The `EnvVar.purpose` of a database's connection."""
    return f"database:{db.name}"


def _together(groups: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Users of a component with several roles; empty (the whole backend) if any role is."""
    if not groups or any(not g for g in groups):
        return ()
    return tuple(dict.fromkeys(u for g in groups for u in g))


def _role_users(design: Design, role: str) -> tuple[str, ...]:
    if role == "cache":
        return _cache_users(design)
    if role == "broker":
        return _broker_users(design)
    return ()  # sessions: every service that signs callers in, i.e. the whole backend


def components(design: Design) -> list[Component]:
    """Every component in design order: databases, then the cache, the broker and the session
    store unless one before already is them (a Redis database takes the Redis roles)."""
    data, arch = design.data, design.architecture
    out: list[Component] = []
    redis_roles = _redis_roles(design)
    for i, db in enumerate(data.databases):
        roles, groups = ["database"], [_database_users(design, db, i == 0)]
        if db.engine is Engine.REDIS and redis_roles:
            roles += redis_roles
            groups += [_role_users(design, r) for r in redis_roles]
            redis_roles = []  # the first Redis database is the one Redis of the design
        technology = f"{label(db.engine)} {db.version}".strip()
        out.append(Component(f"db{i + 1}", db.name or "database", technology, tuple(roles),
                             _together(groups), database_purpose(db)))
    taken = {r for c in out for r in c.roles}
    if uses_cache(design) and "cache" not in taken:
        technology = cache_technology(design)
        roles = ["cache", *(r for r in redis_roles if r != "cache")] \
            if "cache" in redis_roles else ["cache"]
        out.append(Component("cache", "cache", technology, tuple(roles),
                             _together([_role_users(design, r) for r in roles]), "cache"))
        taken |= set(roles)
    if arch.broker is not Broker.NONE and "broker" not in taken:
        out.append(Component("broker", "broker", label(arch.broker), ("broker",),
                             _broker_users(design), "broker"))
    if "sessions" in redis_roles and "sessions" not in taken:
        out.append(Component("sessions", "session store", "Redis", ("sessions",), (),
                             "sessions"))
    return out


def one_unit(design: Design) -> bool:
    """Whether the backend ships as one deployable unit: a monolith, or a modular monolith whose
    services are modules of one process (bounded contexts, not separate deployments)."""
    return not design.architecture.services or design.architecture.style in {
        ArchitectureStyle.MONOLITH, ArchitectureStyle.MODULAR_MONOLITH}


def pools(design: Design) -> bool:
    """Whether any database of the design has a connection pool to size."""
    return any(db.engine in POOLING for db in design.data.databases)
