"""Random entity graphs with hostile names, for the SQL and DBML property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from designer.contract import storage
from designer.model import Design
from designer.model.data import (
    Cardinality,
    Database,
    Engine,
    Entity,
    Field,
    Index,
    OnDelete,
    Relationship,
)
from designer.model.types import EnumType, Shape

# Names a user may type that break naive DDL.
HOSTILE = [
    "order", "user", "select", "group", "table", "key", "Order", "ORDER", "주문", "회원 정보",
    "상품_가격", 'say "hi"', "it's", "back`tick", "🎉 party", "x😀y", "a" * 70, "가" * 40,
    "name", "Name", "created_at", "id", "from where", "\\slash", "semi;colon", "-- dash",
    "가나다라마바사아자차카타파하" * 3,
]
_NAME = st.one_of(st.sampled_from(HOSTILE),
                  st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("C", "Z")),
                          min_size=1, max_size=24))
_KEY_TYPES = [("uuid", None), ("integer", None), ("bigint", None), ("string", 40),
              ("text", None), ("string", 1000)]
_FIELD_TYPES = ["string", "text", "integer", "bigint", "decimal", "float", "boolean", "uuid",
                "date", "datetime", "time", "email", "url", "json", "binary", "money", "enum",
                "Mood", "list", "map"]


@st.composite
def graphs(draw: st.DrawFn, engine: Engine) -> Design:
    """A design of 1-4 entities with hostile names, keys, references, indexes and
    relationships, stored in one database of `engine`."""
    design = Design()
    data = design.data
    data.databases = [Database(name="db", engine=engine)]
    data.enums = [EnumType(name="Mood", values=draw(st.lists(_NAME, min_size=1, max_size=3,
                                                             unique=True)))]
    names = draw(st.lists(_NAME, min_size=1, max_size=4, unique_by=str.strip).filter(
        lambda ns: all(n.strip() for n in ns)))
    for name in names:
        key_type, length = draw(st.sampled_from(_KEY_TYPES))
        fields = [Field(name=draw(_NAME), type=key_type, max_length=length, primary_key=True)]
        if draw(st.booleans()):
            fields.append(Field(name=draw(_NAME), type="uuid", primary_key=True))
        for _ in range(draw(st.integers(0, 4))):
            fields.append(_field(draw, draw(_NAME)))
        seen: set[str] = set()
        fields = [f for f in fields if f.name.strip() and not (f.name in seen or seen.add(f.name))]
        if not any(f.primary_key for f in fields):
            continue
        entity = Entity(name=name, fields=fields, timestamps=draw(st.booleans()),
                        soft_delete=draw(st.booleans()), description=draw(_NAME))
        scalar = [f.name for f in fields if f.shape is Shape.ONE and f.type != "json"]
        if scalar:
            columns = draw(st.lists(st.sampled_from(scalar), min_size=1, max_size=3, unique=True))
            entity.indexes.append(Index(fields=columns, unique=draw(st.booleans()),
                                        name=draw(st.sampled_from(["", *HOSTILE[:4]]))))
        data.entities.append(entity)
    keyed = [e for e in data.entities if len(storage.primary_key(e)) == 1]
    for entity in data.entities:
        if keyed and draw(st.booleans()):
            target = draw(st.sampled_from(keyed))
            key = storage.primary_key(target)[0]
            name = draw(_NAME)
            if entity.field(name) is None and name.strip():
                entity.fields.append(Field(
                    name=name, type=key.type, max_length=key.max_length, references=target.name,
                    nullable=draw(st.booleans()),
                    on_delete=draw(st.sampled_from(list(OnDelete))),
                    on_update=draw(st.sampled_from(list(OnDelete)))))
    for _ in range(draw(st.integers(0, 2))):
        if len(keyed) >= 1:
            data.relationships.append(Relationship(
                source=draw(st.sampled_from(keyed)).name,
                target=draw(st.sampled_from(data.entities)).name,
                kind=draw(st.sampled_from(list(Cardinality))), required=draw(st.booleans()),
                on_update=draw(st.sampled_from(list(OnDelete)))))
    return design


def _field(draw: st.DrawFn, name: str) -> Field:
    kind = draw(st.sampled_from(_FIELD_TYPES))
    field = Field(name=name, nullable=draw(st.booleans()), unique=draw(st.booleans()),
                  description=draw(st.sampled_from(["", *HOSTILE])))
    if kind in ("list", "map"):
        field.type, field.shape = "string", Shape.LIST if kind == "list" else Shape.MAP
        field.unique = False
    elif kind == "enum":
        field.type = "enum"
        field.enum_values = draw(st.lists(_NAME, min_size=1, max_size=3, unique=True))
    else:
        field.type = kind
    if kind in ("string", "email") and draw(st.booleans()):
        field.max_length = draw(st.integers(1, 200))
    if kind in ("string", "text"):
        field.min_length = draw(st.sampled_from([None, 1, 3]))
        field.pattern = draw(st.sampled_from(["", "^[a-z]+$", "^[가-힣 ]*$", r"^\d{3}-\d{4}$"]))
    if kind in ("integer", "decimal", "money"):
        field.minimum = draw(st.sampled_from([None, 0, -5.5]))
        field.maximum = draw(st.sampled_from([None, 100, 1e6]))
    if kind == "decimal" and draw(st.booleans()):
        field.precision, field.scale = draw(st.integers(1, 30)), draw(st.integers(0, 10))
    if kind == "money":
        field.currency = draw(st.sampled_from(["KRW", "USD", ""]))
    if kind in ("json", "binary", "text", "url"):
        field.unique = False  # MySQL keys cannot hold TEXT, BLOB or JSON columns whole
    return field
