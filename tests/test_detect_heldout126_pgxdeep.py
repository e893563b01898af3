"""Held-out set 126 (#19): one Go module holding a dozen services (cmd/<service>/main.go over
Echo), its stores written to pgx's own API (`pgx.Rows`, `*pgxpool.Pool`) in an infrastructure
package four folders deep, below dozens of shallower files. go.mod requires pgx and no other
data layer (Redis through redigo beside it).

The walk reads only the shallowest files of a folder, so no source rule sees the pgx imports and
the data layer went unreported. A module whose only candidate is a driver with an API of its
own, and which shows no data layer otherwise, is now counted by the same census of imports that
weighs pgx against sqlx or GORM: imported by enough files, pgx is the data layer. Counter-case:
the same module importing pgx only as database/sql's driver (`pgx/v5/stdlib`) has no pgx data
layer (the driver names the engine alone).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = """module github.com/example/edge

go 1.25.0

require (
\tgithub.com/gomodule/redigo v1.9.2
\tgithub.com/jackc/pgx/v5 v5.10.0
\tgithub.com/labstack/echo/v4 v4.15.4
\tgithub.com/stretchr/testify v1.11.1
)
"""

_MAIN = """package main

import (
\t"github.com/example/edge/internal/core/{name}"
\t"github.com/labstack/echo/v4"
)

func main() {{
\t{name}.Main(echo.New())
}}
"""

_HELPER = """package {package}

func Helper{index}() int {{
\treturn {index}
}}
"""

_STORE = """package postgres

import (
\t"context"

\t"github.com/jackc/pgx/v5"
\t"github.com/jackc/pgx/v5/pgxpool"
)

func List{index}(ctx context.Context, pool *pgxpool.Pool) (pgx.Rows, error) {{
\treturn pool.Query(ctx, "SELECT id FROM table{index}")
}}
"""

_STDLIB_STORE = """package postgres

import (
\t"database/sql"

\t_ "github.com/jackc/pgx/v5/stdlib"
)

func List{index}(db *sql.DB) (*sql.Rows, error) {{
\treturn db.Query("SELECT id FROM table{index}")
}}
"""


def _tree(store: str) -> dict[str, str]:
    files = {"go.mod": _GO_MOD}
    for name in ("data", "metadata", "command"):
        files[f"cmd/core-{name}/main.go"] = _MAIN.format(name=name)
    # Thirty shallower files: the walk's quota of sources is spent before the stores.
    for index in range(30):
        package = f"pkg{index % 3}"
        files[f"internal/{package}/helper{index}.go"] = _HELPER.format(
            package=package, index=index
        )
    for index in range(6):
        files[f"internal/pkg/infrastructure/postgres/store{index}.go"] = store.format(
            index=index
        )
    return files


def test_a_deep_pgx_store_is_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_STORE)))["."]
    assert first(backend, K.QUERY)[0] == "pgx"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_pgx_as_a_database_sql_driver_is_no_data_layer_of_its_own(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_STDLIB_STORE)))["."]
    assert first(backend, K.QUERY)[0] != "pgx"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
