"""A Go program opening one engine when its connection setting is set and another when it is
not (#19, set 70): `if os.Getenv("SQL_DSN") != "" { …mysql.Open… } else { …sqlite.Open… }`.
The unset branch is what the program runs on as shipped."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_GO_MOD = go_mod(
    "github.com/gin-gonic/gin v1.9.1",
    "gorm.io/gorm v1.24.0",
    "gorm.io/driver/mysql v1.4.3",
    "gorm.io/driver/sqlite v1.4.3",
)
_MAIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.New().Run() }\n'
_OPEN = """package model

import (
\t"gorm.io/driver/mysql"
\t"gorm.io/driver/sqlite"
\t"gorm.io/gorm"
\t"os"
)

func InitDB() (err error) {
\tvar db *gorm.DB
\tif {test} {
\t\t// Use {first}
\t\tdb, err = gorm.Open({first}.Open(os.Getenv("SQL_DSN")), &gorm.Config{})
\t} else {
\t\t// Use {second}
\t\tdb, err = gorm.Open({second}.Open(SQLitePath), &gorm.Config{})
\t}
\treturn err
}
"""


def _engine(root: Path, test: str, first_engine: str, second: str) -> str:
    model = (
        _OPEN.replace("{test}", test).replace("{first}", first_engine).replace("{second}", second)
    )
    files = {"go.mod": _GO_MOD, "main.go": _MAIN, "model/main.go": model}
    return first(by_folder(write(root, files))["."], K.DATABASE)[0]


def test_the_else_of_a_set_connection_setting_is_the_default(tmp_path: Path) -> None:
    assert _engine(tmp_path, 'os.Getenv("SQL_DSN") != ""', "mysql", "sqlite") == "SQLite"


def test_the_block_of_an_empty_connection_setting_is_the_default(tmp_path: Path) -> None:
    assert _engine(tmp_path, 'cfg.DSN == ""', "sqlite", "mysql") == "SQLite"
