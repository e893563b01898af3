"""A gap the 482nd held-out set showed (benchmarks/detect_heldout482.yaml), as a small fixture
of the real files' shape (#19): a Go server carrying the drivers of SQLite and MySQL that opens
`sql.Open(engine, dsn)` with the engine its own flag chooses (`flag.StringVar(&cfg.db.engine,
"engine", "sqlite", …)`): the flag's default is the program's engine. A flag defaulting to
MySQL makes MySQL the engine; a flag of another name (a template engine's) chooses nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_GO_MOD = (
    "module example.com/logbook\n\ngo 1.22\n\nrequire (\n"
    "\tgithub.com/go-chi/chi/v5 v5.3.0\n\tgithub.com/go-sql-driver/mysql v1.8.1\n"
    "\tmodernc.org/sqlite v1.33.0\n)\n"
)

_DRIVER = (
    "package driver\n\nimport (\n\t\"database/sql\"\n\n\t_ \"github.com/go-sql-driver/mysql\"\n"
    "\t_ \"modernc.org/sqlite\"\n)\n\n"
    "func OpenDB(engine string, dsn string) (*sql.DB, error) {\n"
    "\treturn sql.Open(engine, dsn)\n}\n"
)


def _main(flag: str) -> str:
    return (
        "package main\n\nimport (\n\t\"flag\"\n\t\"net/http\"\n\n"
        "\t\"github.com/go-chi/chi/v5\"\n\t\"example.com/logbook/internal/driver\"\n)\n\n"
        "type config struct {\n\tdb struct {\n\t\tengine string\n\t\tdsn    string\n\t}\n}\n\n"
        "func main() {\n\tvar cfg config\n"
        f"\t{flag}\n"
        '\tflag.StringVar(&cfg.db.dsn, "dsn", "logbook.sql", "Data source name")\n'
        "\tflag.Parse()\n\tdriver.OpenDB(cfg.db.engine, cfg.db.dsn)\n"
        "\tr := chi.NewRouter()\n\thttp.ListenAndServe(\":4000\", r)\n}\n"
    )


def _engine(tmp_path: Path, flag: str) -> str:
    files = {
        "go.mod": _GO_MOD,
        "internal/driver/driver.go": _DRIVER,
        "app/main.go": _main(flag),
    }
    return first(by_folder(write(tmp_path, files))["."], FindingKind.DATABASE)[0]


def test_the_engine_flags_default_is_the_programs_engine(tmp_path: Path) -> None:
    flag = 'flag.StringVar(&cfg.db.engine, "engine", "sqlite", "Database engine {sqlite|mysql}")'
    assert _engine(tmp_path, flag) == "SQLite"


def test_a_flag_defaulting_to_mysql_makes_mysql_the_engine(tmp_path: Path) -> None:
    flag = 'flag.StringVar(&cfg.db.engine, "db-engine", "mysql", "Database engine")'
    assert _engine(tmp_path, flag) == "MySQL"


def test_a_flag_of_another_name_chooses_no_engine(tmp_path: Path) -> None:
    # Without a choice the drivers tie, as before; the template flag adds nothing to SQLite.
    flag = 'flag.StringVar(&cfg.db.engine, "template", "sqlite", "Template set")'
    baseline = 'flag.StringVar(&cfg.db.engine, "unused", "", "")'
    assert _engine(tmp_path / "a", flag) == _engine(tmp_path / "b", baseline)
