"""Rules the SQL schema makes checkable: foreign keys no index leads, money in floating point,
MySQL strings without a length, nullable keys (seed 000 성능 체크, 001 단계 3).

They read the tables of contract/storage.py, the same ones the DDL is written from, so a finding
names exactly what the exported schema would hold.
"""

from __future__ import annotations

from collections.abc import Iterator

from designer.contract import storage
from designer.model.data import Engine, Entity
from designer.model.design import Design
from designer.model.progress import Stage
from designer.model.types import FieldType, Shape
from designer.review.facts import entity_location, password_fields
from designer.review.registry import Hit, Severity, rule

PERF = "000 성능 체크"
NORMAL = "001 단계 3 (정규화)"
_MYSQL = frozenset({Engine.MYSQL, Engine.MARIADB})


def _leads(columns: tuple[str, ...], table: storage.Table) -> bool:
    """Whether an index of `table` starts with `columns` (primary key, unique, or index)."""
    keys = [table.primary_key, *table.uniques, *(i.columns for i in table.indexes)]
    return any(key[:len(columns)] == columns for key in keys if key)


def _plain_unindexed(entity: Entity, field: str) -> bool:
    """DATA-002's own case: a field that is no key and leads no index."""
    found = entity.field(field)
    return found is not None and not (found.unique or found.primary_key) and not any(
        index.fields[:1] == [field] for index in entity.indexes)


@rule(
    "DATA-011",
    Severity.WARNING,
    "foreign key that no index leads",
    category="data",
    seed=PERF,
    stage=Stage.DATA,
    fix="Add an index that starts with the foreign key: a composite key serves lookups by its "
    "first column only.",
)
def _fk_not_leading(d: Design) -> Iterator[Hit]:
    for db, _ in storage.stored(d, storage.RELATIONAL):
        for table in storage.tables(d, db):
            for fk in table.foreign_keys:
                if _leads(fk.columns, table):
                    continue
                entity = table.entity
                if entity is None or _plain_unindexed(entity, fk.columns[0]):
                    continue  # join tables index both sides; DATA-002 reports plain fields
                yield Hit(entity_location(entity, fk.columns[0]),
                          f"references {fk.table} but is not the first column of any index "
                          f"(the primary key is {', '.join(table.primary_key)})")


@rule(
    "DATA-012",
    Severity.ERROR,
    "money stored as floating point",
    category="data",
    seed="001 아키텍처 품질 체크리스트",
    stage=Stage.DATA,
    fix="Type the field money (with its currency) or decimal with precision and scale: binary "
    "floating point cannot hold 0.1 exactly.",
)
def _money_float(d: Design) -> Iterator[Hit]:
    for entity in d.data.entities:
        for field in entity.fields:
            if storage.is_money_float(field):
                yield Hit(entity_location(entity, field.name),
                          f"{field.name} looks like an amount but is a float")


@rule(
    "DATA-013",
    Severity.WARNING,
    "MySQL string without a length",
    category="data",
    seed=NORMAL,
    stage=Stage.DATA,
    fix="Give the field a max length: MySQL needs one for varchar, and the schema falls back "
    "to varchar(255).",
)
def _mysql_varchar(d: Design) -> Iterator[Hit]:
    for db, entities in storage.stored(d, _MYSQL):
        for entity in entities:
            for field in entity.fields:
                if (field.type == FieldType.STRING and field.shape is Shape.ONE
                        and field.max_length is None):
                    yield Hit(entity_location(entity, field.name),
                              f"{field.name} is stored in {db.name} ({db.engine.value}) "
                              "without a length")


@rule(
    "DATA-014",
    Severity.WARNING,
    "nullable primary key",
    category="data",
    seed=NORMAL,
    stage=Stage.DATA,
    fix="A primary key is never null: clear nullable on the field (the schema declares it NOT "
    "NULL regardless).",
)
def _nullable_key(d: Design) -> Iterator[Hit]:
    for entity in d.data.entities:
        for field in storage.primary_key(entity):
            if field.nullable:
                yield Hit(entity_location(entity, field.name),
                          f"{field.name} is part of the primary key but nullable")


_SIGN_IN = frozenset({"email", "username", "user_name", "login", "login_id", "phone",
                      "phone_number", "mobile"})
"""Fields a person signs in with: two rows with the same one are two accounts for one login."""


def _unique(entity: Entity, name: str) -> bool:
    """Whether `name` is kept unique by the entity: a unique field, the whole primary key, or
    any unique index that holds it (a key unique per tenant counts)."""
    found = entity.field(name)
    if found is None:
        return True
    keys = storage.primary_key(entity)
    return found.unique or (found.primary_key and len(keys) == 1) or any(
        index.unique and name in index.fields for index in entity.indexes)


def _business_keys(entity: Entity, signs_in: bool) -> Iterator[str]:
    """Fields that name one row to people: the sign-in identifier of an entity holding
    passwords, and a number or code named after the entity itself (Order.order_number)."""
    own = storage.table_name(entity.name)
    for field in entity.fields:
        if field.shape is not Shape.ONE or field.references:
            continue
        name = field.name.strip().lower()
        if (signs_in and name in _SIGN_IN) or name in (f"{own}_number", f"{own}_no",
                                                        f"{own}_code"):
            yield field.name


@rule(
    "DATA-016",
    Severity.WARNING,
    "business key not unique",
    category="data",
    seed=NORMAL,
    stage=Stage.DATA,
    fix="Mark the field unique (or add a unique index, per tenant where that applies): the "
    "surrogate id keeps rows apart, but nothing stops two rows with the same business key.",
)
def _business_key_not_unique(d: Design) -> Iterator[Hit]:
    credentials = {entity.name for entity, _ in password_fields(d)}
    for entity in d.data.entities:
        for name in _business_keys(entity, entity.name in credentials):
            if not _unique(entity, name):
                why = ("people sign in with it" if entity.name in credentials
                       else f"it names one {entity.name}")
                yield Hit(entity_location(entity, name),
                          f"{name} is not unique, although {why}: two rows could share it")
