"""Go: Beego's settings example spelled `app-example.conf` names the engine too (set 222, #19).

An alert relay on Beego v1 imports drivers for MySQL, PostgreSQL and SQLite and registers the
database by the `db_driver` setting (SQLite in its `default:` branch). The repository ships no
`conf/app.conf`, only `conf/app-example.conf` (`db_driver=sqlite3`, the server's lines
commented out), which its image copies to `conf/app.conf`: that example is the settings file
the program runs on, as `app.conf.example` already was. Counter-cases: the example naming MySQL
gives MySQL, and a commented-out key names nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MAIN = (
    'package main\n\nimport (\n\t"github.com/astaxie/beego"\n'
    '\t"github.com/astaxie/beego/orm"\n\t_ "github.com/go-sql-driver/mysql"\n'
    '\t_ "github.com/lib/pq"\n\t_ "github.com/mattn/go-sqlite3"\n)\n\n'
    "func init() {\n"
    '\tswitch beego.AppConfig.String("db_driver") {\n'
    '\tcase "mysql":\n'
    '\t\t_ = orm.RegisterDataBase("default", "mysql", dsn)\n'
    '\tcase "postgres":\n'
    '\t\t_ = orm.RegisterDataBase("default", "postgres", dsn)\n'
    "\tdefault:\n"
    '\t\t_ = orm.RegisterDataBase("default", "sqlite3", "./db/app.db", 10)\n'
    "\t}\n}\n\nfunc main() {\n\tbeego.Run()\n}\n"
)


def _relay(driver_line: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/astaxie/beego v1.12.1",
            "github.com/go-sql-driver/mysql v1.8.1",
            "github.com/lib/pq v1.10.9",
            "github.com/mattn/go-sqlite3 v1.14.32",
        ),
        "main.go": _MAIN,
        "conf/app-example.conf": (
            "appname = relay\nhttpport = 8080\nrunmode = dev\n"
            "#数据库驱动，支持sqlite3，mysql,postgres\n"
            f"{driver_line}\n#db_host=127.0.0.1\n#db_port=3306\n#db_user=root\n"
        ),
        "Dockerfile": (
            "FROM alpine:3.18\nWORKDIR /app\nCOPY relay .\n"
            "COPY conf/app-example.conf conf/app.conf\nENTRYPOINT [\"/app/relay\"]\n"
        ),
    }


def test_the_shipped_example_settings_name_sqlite(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _relay("db_driver=sqlite3")))["."]
    assert first(backend, K.FRAMEWORK) == ("Beego", "v1.12.1")
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_the_example_naming_mysql_gives_mysql(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _relay("db_driver=mysql")))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_commented_out_driver_key_names_nothing(tmp_path: Path) -> None:
    # With the key commented out, the drivers alone decide, as before: MySQL's comes first.
    backend = by_folder(write(tmp_path, _relay("#db_driver=sqlite3")))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
