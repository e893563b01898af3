"""Go: GoFrame's own ORM (gdb) is the data layer of a GoFrame service written to it (set 147,
#19).

A GoFrame v2 service serves HTTP through `g.Server()`, registers its engine's driver with a
blank import of GoFrame's contrib driver (`_ "github.com/gogf/gf/contrib/drivers/pgsql/v2"`,
required in go.mod) and reaches its tables through `g.DB()` and `g.Model(...)` (what
`gf gen dao` generates) or the `gdb` package. The ORM ships inside the framework's module, as
Beego's does, so nothing named it, and a file importing database/sql for `sql.ErrNoRows` made
raw database/sql the data layer. The contrib drivers now name the engine and the ORM, and a
file importing gdb or calling `g.DB()`/`g.Model()` is written to it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = """module mail-core

go 1.22.0

require (
\tgithub.com/gogf/gf/v2 v2.9.0
{driver})
"""
_MAIN = """package main

import (
{blank}\t"github.com/gogf/gf/v2/os/gctx"

\t"mail-core/internal/cmd"
)

func main() {
\tcmd.Main.Run(gctx.GetInitCtx())
}
"""
_CMD = """package cmd

import (
\t"context"

\t"github.com/gogf/gf/v2/frame/g"
\t"github.com/gogf/gf/v2/net/ghttp"
\t"github.com/gogf/gf/v2/os/gcmd"
)

var Main = gcmd.Command{
\tName: "main",
\tFunc: func(ctx context.Context, parser *gcmd.Parser) (err error) {
\t\ts := g.Server()
\t\ts.Group("/api", func(group *ghttp.RouterGroup) {})
\t\ts.Run()
\t\treturn nil
\t},
}
"""
_CONTROLLER = """package domains

import (
\t"context"
\t"database/sql"
\t"errors"

\t"github.com/gogf/gf/v2/frame/g"
)

func Get(ctx context.Context, name string) (g.Map, error) {
\trow, err := g.DB().Model("domain").Where("domain", name).One()
\tif errors.Is(err, sql.ErrNoRows) {
\t\treturn nil, nil
\t}
\treturn row.Map(), err
}
"""
_PLAIN = """package domains

import (
\t"context"
\t"database/sql"
)

func Get(ctx context.Context, db *sql.DB, name string) (string, error) {
\tvar value string
\terr := db.QueryRowContext(ctx, "SELECT name FROM domain WHERE name = $1", name).Scan(&value)
\treturn value, err
}
"""


def _service(gdb: bool) -> dict[str, str]:
    module = "github.com/gogf/gf/contrib/drivers/pgsql/v2" if gdb else "github.com/lib/pq"
    version = "v2.9.0" if gdb else "v1.10.9"
    files = {
        "go.mod": _GO_MOD.replace("{driver}", f"\t{module} {version}\n"),
        "main.go": _MAIN.replace("{blank}", f'\t_ "{module}"\n'),
        "internal/cmd/cmd.go": _CMD,
    }
    for i in range(3):
        files[f"internal/controller/domains/get_{i}.go"] = _CONTROLLER if gdb else _PLAIN
    return files


def test_goframe_driver_and_g_db_make_goframe_orm_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _service(gdb=True)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "GoFrame"
    assert first(backend, K.ORM)[0] == "GoFrame ORM"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_goframe_server_over_database_sql_keeps_raw_access(tmp_path: Path) -> None:
    # Counter-case: the same GoFrame server opening PostgreSQL through lib/pq and database/sql
    # itself, with no GoFrame driver and no `g.DB()`: the ORM is not its data layer.
    backend = by_folder(write(tmp_path, _service(gdb=False)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "GoFrame"
    assert first(backend, K.ORM) is None or first(backend, K.ORM)[0] != "GoFrame ORM"
    assert first(backend, K.QUERY)[0] == "database/sql"
