"""Go: the embedded store a program opens unless a connection setting is given (set 142, #19).

A push server keeps its devices in bbolt under `--data` and switches to MySQL only when a
`--dsn` flag is given: `if dsn := c.String("dsn"); dsn != "" { … NewMySQL(dsn) … return }`,
then, right after that block, `db = database.NewBboltdb(c.String("data"))`. The early return
makes the line after the block the program's own default (the `else` branch written flat),
so the embedded store is the engine and its package the data layer; the server driver is
what an operator may point it at."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MAIN = (
    "package main\n\n"
    "import (\n"
    '\t"github.com/gofiber/fiber/v2"\n'
    '\t"github.com/urfave/cli/v2"\n\n'
    '\t"example.com/app/database"\n'
    ")\n\n"
    "var db database.Database\n\n"
    "func initializeDatabase(c *cli.Context) {\n"
    '\tif dsn := c.String("dsn"); dsn != "" {\n'
    '\t\tif c.Bool("mysql-tls") {\n'
    '\t\t\tdb = database.NewMySQLWithTLS(dsn, c.String("mysql-ca"))\n'
    "\t\t} else {\n"
    "\t\t\tdb = database.NewMySQL(dsn)\n"
    "\t\t}\n"
    "\t\treturn\n"
    "\t}\n\n"
    "{after}"
    "}\n\n"
    "func main() {\n"
    "\tapp := fiber.New()\n"
    '\tapp.Get("/ping", func(c *fiber.Ctx) error { return c.SendString("pong") })\n'
    '\tapp.Listen(":8080")\n'
    "}\n"
)
_BBOLT = (
    "package database\n\n"
    'import "go.etcd.io/bbolt"\n\n'
    "var bdb *bbolt.DB\n\n"
    "func NewBboltdb(dataDir string) Database {\n"
    '\tbdb, _ = bbolt.Open(dataDir+"/bark.db", 0600, nil)\n'
    "\treturn &BboltDB{}\n"
    "}\n"
)
_MYSQL = (
    "package database\n\n"
    "import (\n"
    '\t"database/sql"\n\n'
    '\t"github.com/go-sql-driver/mysql"\n'
    ")\n\n"
    "var mysqlDB *sql.DB\n\n"
    "func NewMySQL(dsn string) Database {\n"
    '\tmysqlDB, _ = sql.Open("mysql", dsn)\n'
    "\t_ = mysql.Config{}\n"
    "\treturn &MySQL{}\n"
    "}\n"
)


_DEFAULT = '\tdb = database.NewBboltdb(c.String("data"))\n'


def _module(after: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/go-sql-driver/mysql v1.8.1",
            "github.com/gofiber/fiber/v2 v2.52.11",
            "github.com/urfave/cli/v2 v2.27.4",
            "go.etcd.io/bbolt v1.3.11",
        ),
        "main.go": _MAIN.replace("{after}", after),
        "database/bbolt.go": _BBOLT,
        "database/mysql.go": _MYSQL,
    }


def test_the_store_opened_after_an_early_return_is_the_default(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _module(_DEFAULT)))
    assert first(found["."], K.DATABASE)[0] == "BoltDB"
    layer = first(found["."], K.ORM)[0] or first(found["."], K.QUERY)[0]
    assert layer == "bbolt"


def test_a_program_refusing_to_start_without_the_setting_has_no_default(
    tmp_path: Path,
) -> None:
    # Counter-case: after the block the program stops (`log.Fatal`) instead of opening its own
    # store; bbolt is still required (for a migration tool, say) but is no default, and the
    # engine is left as before, to the MySQL driver's import.
    found = by_folder(write(tmp_path, _module('\tlog.Fatal("--dsn is required")\n')))
    assert first(found["."], K.DATABASE)[0] == "MySQL"
