"""Held-out set 340 (#19): a Chi API whose go.mod requires pgx (and pgxutil, goose) and no
other data layer. Its stores are written to a pgx pool in most files; database/sql is imported
by the few that open a `*sql.DB` on the same driver (`sql.Open("pgx", …)`) only to hand it to
goose's migrations, and `database/sql/driver` by types implementing Scanner and Valuer.

database/sql joins the Go census beside a driver with an API of its own: the files importing
each decide, `database/sql/driver` no import of database/sql. Counter-case: a module querying
through database/sql everywhere, one file borrowing pgx's pool, stays database/sql.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = """module github.com/example/songs

go 1.23

require (
\tgithub.com/go-chi/chi/v5 v5.1.0
\tgithub.com/jackc/pgx/v5 v5.7.1
\tgithub.com/jackc/pgxutil v0.0.0-20230402182734-a6ffb8bb7f5c
\tgithub.com/pressly/goose/v3 v3.22.1
)
"""

_SERVER = """package main

import (
\t"context"
\t"database/sql"
\t"net/http"

\t"github.com/example/songs/api"
\t"github.com/jackc/pgx/v5/pgxpool"
\t_ "github.com/jackc/pgx/v5/stdlib"
\t"github.com/pressly/goose/v3"
)

func main() {
\tdb, _ := sql.Open("pgx", "postgres://app@db/songs")
\t_ = goose.Up(db, ".")
\tpool, _ := pgxpool.New(context.Background(), "postgres://app@db/songs")
\thttp.ListenAndServe(":8080", api.Handler(pool))
}
"""

_HANDLER = """package api

import (
\t"net/http"

\t"github.com/go-chi/chi/v5"
\t"github.com/jackc/pgx/v5/pgxpool"
)

func Handler(pool *pgxpool.Pool) http.Handler {
\tr := chi.NewRouter()
\treturn r
}
"""

_MIGRATE = """package main

import (
\t"database/sql"

\t"github.com/pressly/goose/v3"
)

func migrate(uri string) error {
\tdb, err := sql.Open("pgx", uri)
\tif err != nil {
\t\treturn err
\t}
\treturn goose.Up(db, ".")
}
"""

_HEALTH = _MIGRATE.replace("package main", "package health").replace("migrate(", "check(")


def _repo(name: str) -> str:
    return f"""package {name}

import (
\t"context"

\t"github.com/jackc/pgx/v5"
\t"github.com/jackc/pgx/v5/pgxpool"
\t"github.com/jackc/pgxutil"
)

type Repo struct{{ db *pgxpool.Pool }}

func (r Repo) Count(ctx context.Context) (int, error) {{
\treturn pgxutil.SelectRow(ctx, r.db, "SELECT count(*) FROM {name}", nil, pgx.RowTo[int])
}}
"""


_VALUER = """package {name}

import "database/sql/driver"

type Kind string

func (k Kind) Value() (driver.Value, error) {{ return string(k), nil }}
"""


def _tree() -> dict[str, str]:
    files = {
        "go.mod": _GO_MOD,
        "cmd/songs/server.go": _SERVER,
        "cmd/songs/migrate.go": _MIGRATE,
        "cmd/songs/health/service.go": _HEALTH,
        "api/handler.go": _HANDLER,
        "pkg/kind/kind.go": _VALUER.format(name="kind"),
        "pkg/media/media.go": _VALUER.format(name="media"),
    }
    for name in ("song", "media", "upload", "file", "cover", "artist"):
        files[f"core/{name}/repo.go"] = _repo(name)
    return files


def test_the_pool_the_stores_use_outweighs_the_migrations_handle(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.QUERY)[0] == "pgx"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_database_sql_everywhere_stays_database_sql(tmp_path: Path) -> None:
    files = _tree()
    for name in ("song", "media", "upload", "file", "cover", "artist"):
        files[f"core/{name}/repo.go"] = _MIGRATE.replace("package main", f"package {name}")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "database/sql"
