"""Stage 4: databases, entities, fields, relationships, indexes, pools, caching, backups."""

import contextlib
from collections.abc import Iterator
from enum import StrEnum

from pydantic import Field as PydanticField
from pydantic import PrivateAttr

from designer.model.base import Part
from designer.model.factories import new_list
from designer.model.types import EnumType, FieldType, Member

__all__ = [
    "Backups", "CacheRule", "Cardinality", "Data", "Database", "Engine", "Entity", "EnumType",
    "Field", "FieldType", "Index", "Member", "OnDelete", "Pool", "Relationship",
]


class Engine(StrEnum):
    """Database engine."""

    POSTGRESQL = "postgresql"
    MYSQL = "mysql"
    MARIADB = "mariadb"
    SQLITE = "sqlite"
    MONGODB = "mongodb"
    REDIS = "redis"
    ELASTICSEARCH = "elasticsearch"
    DYNAMODB = "dynamodb"
    CASSANDRA = "cassandra"
    OTHER = "other"


class Database(Part):
    """A database the backend uses."""

    name: str = ""
    """Unique name, e.g. main, orders-db."""
    engine: Engine = Engine.POSTGRESQL
    """Engine."""
    version: str = ""
    """Engine version, e.g. 16."""
    purpose: str = ""
    """What it stores."""
    service: str = ""
    """Owning service (database-per-service); empty when shared or in a monolith."""
    read_replicas: int = PydanticField(default=0, ge=0)
    """Number of read replicas."""


class OnDelete(StrEnum):
    """What happens to referencing rows when the referenced row is deleted."""

    CASCADE = "cascade"
    RESTRICT = "restrict"
    SET_NULL = "set_null"
    NO_ACTION = "no_action"


class Field(Member):
    """A field (column) of an entity: a typed member with the facts of storage."""

    unique: bool = False
    """Values are unique."""
    primary_key: bool = False
    """Part of the primary key."""
    references: str = ""
    """Entity this field is a foreign key to (`User` or `User.id`); empty if not a FK."""
    on_delete: OnDelete = OnDelete.RESTRICT
    """FK behaviour on delete."""
    on_update: OnDelete = OnDelete.NO_ACTION
    """FK behaviour when the referenced key changes (no action: the change is refused)."""
    pii: bool = False
    """Personal data: encrypted at rest or masked in logs, covered by retention rules."""
    writable_by: list[str] = PydanticField(default_factory=new_list)
    """Roles that may set this privileged field (e.g. `role`, `status`); when set, the public
    create and update bodies leave it out and only endpoints limited to these roles accept it."""

    @property
    def reference_entity(self) -> str:
        """The entity part of `references`."""
        return self.references.split(".", 1)[0] if self.references else ""


class Index(Part):
    """A single or composite index."""

    fields: list[str] = PydanticField(default_factory=new_list)
    """Indexed fields, in order."""
    unique: bool = False
    """Unique index."""
    name: str = ""
    """Explicit name; derived from entity and fields when empty."""


class Entity(Part):
    """A stored thing: a table, collection or document type."""

    name: str = ""
    """Unique entity name, e.g. Order."""
    description: str = ""
    """What it represents."""
    service: str = ""
    """Owning service; empty in a monolith."""
    database: str = ""
    """Database it lives in; empty means the first database."""
    fields: list[Field] = PydanticField(default_factory=new_list)
    """Fields, primary key first by convention."""
    indexes: list[Index] = PydanticField(default_factory=new_list)
    """Indexes beyond the primary key."""
    timestamps: bool = True
    """Has created_at / updated_at."""
    soft_delete: bool = False
    """Rows are marked deleted instead of removed."""

    def field(self, name: str) -> Field | None:
        """The field called `name`, if any."""
        return next((f for f in self.fields if f.name == name), None)


class Cardinality(StrEnum):
    """Relationship cardinality."""

    ONE_TO_ONE = "one_to_one"
    ONE_TO_MANY = "one_to_many"
    MANY_TO_MANY = "many_to_many"


class Relationship(Part):
    """A relationship between two entities; `source` is the "one" side of one-to-many."""

    source: str = ""
    """Entity on the one side (one-to-many) or either side."""
    target: str = ""
    """Entity on the many side (one-to-many) or the other side."""
    kind: Cardinality = Cardinality.ONE_TO_MANY
    """Cardinality."""
    through: str = ""
    """Join entity of a many-to-many."""
    required: bool = True
    """The target must have a source (the FK is not nullable)."""
    on_delete: OnDelete = OnDelete.RESTRICT
    """What deleting the source does to targets."""
    on_update: OnDelete = OnDelete.NO_ACTION
    """What changing the source's key does to targets (no action: the change is refused)."""
    name: str = ""
    """Verb label for diagrams, e.g. places."""


class CacheStore(StrEnum):
    """Where cached data lives."""

    REDIS = "redis"
    MEMCACHED = "memcached"
    IN_MEMORY = "in_memory"
    CDN = "cdn"
    HTTP = "http"


class Invalidation(StrEnum):
    """How a cache entry stops being served."""

    TTL = "ttl"
    EVENT = "event"
    WRITE_THROUGH = "write_through"
    EXPLICIT = "explicit"


class CacheRule(Part):
    """What is cached, where, for how long, and how it is invalidated."""

    target: str = ""
    """What is cached: an entity, an endpoint or a key pattern (`user:{id}`)."""
    store: CacheStore = CacheStore.REDIS
    """Where."""
    ttl_seconds: int = PydanticField(default=300, ge=0)
    """Time to live."""
    invalidation: Invalidation = Invalidation.TTL
    """How entries are invalidated."""
    pattern: str = "cache-aside"
    """cache-aside, read-through, write-through or write-behind."""


class Pool(Part):
    """Database connection pool per instance."""

    min_size: int = PydanticField(default=10, ge=0)
    """Connections kept open."""
    max_size: int = PydanticField(default=20, ge=1)
    """Upper bound."""
    timeout_ms: int = PydanticField(default=5000, ge=0)
    """Wait for a free connection before failing."""


class Backups(Part):
    """Backup and restore."""

    strategy: str = ""
    """e.g. daily snapshots + WAL archiving (point-in-time recovery)."""
    frequency: str = ""
    """e.g. daily."""
    retention_days: int | None = PydanticField(default=None, ge=0)
    """How long backups are kept."""
    rpo_minutes: int | None = PydanticField(default=None, ge=0)
    """Recovery point objective."""
    rto_minutes: int | None = PydanticField(default=None, ge=0)
    """Recovery time objective."""


class Data(Part):
    """Everything the data stage decides."""

    databases: list[Database] = PydanticField(default_factory=new_list)
    """Databases."""
    orm: str = ""
    """ORM / data mapper, e.g. SQLAlchemy 2.0, Prisma, JPA / Hibernate."""
    migration_tool: str = ""
    """Migration tool, e.g. Alembic, Flyway, Liquibase, Prisma Migrate."""
    entities: list[Entity] = PydanticField(default_factory=new_list)
    """Entities."""
    enums: list[EnumType] = PydanticField(default_factory=new_list)
    """Named enums that fields of entities and schemas share."""
    relationships: list[Relationship] = PydanticField(default_factory=new_list)
    """Relationships between entities."""
    pool: Pool = PydanticField(default_factory=Pool)
    """Connection pool sizing."""
    caching: list[CacheRule] = PydanticField(default_factory=new_list)
    """Cache rules."""
    backups: Backups = PydanticField(default_factory=Backups)
    """Backups."""
    retention: str = ""
    """Data retention and deletion policy (what is deleted or anonymised, and when)."""

    _entity_index: dict[str, Entity] | None = PrivateAttr(default=None)

    def entity(self, name: str) -> Entity | None:
        """The entity called `name`, if any (the first, should two share it)."""
        if self._entity_index is not None:
            return self._entity_index.get(name)
        return next((e for e in self.entities if e.name == name), None)

    @contextlib.contextmanager
    def indexed(self) -> Iterator[None]:
        """Within: `entity()` is a dictionary look-up instead of a scan of the list.

        For work that reads the design without changing it (the review, an export), which
        looks entities up by name from loops over endpoints and fields: with 1,000 entities
        the scans made the review quadratic. Nested uses share the outer index.
        """
        if self._entity_index is not None:
            yield
            return
        index: dict[str, Entity] = {}
        for entity in self.entities:
            index.setdefault(entity.name, entity)
        self._entity_index = index
        try:
            yield
        finally:
            self._entity_index = None

    def enum(self, name: str) -> EnumType | None:
        """The named enum called `name`, if any."""
        return next((e for e in self.enums if e.name == name), None)
