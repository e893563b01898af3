"""A Go program whose code turns an empty engine setting into an embedded engine
(benchmarks/detect_heldout6.yaml, #19), as a small fixture of the real files' shape: the
database client's constructor tests `if dbType == conf.SQLite3DB || dbType == "" {` and sets
the type to the SQLite constant, beside drivers for PostgreSQL, MySQL and SQLite and a root
Compose file that runs postgres with the type set to it. The code's default is what the
program runs on as shipped (HELDOUT.md: the program's own explicit default outranks a Compose
database); the Compose file is one recipe for deploying it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

MAIN = (
    'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n)\n\n'
    "func main() {\n\tr := gin.Default()\n\tr.Run()\n}\n"
)

CONSTANTS = (
    "package conf\n\ntype DBType string\n\nconst (\n"
    '\tSQLiteDB   DBType = "sqlite"\n\tSQLite3DB  DBType = "sqlite3"\n'
    '\tPostgresDB DBType = "postgres"\n\tMySqlDB    DBType = "mysql"\n)\n'
)

COMPOSE = (
    "services:\n  app:\n    build: .\n    environment:\n      - CONF_Database.Type=postgres\n"
    "  postgresql:\n    image: postgres:latest\n"
)


def client(test: str, assigned: str) -> str:
    """The database client's constructor: the test of the configured type, the block setting
    it, then a switch opening the engine it names (each branch importing its driver)."""
    return (
        "package inventory\n\nimport (\n"
        '\t"database/sql"\n\t"example.com/app/conf"\n'
        '\t_ "github.com/lib/pq"\n\t_ "github.com/go-sql-driver/mysql"\n'
        '\t_ "modernc.org/sqlite"\n)\n\n'
        "func NewClient(dbConfig *conf.Database) (*sql.DB, error) {\n"
        "\tconfDBType := dbConfig.Type\n"
        f"\tif {test} {{\n"
        f"\t\tconfDBType = {assigned}\n"
        "\t}\n\n"
        "\tswitch confDBType {\n"
        "\tcase conf.SQLiteDB:\n"
        '\t\treturn sql.Open("sqlite3", dbConfig.DBFile)\n'
        "\tcase conf.PostgresDB:\n"
        '\t\treturn sql.Open("postgres", dbConfig.DSN)\n'
        "\tcase conf.MySqlDB:\n"
        '\t\treturn sql.Open("mysql", dbConfig.DSN)\n'
        "\t}\n\treturn nil, nil\n}\n"
    )


def tree(test: str, assigned: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.0",
            "github.com/go-sql-driver/mysql v1.6.0",
            "github.com/lib/pq v1.10.9",
            "modernc.org/sqlite v1.30.0",
        ),
        "main.go": MAIN,
        "conf/types.go": CONSTANTS,
        "inventory/client.go": client(test, assigned),
        "docker-compose.yml": COMPOSE,
    }


def test_an_empty_engine_setting_set_to_an_embedded_engine_is_the_default(
    tmp_path: Path,
) -> None:
    files = tree('confDBType == conf.SQLite3DB || confDBType == ""', "conf.SQLiteDB")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_literal_engine_set_when_the_setting_is_empty_is_the_default(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, tree('confDBType == ""', '"sqlite"')))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_an_alias_rewritten_when_set_proves_no_default(tmp_path: Path) -> None:
    # Only the legacy spelling is rewritten: an empty type falls through the switch, so no
    # default is written and the Compose file's server stays first.
    backend = by_folder(write(tmp_path, tree("confDBType == conf.SQLite3DB", "conf.SQLiteDB")))[
        "."
    ]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_another_setting_tested_empty_proves_nothing(tmp_path: Path) -> None:
    # The block sets a variable other than the one tested: not the engine's default.
    files = tree('dbConfig.DBFile == ""', "conf.SQLiteDB")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
