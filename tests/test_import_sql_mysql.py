"""`designer import sql` on hand-written DDL as people write it: MySQL's in-table keys and
UNSIGNED types, a PostgreSQL file read as MySQL, the file's own `-- dialect:` line, a guess
that falls back to the other dialect, and a report whose counts agree with their nouns."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer import store
from designer.cli import main
from designer.export.sql import schema_files
from designer.importers.merge import preview
from designer.importers.report import Report
from designer.importers.sql import import_text
from designer.model import Design
from designer.model.api import Endpoint, Resource
from designer.model.data import Engine

EXAMPLES = sorted(Path(__file__).parent.parent.glob("examples/*/*.design.yaml"))

# A shop schema in the shape of a mysqldump / hand-written MySQL 8 file.
SHOP = """\
CREATE TABLE `customers` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(191) NOT NULL,
  `age` TINYINT UNSIGNED NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `newsletter` TINYINT(1) NOT NULL DEFAULT '0',
  `points` INT(10) UNSIGNED NOT NULL DEFAULT 0,
  `rank` SMALLINT UNSIGNED,
  `visits` MEDIUMINT UNSIGNED NOT NULL DEFAULT 0,
  `balance` DECIMAL(12,2) UNSIGNED NOT NULL DEFAULT 0.00,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customers_email_key` (`email`),
  KEY `idx_customers_created` (`created_at`),
  INDEX `idx_customers_rank_points` (`rank`, `points`),
  KEY (`visits`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `customer_id` BIGINT UNSIGNED NOT NULL,
  `status` ENUM('new','paid','shipped') NOT NULL DEFAULT 'new',
  `note` VARCHAR(500) NULL,
  PRIMARY KEY (`id`),
  KEY `orders_customer_id_idx` (`customer_id`),
  UNIQUE KEY `uq_orders_customer_status` (`customer_id`, `status`),
  KEY `idx_note` (`note`(100)),
  FULLTEXT KEY `ft_note` (`note`),
  CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`)
    ON DELETE CASCADE
) ENGINE=InnoDB;
"""

# PostgreSQL with quoted names: MySQL reads "kind" as a string, a column without a name.
ROOMS = """\
CREATE TYPE "room_kind" AS ENUM ('direct', 'group');
CREATE TABLE "room" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "kind" "room_kind" NOT NULL DEFAULT 'group',
    CONSTRAINT "room_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "room_kind_idx" ON "room" ("kind");
"""

# MySQL without backticks or ENGINE: a `KEY name (…)` line says MySQL.
PLAIN = """\
CREATE TABLE users (
  id BIGINT NOT NULL PRIMARY KEY,
  email VARCHAR(190) NOT NULL,
  KEY idx_users_email (email)
);
"""
# The same on one line: the guess says PostgreSQL, which reads a column KEY of an unknown type
# idx_users_email; then a UNIQUE KEY it cannot parse at all.
ONE_LINE = ("CREATE TABLE users (id BIGINT NOT NULL PRIMARY KEY, email VARCHAR(190) NOT NULL, "
            "KEY idx_users_email (email));\n")
UNPARSED = ("CREATE TABLE users (id BIGINT NOT NULL PRIMARY KEY, email VARCHAR(190) NOT NULL, "
            "UNIQUE KEY uq_users_email (email));\n")


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(tmp_path: Path, capsys, text: str, *extra: str) -> tuple[int, str, str]:
    source = _file(tmp_path, "schema.sql", text)
    code = main(["import", "sql", str(source), "--new", "shop", "--dir", str(tmp_path),
                 *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_mysql_keys_inside_create_table_become_the_entitys_indexes(tmp_path: Path,
                                                                   capsys) -> None:
    code, out, _ = _import(tmp_path, capsys, SHOP)
    assert code == 0
    customers, orders = store.load(tmp_path / "shop.design.yaml").data.entities
    assert [(i.fields, i.unique, i.name) for i in customers.indexes] == [
        (["created_at"], False, "idx_customers_created"),
        (["rank", "points"], False, "idx_customers_rank_points"),
        (["visits"], False, ""),
    ]
    # A name the export derives itself is left empty; a prefix length is the export's choice.
    assert [(i.fields, i.unique, i.name) for i in orders.indexes] == [
        (["customer_id"], False, ""),
        (["customer_id", "status"], True, "uq_orders_customer_status"),
        (["note"], False, "idx_note"),
    ]
    assert customers.field("email").unique
    report = out[out.index("import report"):]
    assert "no equivalent; left out" not in report.replace("FULLTEXT index has no equivalent", "")
    assert "orders: index ft_note: a FULLTEXT index has no equivalent; left out" in report


def test_unsigned_integers_are_integers_of_minimum_zero(tmp_path: Path, capsys) -> None:
    code, out, _ = _import(tmp_path, capsys, SHOP)
    assert code == 0
    customers, orders = store.load(tmp_path / "shop.design.yaml").data.entities
    typed = {f.name: (f.type, f.minimum) for f in customers.fields}
    assert typed["age"] == ("integer", 0)
    assert typed["rank"] == ("integer", 0)
    assert typed["visits"] == ("integer", 0)
    # INT UNSIGNED reaches 4294967295, past INT: bigint holds every value.
    assert typed["points"] == ("bigint", 0)
    balance = customers.field("balance")
    assert (balance.type, balance.precision, balance.scale, balance.minimum) == (
        "decimal", 12, 2, 0)
    # AUTO_INCREMENT keys are positive by themselves (and MySQL refuses a CHECK on them).
    assert typed["id"] == ("bigint", None)
    assert orders.field("customer_id").type == "bigint"
    assert orders.field("customer_id").minimum == 0
    report = out[out.index("import report"):]
    assert "kept as text" not in report
    # What the model cannot say is said: BIGINT UNSIGNED's upper half.
    assert "customers.id: BIGINT UNSIGNED is kept as a bigint of minimum 0" in report


def test_tinyint_1_is_a_boolean_with_a_boolean_default(tmp_path: Path, capsys) -> None:
    assert _import(tmp_path, capsys, SHOP)[0] == 0
    customers = store.load(tmp_path / "shop.design.yaml").data.entities[0]
    assert (customers.field("is_active").type, customers.field("is_active").default) == (
        "boolean", "true")
    assert (customers.field("newsletter").type, customers.field("newsletter").default) == (
        "boolean", "false")


def test_the_hand_written_schema_exports_and_reads_back_to_the_same_bytes() -> None:
    design, _ = import_text(SHOP, "shop")
    [(_, first)] = schema_files(design).items()
    assert "CHECK (`age` >= 0)" in first and "CHECK (`id`" not in first
    again, report = import_text(first, "shop")
    [(_, second)] = schema_files(again).items()
    assert second == first
    assert report.notes == []


def test_postgres_read_as_mysql_is_refused_with_one_line(tmp_path: Path, capsys) -> None:
    code, out, err = _import(tmp_path, capsys, ROOMS, "--dialect", "mysql")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "schema.sql" in err
    assert "column 2 of table room has no name" in err and "--dialect postgres" in err
    assert not (tmp_path / "shop.design.yaml").exists()
    with pytest.raises(Exception, match="has no name"):
        import_text(ROOMS, "rooms", "mysql")


def test_the_files_dialect_line_is_read_when_no_dialect_is_given(tmp_path: Path,
                                                                 capsys) -> None:
    # Backticks in a comment would make the guess say MySQL; the header says PostgreSQL.
    text = "-- dialect: postgresql\n-- was `rooms` in the old MySQL app\n" + ROOMS
    code, out, _ = _import(tmp_path, capsys, text)
    assert code == 0
    design = store.load(tmp_path / "shop.design.yaml")
    assert [f.name for f in design.data.entities[0].fields] == ["id", "kind"]
    assert "read as" not in out
    # A header naming the wrong dialect is read as it says, and refused in one line.
    code, _, err = _import(tmp_path, capsys, "-- dialect: mysql\n" + ROOMS)
    assert code == 2 and err.count("\n") == 1 and "-- dialect:" in err


def test_a_key_line_makes_the_guess_mysql(tmp_path: Path, capsys) -> None:
    code, out, _ = _import(tmp_path, capsys, PLAIN)
    assert code == 0 and "read as" not in out
    [users] = store.load(tmp_path / "shop.design.yaml").data.entities
    assert [i.name for i in users.indexes] == ["idx_users_email"]


@pytest.mark.parametrize("text", [ONE_LINE, UNPARSED], ids=["misread", "unparsed"])
def test_a_guess_that_cannot_read_falls_back_to_the_other_dialect(tmp_path: Path, capsys,
                                                                  text: str) -> None:
    code, out, _ = _import(tmp_path, capsys, text)
    assert code == 0
    [users] = store.load(tmp_path / "shop.design.yaml").data.entities
    assert [f.name for f in users.fields] == ["id", "email"]
    assert len(users.indexes) + users.field("email").unique == 1
    assert "read as MySQL, since as PostgreSQL (the guess) it does not read" in out
    # Chosen, the dialect is not second-guessed: the error names the other one.
    code, _, err = _import(tmp_path, capsys, text, "--dialect", "postgres")
    assert code == 2 and err.count("\n") == 1 and "--dialect mysql" in err


def test_a_guess_of_mysql_that_cannot_read_falls_back_to_postgres() -> None:
    # A comment mentioning AUTO_INCREMENT makes the guess MySQL; PostgreSQL reads it.
    design, report = import_text("-- ids were AUTO_INCREMENT\n" + ROOMS, "rooms")
    assert report.read_as == "postgres"
    assert [f.name for f in design.data.entities[0].fields] == ["id", "kind"]


def test_text_that_is_no_ddl_in_either_dialect_is_still_refused(tmp_path: Path,
                                                                capsys) -> None:
    code, _, err = _import(tmp_path, capsys, "# Pets\n\n## Requirements\n\n- list pets\n")
    assert code == 2 and err.count("\n") == 1


def test_counts_agree_with_their_nouns() -> None:
    design = Design.new("mine")
    imported = Design.new("theirs")
    imported.api.resources = [
        Resource(name="pets", endpoints=[Endpoint(method="GET", path="/pets")]),
        Resource(name="owners", endpoints=[Endpoint(method="GET", path="/owners"),
                                           Endpoint(method="POST", path="/owners")]),
    ]
    added = preview(design, imported).added
    assert "resource pets (1 endpoint)" in added and "resource owners (2 endpoints)" in added
    assert "1 thing could not" in Report(notes=["a: b"]).render()
    assert "2 things could not" in Report(notes=["a: b", "c: d"]).render()


@pytest.mark.parametrize("engine", [Engine.POSTGRESQL, Engine.MYSQL], ids=str)
def test_every_examples_ddl_imports_with_nothing_left_out(engine: Engine) -> None:
    """Each example's exported schema, in both dialects, left to the header (no --dialect):
    nothing in the report, every table an entity."""
    for path in EXAMPLES:
        design = store.load(path)
        for database in design.data.databases:
            if database.engine is Engine.POSTGRESQL:
                database.engine = engine
        for name, text in schema_files(design).items():
            imported, report = import_text(text, "again")
            assert report.notes == [], (path.parent.name, name)
            assert report.read_as == ("mysql" if engine is Engine.MYSQL else "postgres")
            assert imported.data.entities, (path.parent.name, name)


def test_a_postgres_column_named_key_is_no_mysql_key_line() -> None:
    text = "CREATE TABLE setting (\n  key varchar(100) NOT NULL PRIMARY KEY,\n  value text\n);\n"
    design, report = import_text(text, "settings")
    assert report.read_as == "postgres"
    assert [(f.name, f.type, f.max_length) for f in design.data.entities[0].fields] == [
        ("key", "string", 100), ("value", "text", None)]
