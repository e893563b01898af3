"""A Go service with GORM and drivers for two engines (a SQLite driver, gorm.io/driver/postgres)
whose settings give the key that says which database to use a default (`viper.SetDefault(
"USE_DB", "sqlite")`, PostgreSQL only when the operator sets it) runs on that default's engine,
as the engine-type keys (`DBType`, `database.driver`) already said. Held-out set 160's LAN
scanner (#19). Counter-case: a default of the database's name (`DB_NAME`, `postgres.database`
set to "postgres") names no engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MAIN = (
    'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
    "func main() {\n\tr := gin.New()\n\t_ = r.Run()\n}\n"
)
_DB = (
    "package gdb\n\nimport (\n\tsqlite \"github.com/lanhome/gorm-sqlite\"\n"
    '\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n\n'
    "func Connect(use, dsn, dbPath string) (*gorm.DB, error) {\n"
    '\tif use == "postgres" {\n\t\treturn gorm.Open(postgres.Open(dsn), &gorm.Config{})\n\t}\n'
    '\treturn gorm.Open(sqlite.Open(dbPath), &gorm.Config{})\n}\n'
)


def _engine(tmp_path: Path, defaults: str) -> str:
    files = {
        "backend/go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.1", "gorm.io/gorm v1.30.3",
            "gorm.io/driver/postgres v1.6.0", "github.com/lanhome/gorm-sqlite v0.1.0",
            "modernc.org/sqlite v1.38.0 // indirect",
        ),
        "backend/main.go": _MAIN,
        "backend/internal/gdb/start.go": _DB,
        "backend/internal/conf/read.go": (
            'package conf\n\nimport "github.com/spf13/viper"\n\nfunc read() {\n'
            '\tviper.SetDefault("PORT", "8840")\n' + defaults + "}\n"
        ),
    }
    return first(by_folder(write(tmp_path, files))["backend"], K.DATABASE)[0]


def test_the_use_db_default_names_the_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, '\tviper.SetDefault("USE_DB", "sqlite")\n') == "SQLite"


def test_a_database_name_default_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: "postgres" as the database's name is no choice of engine; the answer stays
    # the one the tree gives without any default (of its drivers, not of a setting).
    plain = _engine(tmp_path / "plain", "")
    named = _engine(tmp_path / "named", '\tviper.SetDefault("postgres.database", "postgres")\n'
                    '\tviper.SetDefault("DB_NAME", "postgres")\n')
    assert plain == named == "PostgreSQL"
