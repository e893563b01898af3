"""How entities are stored: which database holds each entity, and the tables, columns and keys a
relational database gets.

These are the design's own facts, before any SQL dialect: the DDL of every dialect, the DBML,
the initial migration and the review rules that check keys and indexes all read one `Table`
list from here, so they agree on which columns a relationship adds and what a primary key is.
Names are logical (a dialect still quotes and, where it must, shortens them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from designer.contract.naming import NameTable, short_hash, snake
from designer.model.data import Cardinality, Engine, OnDelete
from designer.model.types import FieldType, Member, Shape

if TYPE_CHECKING:
    from designer.model.data import Database, Entity, Relationship
    from designer.model.data import Field as EntityField
    from designer.model.design import Design

RELATIONAL = frozenset({Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB, Engine.SQLITE})
"""Engines whose schema is SQL DDL."""

DOCUMENT = frozenset({Engine.MONGODB})
"""Engines whose collections take a `$jsonSchema` validator."""

_SAFE_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPACES = re.compile(r"[\s-]+")


def database_of(design: Design, entity: Entity) -> Database | None:
    """The database `entity` lives in: the one it names, else the design's first database."""
    databases = design.data.databases
    if entity.database:
        return next((db for db in databases if db.name == entity.database), None)
    return databases[0] if databases else None


def entities_in(design: Design, database: Database) -> list[Entity]:
    """The entities stored in `database`, in design order (unnamed entities left out)."""
    out = []
    for entity in design.data.entities:
        home = database_of(design, entity)
        if entity.name.strip() and home is not None and home.name == database.name:
            out.append(entity)
    return out


def stored(design: Design, engines: frozenset[Engine]) -> list[tuple[Database, list[Entity]]]:
    """Each database of one of `engines` that holds at least one entity, in design order; the
    first of two databases with the same name wins (a reported problem)."""
    seen: set[str] = set()
    out = []
    for db in design.data.databases:
        if db.engine not in engines or db.name in seen:
            continue
        seen.add(db.name)
        entities = entities_in(design, db)
        if entities:
            out.append((db, entities))
    return out


def file_stems(databases: list[Database]) -> dict[str, str]:
    """Database name → a file name stem: the name when it is a plain file name, else its
    snake_case (or a hash), unique ignoring case."""
    table = NameTable()
    out = {}
    for db in databases:
        base = db.name if _SAFE_STEM.match(db.name) else (snake(db.name) or
                                                           f"db_{short_hash(db.name)}")
        out[db.name] = table.take(base)
    return out


def table_name(entity_name: str) -> str:
    """The table of an entity: `OrderItem` → `order_item`; letters other than ASCII kept as
    typed (`주문` stays `주문`), spaces and hyphens become underscores."""
    text = _SPACES.sub("_", _CAMEL.sub("_", entity_name.strip()))
    return "".join(c.lower() if c.isascii() else c for c in text) or "table"


def primary_key(entity: Entity) -> list[EntityField]:
    """The primary-key fields of `entity`, in field order (several: a composite key)."""
    return [f for f in entity.fields if f.primary_key and f.name.strip()]


@dataclass(frozen=True)
class Column:
    """A column of a table."""

    name: str
    """Logical column name (the field's name for a field)."""
    member: Member
    """Its type and constraints (a field, or one made for a derived column)."""
    nullable: bool
    """NULL allowed."""
    origin: str = "field"
    """`field`, `timestamp` (created_at, updated_at, deleted_at), `relationship` (a foreign key
    a relationship implies) or `join` (a column of a many-to-many join table)."""
    identity: bool = False
    """A generated integer key (identity / AUTO_INCREMENT)."""
    generated_uuid: bool = False
    """A uuid key the database fills in when the insert leaves it out."""


@dataclass(frozen=True)
class ForeignKey:
    """A foreign key: columns of this table that reference a key of another."""

    columns: tuple[str, ...]
    """Referencing columns."""
    table: str
    """Referenced table."""
    referenced: tuple[str, ...]
    """Referenced columns (the other table's primary key or a unique column)."""
    on_delete: OnDelete
    """What deleting the referenced row does."""
    on_update: OnDelete = OnDelete.NO_ACTION
    """What changing the referenced key does."""


@dataclass(frozen=True)
class TableIndex:
    """An index beyond the primary key."""

    columns: tuple[str, ...]
    """Indexed columns, in order."""
    unique: bool = False
    """A unique index."""
    name: str = ""
    """The design's explicit name; empty: derived."""


@dataclass
class Table:
    """A table of a relational database."""

    name: str
    """Logical table name."""
    entity: Entity | None
    """The entity it stores; None for a join table."""
    description: str = ""
    """What a row is."""
    columns: list[Column] = field(default_factory=list)
    """Columns, in order: fields, derived foreign keys, timestamps."""
    primary_key: tuple[str, ...] = ()
    """Primary-key columns (empty: none designed)."""
    uniques: list[tuple[str, ...]] = field(default_factory=list)
    """Unique constraints of single fields."""
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    """Foreign keys, in column order."""
    indexes: list[TableIndex] = field(default_factory=list)
    """Indexes from the design, then indexes on derived foreign keys."""
    skipped: list[str] = field(default_factory=list)
    """What the design asks for that this table cannot hold, one sentence each."""

    def column(self, name: str) -> Column | None:
        """The column called `name`, if any."""
        return next((c for c in self.columns if c.name == name), None)


def _key_target(entity: Entity) -> list[EntityField]:
    """The single column a reference to `entity` points at: its one-column primary key."""
    keys = primary_key(entity)
    return keys if len(keys) == 1 else []


def _referenced(design: Design, field_: EntityField, tables: dict[str, str]
                ) -> tuple[Entity, EntityField] | None:
    """The entity and column `field_.references` points at, when the database can enforce it:
    same database's entity, and a single primary-key or unique column."""
    target = design.data.entity(field_.reference_entity)
    if target is None or target.name not in tables:
        return None
    _, _, column = field_.references.partition(".")
    if column:
        found = target.field(column)
        if found is None or not (found.unique or (found.primary_key and
                                                  len(primary_key(target)) == 1)):
            return None
        return target, found
    keys = _key_target(target)
    return (target, keys[0]) if keys else None


def _key_member(key: EntityField, name: str, nullable: bool) -> Member:
    """A derived column typed like the key it references."""
    return Member(name=name, type=key.type, nullable=nullable, max_length=key.max_length,
                  precision=key.precision, scale=key.scale, currency=key.currency,
                  enum_values=list(key.enum_values))


def _timestamp(name: str, nullable: bool) -> Column:
    member = Member(name=name, type=FieldType.DATETIME.value, nullable=nullable)
    return Column(name, member, nullable, origin="timestamp")


def _entity_table(design: Design, entity: Entity, tables: dict[str, str]) -> Table:
    table = Table(tables[entity.name], entity, entity.description)
    seen: set[str] = set()
    keys = primary_key(entity)
    for f in entity.fields:
        if not f.name.strip():
            continue
        if f.name in seen:
            table.skipped.append(f"field {f.name} repeats a column name")
            continue
        seen.add(f.name)
        single_key = f.primary_key and len(keys) == 1 and not f.references
        identity = single_key and f.type in (FieldType.INTEGER, FieldType.BIGINT) \
            and f.shape is Shape.ONE and not f.default
        uuid_key = single_key and f.type == FieldType.UUID and f.shape is Shape.ONE \
            and not f.default
        # A primary-key column is never null, whatever the field says; a reference that sets
        # null on delete must accept null.
        set_null = bool(f.references) and OnDelete.SET_NULL in (f.on_delete, f.on_update)
        nullable = (f.nullable or set_null) and not f.primary_key
        table.columns.append(Column(f.name, f, nullable, identity=identity,
                                    generated_uuid=uuid_key))
        if f.unique and not (f.primary_key and len(keys) == 1):
            table.uniques.append((f.name,))
        if f.references:
            target = _referenced(design, f, tables)
            if target is None:
                table.skipped.append(f"{f.name} references {f.references}, which this database "
                                     "cannot enforce (another database, or no single key)")
            else:
                other, key = target
                on_delete = f.on_delete
                if f.primary_key and on_delete is OnDelete.SET_NULL:
                    table.skipped.append(f"{f.name} is part of the primary key and cannot be "
                                         "set to null: its foreign key restricts deletes")
                    on_delete = OnDelete.RESTRICT
                on_update = f.on_update
                if f.primary_key and on_update is OnDelete.SET_NULL:
                    table.skipped.append(f"{f.name} is part of the primary key and cannot be "
                                         "set to null: its foreign key refuses key changes")
                    on_update = OnDelete.NO_ACTION
                table.foreign_keys.append(ForeignKey((f.name,), tables[other.name], (key.name,),
                                                     on_delete, on_update))
    table.primary_key = tuple(k.name for k in keys if table.column(k.name))
    # The timestamp columns come last (`_add_timestamps`), but an index may name them already.
    implicit = {name for name, _ in _implicit_timestamps(entity)}
    for index in entity.indexes:
        columns = [c for c in index.fields if c.strip()]
        missing = [c for c in columns if table.column(c) is None and c not in implicit]
        if not columns or missing:
            table.skipped.append("index (" + ", ".join(index.fields) + ") names no field"
                                 if not columns else
                                 f"index ({', '.join(columns)}) names unknown field(s) "
                                 + ", ".join(missing))
            continue
        table.indexes.append(TableIndex(tuple(dict.fromkeys(columns)), index.unique, index.name))
    return table


def _represented(design: Design, rel: Relationship) -> bool:
    """Whether a field already carries the relationship (a reference either way)."""
    pairs = ((rel.target, rel.source), (rel.source, rel.target))
    for owner, other in pairs:
        entity = design.data.entity(owner)
        if entity and any(f.reference_entity == other for f in entity.fields):
            return True
    return False


def _add_relationship_key(design: Design, rel: Relationship, table: Table,
                          tables: dict[str, str]) -> None:
    """The foreign-key column a one-to-many or one-to-one relationship implies on its target
    when no field carries it: `<source>_id`, typed like the source's key, indexed."""
    source = design.data.entity(rel.source)
    keys = _key_target(source) if source else []
    if not keys or source is None:
        table.skipped.append(f"relationship from {rel.source} has no single key to reference")
        return
    taken = NameTable([c.name for c in table.columns])
    name = taken.take(f"{tables[source.name]}_{keys[0].name}")
    nullable = not rel.required or OnDelete.SET_NULL in (rel.on_delete, rel.on_update)
    member = _key_member(keys[0], name, nullable)
    member.description = f"{rel.source} of this {rel.target}" + (f" ({rel.name})"
                                                                   if rel.name else "")
    # Keep timestamps last: the derived key goes after the fields.
    at = next((i for i, c in enumerate(table.columns) if c.origin == "timestamp"),
              len(table.columns))
    table.columns.insert(at, Column(name, member, nullable, origin="relationship"))
    table.foreign_keys.append(ForeignKey((name,), tables[source.name], (keys[0].name,),
                                         rel.on_delete, rel.on_update))
    if rel.kind is Cardinality.ONE_TO_ONE:
        table.uniques.append((name,))
    else:
        table.indexes.append(TableIndex((name,)))


def _join_table(design: Design, rel: Relationship, tables: dict[str, str],
                taken: NameTable) -> Table | None:
    """The join table of a many-to-many without a `through` entity: a key column for each
    side, both the primary key, each cascading."""
    left, right = design.data.entity(rel.source), design.data.entity(rel.target)
    if left is None or right is None:
        return None
    left_keys, right_keys = _key_target(left), _key_target(right)
    if not left_keys or not right_keys:
        return None
    name = taken.take(f"{tables[left.name]}_{tables[right.name]}")
    table = Table(name, None, f"Links {left.name} and {right.name}"
                  + (f" ({rel.name})" if rel.name else "") + ".")
    columns = NameTable()
    for entity, key in ((left, left_keys[0]), (right, right_keys[0])):
        column = columns.take(f"{tables[entity.name]}_{key.name}")
        table.columns.append(Column(column, _key_member(key, column, False), False,
                                    origin="join"))
        table.foreign_keys.append(ForeignKey((column,), tables[entity.name], (key.name,),
                                             OnDelete.CASCADE))
    first, second = (c.name for c in table.columns)
    table.primary_key = (first, second)
    # The primary key serves lookups by the first column; the second needs its own index.
    table.indexes.append(TableIndex((second,)))
    return table


def _implicit_timestamps(entity: Entity) -> list[tuple[str, bool]]:
    """(name, nullable) of each column `timestamps` and `soft_delete` add, unless a field of
    that name stands in for it."""
    wanted = []
    if entity.timestamps:
        wanted += [("created_at", False), ("updated_at", False)]
    if entity.soft_delete:
        wanted.append(("deleted_at", True))
    return [(name, nullable) for name, nullable in wanted if entity.field(name) is None]


def _add_timestamps(entity: Entity, table: Table) -> None:
    for name, nullable in _implicit_timestamps(entity):
        if table.column(name) is None:
            table.columns.append(_timestamp(name, nullable))


def tables(design: Design, database: Database) -> list[Table]:
    """The tables of `database`, in design order: entity tables, then join tables."""
    entities = entities_in(design, database)
    taken = NameTable()
    names = {e.name: taken.take(table_name(e.name)) for e in entities}
    out = {e.name: _entity_table(design, e, names) for e in entities}
    joins = []
    for rel in design.data.relationships:
        if rel.source not in names or rel.target not in names:
            continue
        if rel.kind is Cardinality.MANY_TO_MANY:
            if not rel.through:
                join = _join_table(design, rel, names, taken)
                if join is not None:
                    joins.append(join)
                else:
                    # Said where the DDL shows it, never dropped silently.
                    out[rel.source].skipped.append(
                        f"many-to-many {rel.source} – {rel.target} has no join table: a join "
                        "table references one single-column key on each side")
        elif not _represented(design, rel):
            _add_relationship_key(design, rel, out[rel.target], names)
    for entity in entities:
        _add_timestamps(entity, out[entity.name])
    return [*out.values(), *joins]


def is_money_float(member: Member) -> bool:
    """A floating-point field that holds money: typed float with a currency, or named like an
    amount (price, total, 금액 …)."""
    if member.type != FieldType.FLOAT:
        return False
    if member.currency:
        return True
    words = set(re.split(r"[^a-z가-힣]+", snake(member.name) + " " + member.name.lower()))
    return bool(words & _MONEY_WORDS)


_MONEY_WORDS = frozenset({"price", "amount", "total", "cost", "fee", "balance", "subtotal",
                          "tax", "salary", "payment", "refund", "금액", "가격", "요금", "잔액"})
