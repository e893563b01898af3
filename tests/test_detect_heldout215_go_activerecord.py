"""Go: go-activerecord, the SQL builder a module queries through (set 215, #19).

A Beego wiki requires `github.com/snail007/go-activerecord` beside the MySQL driver: its models
build every query with the library's ActiveRecord-style builder (`db.AR().From("user")…`),
opened from `mysql.NewDBGroup`. The data layer is go-activerecord, not the database/sql the
driver alone would mean; a module with the driver and no such library stays on database/sql."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _go_mod(*extra: str) -> str:
    lines = "".join(f"\t{line}\n" for line in extra)
    return (
        "module acme/wiki\n\ngo 1.12\n\nrequire (\n"
        "\tgithub.com/astaxie/beego v1.12.0\n"
        "\tgithub.com/go-sql-driver/mysql v1.4.1\n"
        f"{lines})\n"
    )


_MAIN = (
    "package main\n\nimport (\n\t\"github.com/astaxie/beego\"\n)\n\n"
    "func main() {\n\tbeego.Run()\n}\n"
)


def _layer(files: dict[str, str], tmp_path: Path) -> tuple[str, str]:
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Beego"
    layer = first(backend, K.ORM)[0] or first(backend, K.QUERY)[0]
    return layer, first(backend, K.DATABASE)[0]


def test_go_activerecord_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "go.mod": _go_mod("github.com/snail007/go-activerecord v0.0.0-20190813031814-2ac2f3d7cff0"),
        "main.go": _MAIN,
        "app/models/user.go": "package models\n\nfunc (u *User) GetUsers() {\n"
        "\tdb := G.DB()\n\trs, err := db.Query(db.AR().From(Table_User_Name))\n"
        "\t_ = rs\n\t_ = err\n}\n",
    }
    assert _layer(files, tmp_path) == ("go-activerecord", "MySQL")


def test_the_driver_alone_is_database_sql(tmp_path: Path) -> None:
    # Counter-case: the driver with no library over it: raw SQL through database/sql.
    files = {"go.mod": _go_mod(), "main.go": _MAIN}
    assert _layer(files, tmp_path) == ("database/sql", "MySQL")
