"""`designer import sql`: designer's own DDL (PostgreSQL and MySQL) imports back to a design
that exports the same bytes; hand-written DDL becomes entities, keys, unique constraints,
indexes and relationships with their on-delete action; what does not fit is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer import store
from designer.cli import main
from designer.export.sql import schema_files
from designer.importers.sql import import_text
from designer.model import Design
from designer.model.data import Database, Engine, Entity, Field, Index
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
