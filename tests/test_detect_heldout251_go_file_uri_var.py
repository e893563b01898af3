"""Go: a package variable holding the database URL, set to a SQLite `file:` URI, is the engine
the program opens by default (held-out set 251, #19).

A Fiber service keeps its settings as package variables (`var ( … DBURI =
"file:storages/app.db" … )`) that flags and the environment may replace; its go.mod carries a
SQLite driver and `lib/pq` for the PostgreSQL URL an operator may give instead, and a flag's
help shows a `postgresql://` example for a side import. The variable's value is what runs as
shipped: SQLite, above the drivers and the example URL. A variable whose file is no database
file, or whose URL names a server, chooses nothing of the kind."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_GO_MOD = """module example.com/relay

go 1.24

require (
\tgithub.com/gofiber/fiber/v2 v2.52.5
\tgithub.com/lib/pq v1.10.9
\tgithub.com/mattn/go-sqlite3 v1.14.22
)
"""

_SETTINGS = """package config

var (
\tAppPort = "3000"
\tAppHost = "0.0.0.0"

\tDBURI     = "%s"
\tDBKeysURI = ""
)
"""

_MAIN = """package main

import (
\t"database/sql"
\t"flag"

\t"github.com/gofiber/fiber/v2"
\t_ "github.com/lib/pq"
\t_ "github.com/mattn/go-sqlite3"

\t"example.com/relay/config"
)

func main() {
\tflag.StringVar(&config.DBURI, "db-uri", config.DBURI, "database uri")
\timportURI := flag.String("import-db-uri", "",
\t\t`Postgres URI for the side import. Example: "postgresql://u:p@localhost:5432/app_production"`)
\tflag.Parse()
\t_ = importURI
\tdb, _ := sql.Open("sqlite3", config.DBURI)
\t_ = db
\tapp := fiber.New()
\tapp.Listen(":3000")
}
"""


def _relay(root: Path, url: str) -> Path:
    return write(
        root,
        {
            "src/go.mod": _GO_MOD,
            "src/main.go": _MAIN,
            "src/config/settings.go": _SETTINGS % url,
        },
    )


def _engine(root: Path) -> str:
    return first(by_folder(root)["src"], FindingKind.DATABASE)[0]


def test_a_sqlite_file_uri_as_the_url_variable_picks_sqlite(tmp_path: Path) -> None:
    assert _engine(_relay(tmp_path, "file:storages/relay.db")) == "SQLite"


def test_a_file_uri_to_no_database_file_is_no_default(tmp_path: Path) -> None:
    # Counter-case: `file:` naming a JSON file is no SQLite database.
    assert _engine(_relay(tmp_path, "file:storages/relay.json")) == "PostgreSQL"


def test_a_server_url_in_the_variable_is_no_sqlite_default(tmp_path: Path) -> None:
    # Counter-case: the variable names a server; SQLite's driver stays the stand-in.
    assert _engine(_relay(tmp_path, "postgres://u:p@localhost:5432/relay")) == "PostgreSQL"
