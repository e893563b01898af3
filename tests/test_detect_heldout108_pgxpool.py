"""Held-out set 108 (#19): an Echo API whose go.mod requires sqlx and pgx, its handlers and
models written to a pgx pool (`*pgxpool.Pool`, read through scany's pgxscan) in most files;
sqlx is still imported by a few files whose functions no route calls any more, and left in
import blocks as commented-out lines.

pgx's own API (its root package and its pool) joins the Go census of data layers when the
module requires it beside another layer: imported by far more files, it is the data layer. An
import commented out inside an import block is no import. Counter-cases: sqlx over pgx's
`stdlib` driver (pgx only registered with database/sql) stays sqlx, and so does a module
importing the pool in as few files as sqlx.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.go_programs import imports
from designer.model.stack import FindingKind as K

_GO_MOD = """module github.com/example/weather-api/api

go 1.20

require (
\tgithub.com/georgysavva/scany v1.2.1
\tgithub.com/jackc/pgx/v4 v4.18.1
\tgithub.com/jmoiron/sqlx v1.3.5
\tgithub.com/labstack/echo/v4 v4.11.2
)
"""

_MAIN = """package main

import (
\t"context"
\t"log"

\t"github.com/example/weather-api/api/handlers"
\t"github.com/jackc/pgx/v4/pgxpool"
\t"github.com/labstack/echo/v4"
)

func main() {
\tdb, err := pgxpool.Connect(context.Background(), "postgres://app@db/weather")
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\te := echo.New()
\te.GET("/products", handlers.ListProducts(db))
\t// e.GET("/statistics", handlers.DoStatistics(db))
\tlog.Fatal(e.Start(":80"))
}
"""


def _pool_file(name: str) -> str:
    return f"""package models

import (
\t"context"

\t"github.com/georgysavva/scany/pgxscan"
\t"github.com/jackc/pgx/v4/pgxpool"
)

func List{name}(db *pgxpool.Pool) ([]string, error) {{
\tvar out []string
\terr := pgxscan.Select(context.Background(), db, &out, "SELECT name FROM {name.lower()}")
\treturn out, err
}}
"""


def _sqlx_file(name: str) -> str:
    return f"""package handlers

import (
\t"github.com/jmoiron/sqlx"
)

func Do{name}(db *sqlx.DB) error {{
\t_, err := db.Exec("SELECT 1")
\treturn err
}}
"""


_COMMENTED = """package handlers

import (
\t"github.com/jackc/pgx/v4/pgxpool"
\t"github.com/labstack/echo/v4"
\t// "github.com/jmoiron/sqlx"
)

/*
import "github.com/jmoiron/sqlx"
*/

func ListProducts(db *pgxpool.Pool) echo.HandlerFunc {
\treturn func(c echo.Context) error { return c.JSON(200, nil) }
}
"""

_NAMES = ("Products", "Watersheds", "Acquirables", "Downloads", "Offices", "Units", "Areas")


def _tree(pooled: int, sqlx_files: int = 2) -> dict[str, str]:
    files = {"api/go.mod": _GO_MOD, "api/main.go": _MAIN, "api/handlers/products.go": _COMMENTED}
    for name in _NAMES[:pooled]:
        files[f"api/models/{name.lower()}.go"] = _pool_file(name)
    for index in range(sqlx_files):
        files[f"api/handlers/legacy{index}.go"] = _sqlx_file(f"Legacy{index}")
    return files


def test_the_pool_most_files_import_is_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(pooled=7)))["api"]
    assert first(backend, K.QUERY)[0] == "pgx"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_sqlx_stays_where_the_pool_is_imported_as_little(tmp_path: Path) -> None:
    # main.go, the handler and one model import the pool; two handlers the routes call import
    # sqlx: no census, and both layers are reached.
    files = _tree(pooled=1)
    route = '\te.GET("/legacy", handlers.DoLegacy0(nil), handlers.DoLegacy1(nil))\n'
    files["api/main.go"] = _MAIN.replace("\t// e.GET", route + "\t// e.GET")
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.QUERY)[0] == "sqlx"


_STDLIB_MOD = """module github.com/example/midas/api

go 1.23

require (
\tgithub.com/jackc/pgx/v5 v5.6.0
\tgithub.com/jmoiron/sqlx v1.4.0
\tgithub.com/labstack/echo/v4 v4.12.0
)
"""

_STDLIB_DB = """package model

import (
\t"github.com/jackc/pgx/v5/pgtype"
\t_ "github.com/jackc/pgx/v5/stdlib"
\t"github.com/jmoiron/sqlx"
)

func Connect(uri string) *sqlx.DB {
\treturn sqlx.MustConnect("pgx", uri)
}

var _ pgtype.UUID
"""


def test_sqlx_over_the_stdlib_driver_stays_sqlx(tmp_path: Path) -> None:
    # pgx registered with database/sql (and its types) is no use of pgx's own API.
    files = {
        "api/go.mod": _STDLIB_MOD,
        "api/main.go": _MAIN.replace("handlers.ListProducts(db)", "nil"),
    }
    for index in range(6):
        files[f"api/model/db{index}.go"] = _STDLIB_DB.replace("Connect(", f"Connect{index}(")
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.QUERY)[0] == "sqlx"


def test_imports_commented_out_are_no_imports() -> None:
    found = [path for path, _ in imports(_COMMENTED)]
    assert found == ["github.com/jackc/pgx/v4/pgxpool", "github.com/labstack/echo/v4"]


def test_offsets_stay_those_of_the_text() -> None:
    for path, offset in imports(_COMMENTED):
        assert _COMMENTED[offset : offset + len(path)] == path
