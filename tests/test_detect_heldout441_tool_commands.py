"""A gap the 441st held-out set showed (benchmarks/detect_heldout441.yaml), as a small fixture
of the real files' shape (#19): a Go module whose server packages open SQLite through sqlx
(`sqlx.Open("sqlite3", url)` over the pure-Go glebarez/go-sqlite driver) while a one-off command
beside the server (`cmd/migrate/main.go`, copying the product's old MySQL data) imports the
MySQL driver and opens it. The command is a tool, not the program: the engine is SQLite. A
command that serves HTTP itself keeps its opening counted (the two engines then tie, as
before)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = (
    "module example.com/notifier\n\ngo 1.22\n\nrequire (\n"
    "\tgithub.com/gin-gonic/gin v1.10.0\n"
    "\tgithub.com/glebarez/go-sqlite v1.22.0\n"
    "\tgithub.com/go-sql-driver/mysql v1.8.1\n"
    "\tgithub.com/jmoiron/sqlx v1.4.0\n)\n"
)

_DATABASE = (
    "package primary\n\nimport (\n\t\"github.com/glebarez/go-sqlite\"\n"
    "\t\"github.com/jmoiron/sqlx\"\n)\n\nvar _ = sqlite.Driver{}\n\n"
    "func NewPrimaryDatabase(url string) (*sqlx.DB, error) {\n"
    "\txdb, err := sqlx.Open(\"sqlite3\", url)\n\treturn xdb, err\n}\n"
)

_SERVER = (
    "package main\n\nimport (\n\t\"example.com/notifier/db/impl/primary\"\n"
    "\t\"github.com/gin-gonic/gin\"\n)\n\nfunc main() {\n"
    "\tprimary.NewPrimaryDatabase(\"/data/main.sqlite3\")\n"
    "\tr := gin.New()\n\tr.Run(\":8080\")\n}\n"
)

_MIGRATE = (
    "package main\n\nimport (\n\t\"fmt\"\n\n\t_ \"github.com/go-sql-driver/mysql\"\n"
    "\t\"github.com/jmoiron/sqlx\"\nIMPORT)\n\nfunc main() {\n"
    "\told, err := sqlx.Open(\"mysql\", \"root@tcp(localhost)/old?parseTime=true\")\n"
    "\tfmt.Println(old, err)\nSERVE}\n"
)


def _tree(serves: bool) -> dict[str, str]:
    migrate = _MIGRATE.replace("IMPORT", '\t"net/http"\n' if serves else "").replace(
        "SERVE", '\thttp.ListenAndServe(":9000", nil)\n' if serves else ""
    )
    return {
        "server/go.mod": _GO_MOD,
        "server/db/impl/primary/database.go": _DATABASE,
        "server/cmd/server/main.go": _SERVER,
        "server/cmd/migrate/main.go": migrate,
    }


def test_an_engine_only_a_one_off_command_opens_is_not_the_servers(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(serves=False)))
    assert first(found["server"], K.DATABASE)[0] == "SQLite"


def test_a_command_that_serves_keeps_its_opening(tmp_path: Path) -> None:
    # Counter-case: a command starting an HTTP server of its own is a program, not a tool: its
    # MySQL opening and driver stay the module's evidence.
    found = by_folder(write(tmp_path, _tree(serves=True)))
    mysql = next(f for f in found["server"].findings if f.kind is K.DATABASE and f.name == "MySQL")
    assert "server/cmd/migrate/main.go" in {e.path for e in mysql.evidence}
