"""Go: the query library that runs a builder's statements ranks first when more files import
it (set 335, #19).

One module of several services opens every store with `sqlx.Open("pgx", dsn)` and builds part
of its statements with squirrel (`ToSql()` handed to `db.Select`); core keeps a pgx pool beside
them in a few stores. sqlx is imported by a little more files than squirrel, too few for the
census to decide, and ranked by kinds the builder came first. The runner in more files is the
layer the code is written to (`ecosystems.go_query_runners`); where the builder leads, the
ranking by kinds stands."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.go_query_runners import runner_over_builder
from designer.model.stack import FindingKind as K

_SQLX = "github.com/jmoiron/sqlx"
_SQUIRREL = "github.com/Masterminds/squirrel"
_PGXPOOL = "github.com/jackc/pgx/v5/pgxpool"

_GO_MOD = (
    "module example.com/acme/platform\n\ngo 1.23.1\n\nrequire (\n"
    "\tgithub.com/Masterminds/squirrel v1.5.4\n"
    "\tgithub.com/go-chi/chi/v5 v5.0.7\n"
    "\tgithub.com/jackc/pgx/v5 v5.7.2\n"
    "\tgithub.com/jmoiron/sqlx v1.3.5\n)\n"
)


def _user(package: str, *imports: str) -> str:
    lines = "".join(f'\t"{path}"\n' for path in imports)
    return f"package {package}\n\nimport (\n{lines})\n"


def _module(sqlx_files: int, squirrel_files: int) -> dict[str, str]:
    files = {
        "go.mod": _GO_MOD,
        "services/core/main.go": (
            'package main\n\nimport (\n\t"github.com/go-chi/chi/v5"\n'
            f'\t"{_SQLX}"\n\t_ "github.com/jackc/pgx/v5/stdlib"\n)\n\n'
            'func main() {\n\tdb, _ := sqlx.Open("pgx", "postgresql://db/core")\n'
            "\t_ = db\n\tr := chi.NewRouter()\n\t_ = r\n}\n"
        ),
        "docker-compose.yaml": "services:\n  db:\n    image: postgres:15\n",
    }
    for i in range(sqlx_files):
        both = i < squirrel_files
        imports = (_SQLX, _SQUIRREL) if both else (_SQLX,)
        files[f"services/core/store{i}_psql.go"] = _user("main", *imports)
    for i in range(sqlx_files, squirrel_files):
        files[f"services/core/query{i}.go"] = _user("main", _SQUIRREL)
    for i in range(3):
        files[f"services/core/pooled{i}.go"] = _user("main", _PGXPOOL)
    return files


def test_the_runner_in_more_files_ranks_before_the_builder(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _module(sqlx_files=8, squirrel_files=6)))
    assert first(found["."], K.FRAMEWORK)[0] == "Chi"
    assert first(found["."], K.QUERY)[0] == "sqlx"


def test_the_builder_in_more_files_stays_first(tmp_path: Path) -> None:
    # Counter-case: squirrel writes most stores' statements, sqlx only runs them: the builder.
    found = by_folder(write(tmp_path, _module(sqlx_files=5, squirrel_files=8)))
    assert first(found["."], K.QUERY)[0] == "squirrel"


def test_only_a_runner_just_ahead_of_a_builder_leads() -> None:
    names = {"sqlx": "sqlx", "squirrel": "squirrel", "pgx": "pgx", "gorm": "GORM"}
    assert runner_over_builder({"sqlx": 16, "squirrel": 13, "pgx": 6}, names) == ("sqlx", 16)
    assert runner_over_builder({"sqlx": 13, "squirrel": 13}, names) is None
    assert runner_over_builder({"pgx": 16, "squirrel": 13}, names) is None
    assert runner_over_builder({"sqlx": 16, "gorm": 13}, names) is None
    assert runner_over_builder({"sqlx": 2, "squirrel": 1}, names) is None
