"""Go programs whose shipped default is an embedded SQLite file beside drivers for server
engines (held-out sets 52 and 54, #19): the default of the environment lookup of the
connection setting, and the driver a shipped `conf/app.yml` names."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_DRIVERS = (
    "github.com/gin-gonic/gin v1.10.1",
    "gorm.io/gorm v1.30.0",
    "gorm.io/driver/mysql v1.6.0",
    "gorm.io/driver/postgres v1.6.0",
    "github.com/glebarez/sqlite v1.11.0",
)

_MAIN = (
    'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
    'func main() {\n\tr := gin.Default()\n\t_ = r.Run(":3001")\n}\n'
)

_OPEN = (
    'package db\n\nimport (\n\t"strings"\n\n\t"github.com/glebarez/sqlite"\n'
    '\t"gorm.io/driver/mysql"\n\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n\n'
    "func NewDB(dsn string) (*gorm.DB, error) {\n\tvar dialector gorm.Dialector\n"
    '\tif strings.HasPrefix(dsn, "postgres://") {\n\t\tdialector = postgres.Open(dsn)\n'
    '\t} else if strings.Contains(dsn, "@tcp") {\n\t\tdialector = mysql.Open(dsn)\n'
    "\t} else {\n\t\tdialector = sqlite.Open(dsn)\n\t}\n"
    "\treturn gorm.Open(dialector, &gorm.Config{})\n}\n"
)


def test_env_lookup_default_of_the_dsn_that_is_a_database_file(tmp_path: Path) -> None:
    """gpt-load: `GetEnvOrDefault("DATABASE_DSN", "./data/app.db")`, the DSN's prefix picking
    the PostgreSQL or MySQL dialector and SQLite otherwise: unset, it runs on SQLite."""
    files = {
        "go.mod": go_mod(*_DRIVERS),
        "main.go": _MAIN,
        "internal/db/database.go": _OPEN,
        "internal/config/manager.go": (
            'package config\n\nimport "example.com/app/internal/utils"\n\n'
            "type DatabaseConfig struct{ DSN string }\n\n"
            "func Load() DatabaseConfig {\n\treturn DatabaseConfig{\n"
            '\t\tDSN: utils.GetEnvOrDefault("DATABASE_DSN", "./data/app.db"),\n\t}\n}\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_env_lookup_default_of_the_sqlite_file_beside_a_bare_database_url(
    tmp_path: Path,
) -> None:
    """A Go server's configuration reading `DATABASE_URL` with no default (PostgreSQL only
    when an operator sets it) and `getEnvOrDefault("SQLITE_PATH", "./app.db")`, with the
    drivers of both in go.mod: as shipped it runs on the SQLite file."""
    files = {
        "go.mod": go_mod(
            "github.com/labstack/echo/v4 v4.15.4",
            "github.com/lib/pq v1.12.3",
            "github.com/mattn/go-sqlite3 v1.14.49",
        ),
        "cmd/app/main.go": (
            'package main\n\nimport "github.com/labstack/echo/v4"\n\n'
            'func main() {\n\te := echo.New()\n\t_ = e.Start(":8080")\n}\n'
        ),
        "internal/repository/postgres/store.go": (
            'package postgres\n\nimport (\n\t"database/sql"\n\n\t_ "github.com/lib/pq"\n)\n\n'
            'func Open(url string) (*sql.DB, error) { return sql.Open("postgres", url) }\n'
        ),
        "internal/repository/sqlite/store.go": (
            'package sqlite\n\nimport (\n\t"database/sql"\n\n\t_ "github.com/mattn/go-sqlite3"\n)'
            '\n\nfunc Open(path string) (*sql.DB, error) { return sql.Open("sqlite3", path) }\n'
        ),
        "internal/config/config.go": (
            'package config\n\nimport "os"\n\ntype Config struct {\n\tDatabaseURL string\n'
            "\tSQLitePath  string\n}\n\nfunc Load() *Config {\n\treturn &Config{\n"
            '\t\tDatabaseURL: os.Getenv("DATABASE_URL"),\n'
            '\t\tSQLitePath:  getEnvOrDefault("SQLITE_PATH", "./app.db"),\n\t}\n}\n\n'
            "func getEnvOrDefault(key, value string) string {\n"
            '\tif v := os.Getenv(key); v != "" {\n\t\treturn v\n\t}\n\treturn value\n}\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_env_lookup_default_of_a_store_path_is_no_engine(tmp_path: Path) -> None:
    """A bbolt store's path (`GetEnvOrDefault("STORE_PATH", "data.db")`) names no connection:
    the drivers decide as before."""
    files = {
        "go.mod": go_mod(*_DRIVERS),
        "main.go": _MAIN,
        "internal/db/database.go": _OPEN,
        "internal/config/manager.go": (
            "package config\n\nfunc Path() string {\n"
            '\treturn GetEnvOrDefault("STORE_PATH", "data.db")\n}\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] != "SQLite"


def test_driver_of_the_shipped_app_yml(tmp_path: Path) -> None:
    """eiblog: `conf/app.yml` sets `database:` / `driver: sqlite` beside GORM drivers for
    four engines."""
    files = {
        "go.mod": go_mod(*_DRIVERS, "gorm.io/driver/sqlserver v1.5.2"),
        "main.go": _MAIN,
        "conf/app.yml": (
            "appname: blog\ndatabase:\n  driver: sqlite\n  source: ./db.sqlite\n"
            "eshost: # http://elasticsearch:9200\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
