"""A gap the 456th held-out set showed (benchmarks/detect_heldout456.yaml), as a small fixture
of the real files' shape (#19): a gorilla/mux service whose models SQLBoiler generates, its
PostgreSQL drivers only indirect requirements of a helper library, names its engine in
`db/sqlboiler.toml`'s `[psql]` section: PostgreSQL. A configuration naming two drivers names
none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_GO_MOD = (
    "module open-app\n\ngo 1.23\n\nrequire (\n"
    "\tgithub.com/gorilla/mux v1.8.1\n"
    "\tgithub.com/volatiletech/sqlboiler/v4 v4.17.1\n"
    "\tgithub.com/volatiletech/null/v8 v8.1.2\n)\n\nrequire (\n"
    "\tgithub.com/jackc/pgx/v4 v4.18.3 // indirect\n"
    "\tgithub.com/lib/pq v1.10.9 // indirect\n)\n"
)

_MAIN = (
    'package main\n\nimport (\n\t"database/sql"\n\t"net/http"\n\n'
    '\t"github.com/gorilla/mux"\n\t"github.com/volatiletech/sqlboiler/v4/boil"\n)\n\n'
    "func main() {\n\tvar database *sql.DB\n\tboil.SetDB(database)\n"
    '\trouter := mux.NewRouter()\n\thttp.ListenAndServe(":3000", router)\n}\n'
)

_MODEL = (
    'package dbgen\n\nimport (\n\t"context"\n\t"database/sql"\n\n'
    '\t"github.com/volatiletech/sqlboiler/v4/boil"\n)\n\n'
    "type Configuration struct {\n\tID int64\n}\n\n"
    "func (o *Configuration) Insert(ctx context.Context, exec boil.ContextExecutor) error {\n"
    "\tvar _ sql.Result\n\treturn nil\n}\n"
)

_TOML = (
    'output   = "db/generated"\npkgname  = "dbgen"\nwipe     = true\n\n'
    '[psql]\ndbname = "postgres"\nhost   = "localhost"\nport   = 6001\n'
    'user   = "postgres"\npass   = "secret"\nschema = "open_app"\n'
)


def _tree(toml: str) -> dict[str, str]:
    return {
        "go.mod": _GO_MOD,
        "main.go": _MAIN,
        "db/generated/configuration.go": _MODEL,
        "db/sqlboiler.toml": toml,
    }


def test_sqlboilers_driver_section_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_TOML)))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"


def test_a_configuration_naming_two_drivers_names_none(tmp_path: Path) -> None:
    toml = _TOML + '\n[mysql]\ndbname = "app"\nhost = "localhost"\n'
    backend = by_folder(write(tmp_path, _tree(toml)))["."]
    assert first(backend, FindingKind.DATABASE)[0] == ""
