"""The app's second look at an import source: a SQL schema read in the dialect that loses less,
and a file that is plainly another kind named as such (designer/tui/import_checks.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.errors import DesignerError
from designer.tui.import_checks import held, read, sniff

# MySQL without backticks or ENGINE: the importer's guess says PostgreSQL, which cannot parse it.
PLAIN_MYSQL = """\
CREATE TABLE users (
  id BIGINT NOT NULL PRIMARY KEY,
  email VARCHAR(190) NOT NULL,
  status ENUM('active','banned') NOT NULL DEFAULT 'active',
  UNIQUE KEY uq_users_email (email)
);
"""
# Backticks and ENGINE: plainly MySQL. Read as PostgreSQL, sqlglot keeps each CREATE TABLE as an
# opaque command and the design gets no tables at all.
MYSQL = """\
CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(190) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
CREATE TABLE `posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_posts_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
"""
# PostgreSQL with quoted names: read as MySQL, "kind" is a string and the column has no name.
POSTGRES = """\
CREATE TYPE "room_kind" AS ENUM ('direct', 'group');
CREATE TABLE "room" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "kind" "room_kind" NOT NULL DEFAULT 'group',
    CONSTRAINT "room_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "room_kind_idx" ON "room" ("kind");
"""
OPENAPI = "openapi: 3.1.0\ninfo: {title: Pets, version: '1'}\npaths: {}\n"
SPEC = "# SPEC-PETS-001: Pets\n\n## Requirements\n\n- list pets\n"


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "kind"), [
    (OPENAPI, "openapi"),
    ('{"openapi": "3.0.0", "paths": {}}', "openapi"),
    ("swagger: '2.0'\n", "openapi"),
    (MYSQL, "sql"),
    (POSTGRES, "sql"),
    (SPEC, "spec"),
    # A SPEC quoting DDL in a fenced block is still a SPEC.
    (SPEC + "\n```sql\nCREATE TABLE pets (id int);\n```\n", "spec"),
    ("just some words\n", None),
    # YAML comments are not headings: a design file or an AsyncAPI description is no SPEC.
    ("# yaml-language-server: $schema=design.schema.json\nschema_version: 9\n", None),
    ("asyncapi: 3.0.0\n# channels\n", None),
    ("---\nid: SPEC-PETS-001\n---\n\n# SPEC-PETS-001: Pets\n", "spec"),
])
def test_sniff_names_only_what_is_plain(text: str, kind: str | None) -> None:
    assert sniff(text) == kind


def test_plain_mysql_guessed_as_postgres_reads_as_mysql_and_chosen_fails_naming_it(
        tmp_path: Path) -> None:
    source = _file(tmp_path, "schema.sql", PLAIN_MYSQL)
    # Left to guess, the importer reads MySQL when PostgreSQL cannot parse the file.
    reading = read("sql", source, None, None)
    assert [e.name.lower() for e in reading.design.data.entities] == ["users"]
    assert reading.dialect == "mysql" and reading.advice == ""
    with pytest.raises(DesignerError) as caught:
        read("sql", source, None, "postgres")
    message = str(caught.value)
    assert str(source) in message and "choose MySQL" in message and "\n" not in message
    reading = read("sql", source, None, "mysql")
    assert [e.name.lower() for e in reading.design.data.entities] == ["users"]
    assert reading.dialect == "mysql" and reading.advice == ""


def test_mysql_read_as_postgres_is_not_silently_emptied(tmp_path: Path) -> None:
    source = _file(tmp_path, "schema.sql", MYSQL)
    reading = read("sql", source, None, "postgres")
    assert reading.design.data.entities == []  # what sqlglot makes of it as PostgreSQL
    assert "choose MySQL" in reading.advice and "schema.sql" in reading.advice
    assert "Read again" in reading.advice
    # Seen and confirmed: the user's choice goes ahead without advice.
    assert read("sql", source, None, "postgres", advise=False).advice == ""
    # Guessed (backticks say MySQL) or chosen: no advice, both tables.
    for dialect in (None, "mysql"):
        reading = read("sql", source, None, dialect)
        assert reading.advice == "" and reading.dialect == "mysql"
        assert {e.name.lower() for e in reading.design.data.entities} == {"users", "posts"}


def test_postgres_read_as_mysql_is_refused_naming_postgres(tmp_path: Path) -> None:
    source = _file(tmp_path, "schema.sql", POSTGRES)
    as_postgres = read("sql", source, None, None)
    assert as_postgres.advice == "" and as_postgres.dialect == "postgres"
    assert held(as_postgres.design) > 0
    # MySQL takes "kind" for a string: no nameless column is imported; the error names the
    # dialect that reads.
    with pytest.raises(DesignerError) as caught:
        read("sql", source, None, "mysql")
    message = str(caught.value)
    assert "choose PostgreSQL" in message and "\n" not in message


@pytest.mark.parametrize(("kind", "text", "says"), [
    ("spec", OPENAPI, "looks like an OpenAPI description, not a SPEC"),
    ("spec", MYSQL, "looks like a SQL schema, not a SPEC"),
])
def test_a_lenient_reader_given_another_kind_is_advised(tmp_path: Path, kind: str, text: str,
                                                         says: str) -> None:
    source = _file(tmp_path, "source.txt", text)
    reading = read(kind, source, None)
    assert says in reading.advice
    assert read(kind, source, None, advise=False).advice == ""


@pytest.mark.parametrize(("kind", "text", "says"), [
    ("openapi", MYSQL, "it looks like a SQL schema, not an OpenAPI description"),
    ("openapi", SPEC, "it looks like a SPEC, not an OpenAPI description"),
    ("sql", OPENAPI, "it looks like an OpenAPI description, not a SQL schema"),
    ("sql", SPEC, "it looks like a SPEC, not a SQL schema"),
])
def test_a_failure_on_another_kind_says_what_it_looks_like(tmp_path: Path, kind: str,
                                                           text: str, says: str) -> None:
    source = _file(tmp_path, "source.txt", text)
    with pytest.raises(DesignerError) as caught:
        read(kind, source, None)
    assert says in str(caught.value) and str(source) in str(caught.value)


def test_a_missing_file_is_one_line_without_advice(tmp_path: Path) -> None:
    with pytest.raises(DesignerError) as caught:
        read("sql", tmp_path / "nope.sql", None, "mysql")
    assert str(caught.value) == f"{tmp_path / 'nope.sql'}: no such file"
