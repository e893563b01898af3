"""`designer import sql`: designer's own DDL (PostgreSQL and MySQL) imports back to a design
that exports the same bytes; hand-written DDL becomes entities, keys, unique constraints,
indexes and relationships with their on-delete action; what does not fit is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sql_graphs import graphs

from designer import store
from designer.cli import main
from designer.export.sql import schema_files
from designer.export.sql.plan import build
from designer.importers.sql import entity_name, import_text
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
from designer.model.types import Shape

EXAMPLES = sorted(Path(__file__).parent.parent.glob("examples/*/*.design.yaml"))


def _files(engine: Engine) -> list[tuple[str, str]]:
    out = []
    for path in EXAMPLES:
        design = store.load(path)
        for db in design.data.databases:
            if db.engine is Engine.POSTGRESQL:
                db.engine = engine
        out += [(f"{path.parent.name}/{name}", text)
                for name, text in schema_files(design).items()]
    return out


def _cases() -> list[object]:
    return [pytest.param(text, id=name) for engine in (Engine.POSTGRESQL, Engine.MYSQL)
            for name, text in _files(engine)]


@pytest.mark.parametrize("text", _cases())
def test_every_example_ddl_round_trips_to_the_same_bytes(text: str) -> None:
    design, _ = import_text(text, "again")
    [(_, again)] = schema_files(design).items()
    assert again == text


def _own(engine: Engine) -> Design:
    """What the example DDL once failed to read back: a nullable inline enum, an index on a
    column `timestamps` adds, a list with a size range."""
    design = Design.new("own")
    design.data.databases = [Database(name="main", engine=engine)]
    design.data.entities = [Entity(name="Hook", timestamps=True, fields=[
        Field(name="id", type="uuid", primary_key=True),
        Field(name="reason", type="enum", nullable=True, enum_values=["late", "lost"]),
        Field(name="events", type="string", shape=Shape.LIST, min_items=1, max_items=50),
    ], indexes=[Index(fields=["reason", "created_at"]), Index(fields=["created_at"])])]
    return design


@pytest.mark.parametrize("engine", [Engine.POSTGRESQL, Engine.MYSQL], ids=str)
def test_inline_enums_timestamp_indexes_and_list_sizes_read_back(engine: Engine) -> None:
    [(_, text)] = schema_files(_own(engine)).items()
    assert "unknown field" not in text
    design, report = import_text(text, "again")
    hook = design.data.entity("Hook")
    assert not design.data.enums and hook.field("reason").enum_values == ["late", "lost"]
    assert hook.field("reason").nullable and hook.timestamps
    assert [i.fields for i in hook.indexes] == [["reason", "created_at"], ["created_at"]]
    events = hook.field("events")
    assert (events.shape, events.min_items, events.max_items) == (Shape.LIST, 1, 50)
    assert not report.notes
    [(_, again)] = schema_files(design).items()
    assert again == text


def _round_trips(design: Design) -> Design:
    [(_, first)] = schema_files(design).items()
    imported, _ = import_text(first, "again")
    [(_, again)] = schema_files(imported).items()
    assert again == first
    return imported


def _keyed(name: str, *fields: Field, **flags: bool) -> Entity:
    return Entity(name=name, fields=[Field(name="id", type="uuid", primary_key=True), *fields],
                  **flags)


@pytest.mark.parametrize("engine", [Engine.POSTGRESQL, Engine.MYSQL], ids=str)
def test_on_update_and_a_cycle_closed_by_alter_table_read_back(engine: Engine) -> None:
    """ON UPDATE was dropped; MySQL's ALTER TABLE … ADD CONSTRAINT (closing a reference
    cycle) was reported as having no equivalent."""
    design = Design.new("cycle")
    design.data.databases = [Database(name="main", engine=engine)]
    design.data.entities = [
        _keyed("Order", Field(name="user_id", type="uuid", nullable=True, references="User",
                              on_update=OnDelete.CASCADE)),
        _keyed("User", Field(name="order_id", type="uuid", nullable=True, references="Order",
                             on_delete=OnDelete.SET_NULL))]
    imported = _round_trips(design)
    assert imported.data.entity("Order").field("user_id").on_update is OnDelete.CASCADE
    assert imported.data.entity("User").field("order_id").references == "Order"


def test_a_mysql_prefix_index_on_a_column_named_like_a_function_reads_back() -> None:
    """`select`(191) parses as a call of `select`: it was reported as an expression index."""
    design = Design.new("prefix")
    design.data.databases = [Database(name="main", engine=Engine.MYSQL)]
    design.data.entities = [_keyed("Page", Field(name="select", type="url"),
                                   indexes=[Index(fields=["select"])])]
    assert [i.fields for i in _round_trips(design).data.entity("Page").indexes] == [["select"]]


@pytest.mark.parametrize("engine", [Engine.POSTGRESQL, Engine.MYSQL], ids=str)
def test_timestamps_beside_a_field_named_created_at_read_back(engine: Engine) -> None:
    """A field `created_at` stands in for that column, so `timestamps` adds `updated_at`
    alone: it was imported as a plain field."""
    design = Design.new("stamps")
    design.data.databases = [Database(name="main", engine=engine)]
    design.data.entities = [_keyed("Note", Field(name="created_at", type="date"),
                                   timestamps=True)]
    note = _round_trips(design).data.entity("Note")
    assert note.timestamps and [f.name for f in note.fields] == ["id", "created_at"]


@pytest.mark.parametrize("engine", [Engine.POSTGRESQL, Engine.MYSQL], ids=str)
def test_a_json_default_reads_back_as_json(engine: Engine) -> None:
    """DEFAULT '0' of a JSON column is the JSON text 0: it was read as the string '0', which
    a JSON column does not take."""
    design = Design.new("json")
    design.data.databases = [Database(name="main", engine=engine)]
    design.data.entities = [_keyed("Doc", Field(name="body", type="json", default="0"))]
    assert _round_trips(design).data.entity("Doc").field("body").default == "0"


def test_a_fraction_is_no_default_of_money_without_minor_units() -> None:
    """Won are a bigint column: DEFAULT 1.5 was written, and read back as a bigint that the
    exporter then refused it for."""
    design = Design.new("won")
    design.data.databases = [Database(name="main", engine=Engine.POSTGRESQL)]
    design.data.entities = [_keyed("Price", Field(name="amount", type="money", currency="KRW",
                                                  default="1.5"))]
    [(_, text)] = schema_files(design).items()
    assert "DEFAULT 1.5" not in text and "default 1.5 of amount" in text


def test_enum_types_come_in_the_order_of_the_tables_that_use_them() -> None:
    """Tables come in foreign-key order, enum types came in design order: the design order,
    which the DDL cannot keep, leaked into it."""
    design = Design.new("enums")
    design.data.databases = [Database(name="main", engine=Engine.POSTGRESQL)]
    design.data.entities = [
        _keyed("Child", Field(name="mood", type="enum", enum_values=["a"]),
               Field(name="parent_id", type="uuid", references="Parent")),
        _keyed("Parent", Field(name="kind", type="enum", enum_values=["b"]))]
    [(_, text)] = schema_files(design).items()
    assert text.index('"parent_kind"') < text.index('"child_mood"')
    _round_trips(design)


@pytest.mark.parametrize("engine", [Engine.POSTGRESQL, Engine.MYSQL], ids=str)
def test_join_tables_read_back_in_the_order_of_their_relationships(engine: Engine) -> None:
    """Self many-to-manys (an order's related orders, a tag hierarchy) beside others: join
    tables were turned back into relationships in the order of a set of table names, which
    follows the string hash (--hypothesis-seed=12 of the random round trip swapped
    Order–Order and Order–User). Six join tables: one order in 720 by chance."""
    design = Design.new("joins")
    design.data.databases = [Database(name="main", engine=engine)]
    design.data.entities = [_keyed("Order"), _keyed("User"), _keyed("Tag")]
    pairs = [("Order", "Order"), ("Order", "User"), ("Tag", "Tag"), ("User", "Tag"),
             ("User", "User"), ("Tag", "Order")]
    design.data.relationships = [Relationship(source=s, target=t,
                                              kind=Cardinality.MANY_TO_MANY) for s, t in pairs]
    imported = _round_trips(design)
    assert [(r.source, r.target) for r in imported.data.relationships] == pairs


@pytest.mark.parametrize("engine", [Engine.POSTGRESQL, Engine.MYSQL], ids=str)
def test_join_columns_of_a_key_too_long_for_the_dialect_read_back(engine: Engine) -> None:
    """A key named past the dialect's identifier limit is shortened (prefix and hash); the join
    column was named from the whole name, and read back from the shortened one it came out
    with another hash (deep profile, --hypothesis-seed=101, PYTHONHASHSEED=1)."""
    design = Design.new("long")
    design.data.databases = [Database(name="main", engine=engine)]
    design.data.entities = [
        Entity(name="Tag", fields=[Field(name="a" * 70, type="uuid", primary_key=True)]),
        _keyed("User")]
    design.data.relationships = [
        Relationship(source=s, target=t, kind=Cardinality.MANY_TO_MANY)
        for s, t in [("Tag", "User"), ("Tag", "Tag")]]
    # The self join's second column, shortened too, has an index whose derived name is
    # shortened as well: it was read back as a named index, so the table was no join table.
    assert [r.kind for r in _round_trips(design).data.relationships] == \
        [Cardinality.MANY_TO_MANY] * 2


def _named_as_imported(design: Design) -> bool:
    """Give every entity the name the importer reads from its table (`order` → `Order`).

    DDL keeps a table name, not the entity name it came from: `order`, `Order` and ` order`
    all become table `order` (and MySQL, whose names stay inside the BMP, writes `🎉 party` as
    `__party`); the importer names it `Order`. The name shows in the DDL only inside the
    comment of a join table (`Links Order and Tag.`), so a design named otherwise cannot give
    the same bytes back. False when two entities share one table.
    """
    [db] = design.data.databases
    tables = {t.logical.entity.name: t.name for t in build(design, db).tables
              if t.logical.entity is not None}
    names = {e.name: entity_name(tables[e.name]) for e in design.data.entities}
    if any("." in n for n in names.values()):
        return False  # a model limit: a reference is written `Entity` or `Entity.field`
    if len(set(names.values())) < len(names):
        return False
    for entity in design.data.entities:
        entity.name = names[entity.name]
        for field in entity.fields:
            head, dot, tail = field.references.partition(".")
            if head in names:
                field.references = names[head] + dot + tail
    for rel in design.data.relationships:
        rel.source = names.get(rel.source, rel.source)
        rel.target = names.get(rel.target, rel.target)
        rel.through = names.get(rel.through, rel.through)
    return True


def _nothing_left_out(design: Design) -> bool:
    """The DDL holds the whole design: no `-- …` note says the exporter left something out or
    changed it for the dialect (an index MySQL cannot create over a JSON column, a unique index
    over an AUTO_INCREMENT key, a key shortened to MySQL's limit, a default the column does not
    take, a reference between types that differ). What the DDL does not declare cannot be read
    back from it, so such designs are outside this round trip."""
    [db] = design.data.databases
    return not any(table.notes for table in build(design, db).tables)


def _flags_show(design: Design) -> bool:
    """`timestamps` and `soft_delete` add a column each unless a field of that name stands in
    for it; when fields stand in for all of them (`deleted_at` with soft delete, `created_at`
    and `updated_at` with timestamps), the DDL carries no trace of the flag."""
    for entity in design.data.entities:
        names = {f.name for f in entity.fields}
        if entity.soft_delete and "deleted_at" in names:
            return False
        if entity.timestamps and {"created_at", "updated_at"} <= names:
            return False
    return True


_DEEP = settings.default.max_examples > 150
"""A deeper search was asked for (HYPOTHESIS_PROFILE=deep, tests/conftest.py): fresh examples,
as many as the profile says. Otherwise the same 150 on every machine and every run."""


@st.composite
def _with_defaults(draw: st.DrawFn) -> Design:
    """A random graph (tests/sql_graphs.py) whose plain columns may have a default; one the
    column does not take as written is left to the application and noted (see
    `_nothing_left_out`)."""
    design = draw(st.sampled_from([Engine.POSTGRESQL, Engine.MYSQL]).flatmap(graphs))
    for entity in design.data.entities:
        for field in entity.fields:
            if not field.primary_key and not field.references:
                field.default = draw(st.sampled_from(_DEFAULTS))
    return design


_DEFAULTS = ["", "", "0", "-3", "1.5", "'x'", "true", "false", "now()", "'주문'", "'it''s'",
             "current_date"]


@settings(max_examples=max(150, settings.default.max_examples), deadline=None,
          derandomize=not _DEEP, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_with_defaults())
def test_random_designs_round_trip_to_the_same_ddl(design: Design) -> None:
    assume(_flags_show(design) and _named_as_imported(design) and _nothing_left_out(design))
    [(_, first)] = schema_files(design).items()
    # Known limit (sqlglot 30): PostgreSQL DDL naming a column's type `"a`b"` (a backtick
    # inside a quoted name) parses as an unknown type, so such enum names are left out today.
    assume(design.data.databases[0].engine is Engine.MYSQL or "`" not in first)
    imported, _ = import_text(first, "again")
    [(_, again)] = schema_files(imported).items()
    assert again == first


def test_every_dialect_has_example_ddl() -> None:
    assert _files(Engine.POSTGRESQL) and _files(Engine.MYSQL)


MYSQL = """
CREATE TABLE `customer` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(120) NOT NULL,
  `nickname` varchar(40) DEFAULT 'guest',
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_email` (`email`)
) ENGINE=InnoDB;
CREATE TABLE `orders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_id` bigint NULL,
  `status` enum('new','paid') NOT NULL DEFAULT 'new',
  `total` decimal(12,2) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_customer` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`)
    ON DELETE SET NULL
) ENGINE=InnoDB;
CREATE INDEX `orders_status` ON `orders` (`status`, `total`);
CREATE VIEW `v` AS SELECT 1;
"""


def test_hand_written_mysql_becomes_entities_keys_and_relationships(tmp_path: Path,
                                                                    capsys) -> None:
    source = tmp_path / "shop.sql"
    source.write_text(MYSQL, encoding="utf-8")
    assert main(["import", "sql", str(source), "--new", "shop", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    design = store.load(tmp_path / "shop.design.yaml")
    assert design.data.databases[0].engine is Engine.MYSQL
    customer, orders = design.data.entities
    assert (customer.name, orders.name) == ("Customer", "Orders")
    assert customer.field("id").primary_key and customer.field("id").type == "bigint"
    assert customer.field("email").unique and customer.field("email").max_length == 120
    assert customer.field("nickname").nullable and customer.field("nickname").default == "'guest'"
    status = orders.field("status")
    assert status.type == "enum" and status.enum_values == ["new", "paid"]
    assert (orders.field("total").precision, orders.field("total").scale) == (12, 2)
    fk = orders.field("customer_id")
    assert fk.references == "Customer" and fk.on_delete.value == "set_null"
    [rel] = design.data.relationships
    assert (rel.source, rel.target, rel.kind.value, rel.on_delete.value, rel.required) == (
        "Customer", "Orders", "one_to_many", "set_null", False)
    assert [(i.fields, i.name) for i in orders.indexes] == [(["status", "total"],
                                                             "orders_status")]
    assert "CREATE VIEW" in out[out.index("import report"):]


def test_postgres_composite_keys_checks_and_many_to_many(tmp_path: Path) -> None:
    ddl = """
    CREATE TABLE tag (id serial PRIMARY KEY, label text NOT NULL CHECK (char_length(label) >= 2));
    CREATE TABLE post (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), score integer NOT NULL
        CHECK (score >= 0 AND score <= 10), body text);
    CREATE TABLE post_tag (
        post_id uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        tag_id integer NOT NULL REFERENCES tag (id) ON DELETE RESTRICT,
        PRIMARY KEY (post_id, tag_id));
    """
    design, report = import_text(ddl, "blog")
    tag, post, post_tag = design.data.entities
    assert tag.field("id").primary_key and tag.field("label").min_length == 2
    assert (post.field("score").minimum, post.field("score").maximum) == (0, 10)
    assert [f.name for f in post_tag.fields if f.primary_key] == ["post_id", "tag_id"]
    assert {(r.source, r.on_delete.value) for r in design.data.relationships} == {
        ("Post", "cascade"), ("Tag", "restrict")}
    assert report.notes == []


@pytest.mark.parametrize("text", ["CREATE TABLE (", "CREATE TABLE t (a int", "\x00\x01"])
def test_broken_ddl_is_one_line_and_exit_2(tmp_path: Path, capsys, text: str) -> None:
    source = tmp_path / "bad.sql"
    source.write_bytes(text.encode())
    assert main(["import", "sql", str(source), "--new", "bad", "--dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.sql" in err
    assert not (tmp_path / "bad.design.yaml").exists()
