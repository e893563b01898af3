"""The document's data section links each schema file and states the dialect choices."""

from __future__ import annotations

from test_sql_ddl import shop

from designer.export import render_all
from designer.model.data import Database, Engine


def _section(text: str) -> str:
    start = text.index("### Schema files")
    return text[start:text.index("### Backups", start)]


def test_each_schema_file_is_linked_and_exists() -> None:
    design = shop()
    design.data.migration_tool = "Flyway"
    files = render_all(design)
    section = _section(files["architecture.md"])
    for path in ("schema/main.postgresql.sql", "schema/main.dbml",
                 "schema/migrations/main/V1__init_postgresql.sql"):
        assert f"]({path})" in section and path in files
    assert "`timestamptz`" in section and "Asia/Seoul" in section
    assert "KRW" in section and "`bigint`" in section


def test_mysql_choices_and_a_tool_that_writes_its_own_migrations() -> None:
    design = shop(Engine.MYSQL)
    design.data.migration_tool = "Alembic"
    section = _section(render_all(design, only={"doc"})["architecture.md"])
    assert "`datetime(6)`" in section and "inline `ENUM(…)`" in section
    assert "alembic revision" in section


def test_a_document_database_links_its_validators() -> None:
    design = shop()
    design.data.databases = [Database(name="docs", engine=Engine.MONGODB)]
    files = render_all(design)
    section = _section(files["architecture.md"])
    assert "](schema/docs.mongodb.js)" in section and "schema/docs.mongodb.js" in files
    assert ".sql" not in section


def test_no_schema_section_without_a_database_that_holds_entities() -> None:
    design = shop()
    design.data.databases = [Database(name="cache", engine=Engine.REDIS)]
    assert "### Schema files" not in render_all(design, only={"doc"})["architecture.md"]
