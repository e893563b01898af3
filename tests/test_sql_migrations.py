"""The initial migration in the design's plain-SQL migration tool."""

from __future__ import annotations

import pytest
import yaml
from sql_servers import MariaDB, Postgres
from test_sql_ddl import shop

from designer.export.schema import schema_files
from designer.export.sql.migrations import FLYWAY, GOLANG_MIGRATE, LIQUIBASE, sql_tool
from designer.model.data import Engine


@pytest.mark.parametrize(("text", "tool"), [
    ("Flyway", FLYWAY), ("flyway 10", FLYWAY), ("Liquibase", LIQUIBASE),
    ("golang-migrate", GOLANG_MIGRATE), ("Alembic", ""), ("Prisma Migrate", ""), ("", ""),
])
def test_plain_sql_tools_are_recognised(text: str, tool: str) -> None:
    assert sql_tool(text) == tool


def test_flyway_gets_v1_with_the_ddl() -> None:
    design = shop()
    design.data.migration_tool = "Flyway"
    files = schema_files(design)
    assert files["schema/migrations/main/V1__init_postgresql.sql"] == \
        files["schema/main.postgresql.sql"]


def test_liquibase_changelog_runs_the_ddl_file() -> None:
    design = shop(Engine.MYSQL)
    design.data.migration_tool = "Liquibase 4"
    files = schema_files(design)
    changelog = yaml.safe_load(files["schema/migrations/main/changelog.yaml"])
    change = changelog["databaseChangeLog"][0]["changeSet"]["changes"][0]["sqlFile"]
    assert change["relativeToChangelogFile"] is True
    assert files[f"schema/migrations/main/{change['path']}"] == files["schema/main.mysql.sql"]


def test_no_migration_for_tools_that_generate_their_own() -> None:
    design = shop()
    design.data.migration_tool = "Alembic"
    assert not any("/migrations/" in path for path in schema_files(design))


@pytest.mark.parametrize("engine", [Engine.POSTGRESQL, Engine.MARIADB])
def test_golang_migrate_up_down_up_applies(engine: Engine, request: pytest.FixtureRequest
                                           ) -> None:
    server: Postgres | MariaDB = request.getfixturevalue(
        "postgres" if engine is Engine.POSTGRESQL else "mariadb")
    design = shop(engine)
    design.data.migration_tool = "golang-migrate"
    dialect = "postgresql" if engine is Engine.POSTGRESQL else "mysql"
    files = schema_files(design)
    up = files[f"schema/migrations/main/000001_init_{dialect}.up.sql"]
    down = files[f"schema/migrations/main/000001_init_{dialect}.down.sql"]
    db = server.create_database()
    tables = ("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = "
              + ("'public'" if isinstance(server, Postgres) else "DATABASE()"))
    if isinstance(server, MariaDB):
        tables = f"SELECT JSON_OBJECT('t', t) AS j FROM ({tables}) x"
    for step, want in ((up, 4), (down, 0), (up, 4)):
        applied = server.apply(db, step)
        assert applied.ok, applied.errors
        assert len(server.query(db, tables)) == want
