"""A Go service over database/sql that imports Oracle's drivers and SQLite's, as set 114
showed it (benchmarks/detect_heldout114.yaml, #19): the go-oci8 and rana/ora drivers name
Oracle, the server engine, which comes before the embedded SQLite its tests run on. A service
importing only SQLite's driver stays on SQLite."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_SERVER = (
    'package web\n\nimport (\n\t"database/sql"\n\n\t"github.com/gorilla/mux"\n{drivers})\n\n'
    "func Server(dbtype, dburi string) {{\n\tsql.Open(dbtype, dburi)\n"
    "\tmux.NewRouter()\n}}\n"
)
_MAIN = 'package main\n\nimport "example.com/app/web"\n\nfunc main() { web.Server("", "") }\n'
_ORACLE = '\t_ "github.com/mattn/go-oci8"\n\t_ "gopkg.in/rana/ora.v4"\n'
_SQLITE = '\t_ "github.com/mattn/go-sqlite3"\n'


def test_oracle_drivers_beside_sqlite_give_oracle(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.8.0",
            "github.com/mattn/go-oci8 v0.1.1",
            "github.com/mattn/go-sqlite3 v1.14.16",
            "gopkg.in/rana/ora.v4 v4.1.15",
        ),
        "main.go": _MAIN,
        "web/server.go": _SERVER.format(drivers=_ORACLE + _SQLITE),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "Oracle"
    assert first(backend, K.QUERY)[0] == "database/sql"


def test_sqlite_alone_stays_sqlite(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/gorilla/mux v1.8.0", "github.com/mattn/go-sqlite3 v1.14.16"),
        "main.go": _MAIN,
        "web/server.go": _SERVER.format(drivers=_SQLITE),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"
