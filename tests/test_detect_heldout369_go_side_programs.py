"""Held-out set 369 (#19): Go and Rust programs of a multi-service repository.

- A Go server module lent two sibling modules through `replace`: one keeps a local cache in
  Storm (an ORM over bbolt's file, nowhere else), the other queries PostgreSQL through
  database/sql with lib/pq. The primary engine is PostgreSQL, so database/sql, which serves it,
  is the data layer, not the embedded engine's ORM; with BoltDB alone, Storm stays.
- A Rust crate whose axum router answers only a health check at its root and `/metrics`, the
  metrics router merged in from a module of the crate itself: operators' routes, no backend. A
  router merged in from another crate still leaves it one.
- A Go module whose only program starts PostgreSQL as a Docker container through
  ory/dockertest and runs the services against it (a developer's launcher): no service. A
  service with its own main beside such a command stays one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _gomod(module: str, requires: list[str], replaces: list[str] = ()) -> str:
    text = f"module {module}\n\ngo 1.22\n\n"
    if replaces:
        text += "replace (\n" + "".join(f"\t{r}\n" for r in replaces) + ")\n\n"
    return text + "require (\n" + "".join(f"\t{r}\n" for r in requires) + ")\n"


def _explorer(tmp_path: Path, with_postgres: bool = True) -> Path:
    server_requires = [
        "github.com/go-chi/chi/v5 v5.0.8",
        "example.org/explorer/gov v1.0.0",
        "github.com/asdine/storm/v3 v3.2.1 // indirect",
        "go.etcd.io/bbolt v1.3.11 // indirect",
    ]
    replaces = ["example.org/explorer/gov => ../../gov/"]
    files = {
        "gov/go.mod": _gomod("example.org/explorer/gov", ["github.com/asdine/storm/v3 v3.2.1"]),
        "gov/proposals.go": (
            'package gov\n\nimport "github.com/asdine/storm/v3"\n\n'
            "type DB struct{ db *storm.DB }\n\n"
            'func Open(path string) (*DB, error) {\n\tdb, err := storm.Open(path)\n'
            "\treturn &DB{db}, err\n}\n"
        ),
        "cmd/server/main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/go-chi/chi/v5"\n'
            '\t"example.org/explorer/gov"\n)\n\nfunc main() {\n\tr := chi.NewRouter()\n'
            '\tgov.Open("proposals.db")\n\thttp.ListenAndServe(":7777", r)\n}\n'
        ),
    }
    if with_postgres:
        server_requires += [
            "example.org/explorer/db/pg v1.0.0",
            "github.com/lib/pq v1.10.9 // indirect",
        ]
        replaces.append("example.org/explorer/db/pg => ../../db/pg/")
        files["db/pg/go.mod"] = _gomod("example.org/explorer/db/pg", ["github.com/lib/pq v1.10.9"])
        files["db/pg/connection.go"] = (
            'package pg\n\nimport (\n\t"database/sql"\n\n\t_ "github.com/lib/pq"\n)\n\n'
            'func Connect(dsn string) (*sql.DB, error) { return sql.Open("postgres", dsn) }\n'
        )
        files["db/pg/queries.go"] = (
            'package pg\n\nimport "database/sql"\n\n'
            'func Count(db *sql.DB) { db.QueryRow("SELECT count(*) FROM blocks") }\n'
        )
    module = "example.org/explorer/cmd/server"
    files["cmd/server/go.mod"] = _gomod(module, server_requires, replaces)
    return write(tmp_path, files)


def test_query_library_of_primary_engine_over_embedded_engines_orm(tmp_path: Path) -> None:
    backend = by_folder(_explorer(tmp_path))["cmd/server"]
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"
    assert first(backend, FindingKind.QUERY)[0] == "database/sql"
    orm = [f.name for f in backend.findings if f.kind is FindingKind.ORM]
    data = [f.name for f in backend.findings if f.kind in (FindingKind.ORM, FindingKind.QUERY)]
    assert "Storm" not in orm or data.index("database/sql") < data.index("Storm")


def test_storm_stays_when_boltdb_is_the_engine(tmp_path: Path) -> None:
    backend = by_folder(_explorer(tmp_path, with_postgres=False))["cmd/server"]
    assert first(backend, FindingKind.ORM)[0] == "Storm"


_CARGO = (
    '[package]\nname = "ejector"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
    'axum = "0.7"\ntokio = { version = "1", features = ["full"] }\nprometheus = "0.13"\n'
)

_METRICS = (
    "use axum::{Router, http::StatusCode, response::IntoResponse};\n\n"
    "async fn metrics_handler() -> impl IntoResponse { StatusCode::OK }\n\n"
    "pub fn router() -> Router {\n"
    '    Router::new().route("/metrics", axum::routing::get(metrics_handler))\n}\n'
)


def _server(merged: str) -> str:
    return (
        "use axum::{Router, http::StatusCode, routing::get};\n\nuse crate::metrics;\n\n"
        "async fn health() -> StatusCode { StatusCode::OK }\n\n"
        "pub async fn spawn_server() {\n"
        '    let health_router = Router::new().route("/", get(health));\n'
        f"    let router = health_router.merge({merged}::router());\n"
        '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n'
        "    axum::serve(listener, router).await.unwrap();\n}\n"
    )


_ECHO_MAIN = (
    'package main\n\nimport "github.com/labstack/echo/v4"\n\n'
    'func main() {\n\te := echo.New()\n\te.GET("/events", nil)\n\te.Start(":8080")\n}\n'
)


def _crate(tmp_path: Path, merged: str) -> Path:
    return write(
        tmp_path,
        {
            "ejector/Cargo.toml": _CARGO,
            "ejector/src/main.rs": (
                "mod metrics;\nmod server;\n\n#[tokio::main]\nasync fn main() {\n"
                "    server::spawn_server().await;\n}\n"
            ),
            "ejector/src/metrics.rs": _METRICS,
            "ejector/src/server.rs": _server(merged),
            # The repository's API, beside the crate: a tree of one program is its backend.
            "api/go.mod": _gomod("example.org/rollup/api", ["github.com/labstack/echo/v4 v4.15.4"]),
            "api/main.go": _ECHO_MAIN,
        },
    )


def test_root_health_and_merged_local_metrics_are_operators_routes(tmp_path: Path) -> None:
    assert set(by_folder(_crate(tmp_path, "metrics"))) == {"api"}


def test_router_merged_from_another_crate_leaves_a_backend(tmp_path: Path) -> None:
    assert set(by_folder(_crate(tmp_path, "api_routes"))) == {"api", "ejector"}


_LAUNCHER_GOMOD = _gomod(
    "example.org/pki/monolithic",
    [
        "github.com/gin-gonic/gin v1.12.0",
        "gorm.io/gorm v1.31.1",
        "gorm.io/driver/postgres v1.6.0",
        "github.com/ory/dockertest/v3 v3.12.0",
    ],
)

_LAUNCHER_MAIN = (
    'package main\n\nimport (\n\t"flag"\n\n\t"github.com/gin-gonic/gin"\n'
    '\t"github.com/ory/dockertest/v3"\n)\n\nfunc main() {\n'
    '\tsample := flag.Bool("sample-data", false, "populate the server with sample data")\n'
    "\tflag.Parse()\n\tpool, _ := dockertest.NewPool(\"\")\n"
    '\tpool.Run("postgres", "16", nil)\n\t_ = sample\n\tengine := gin.New()\n'
    '\tengine.Run(":8080")\n}\n'
)

_STORE = (
    'package storage\n\nimport (\n\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n\n'
    "func Open(dsn string) (*gorm.DB, error) { return gorm.Open(postgres.Open(dsn)) }\n"
)


def test_program_starting_its_databases_in_containers_is_no_service(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "monolithic/go.mod": _LAUNCHER_GOMOD,
            "monolithic/cmd/development/main.go": _LAUNCHER_MAIN,
            "monolithic/pkg/storage/store.go": _STORE,
        },
    )
    assert "monolithic" not in by_folder(root)


def test_service_with_its_own_main_beside_a_launcher_stays(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "monolithic/go.mod": _LAUNCHER_GOMOD,
            "monolithic/cmd/development/main.go": _LAUNCHER_MAIN,
            "monolithic/cmd/server/main.go": (
                'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
                'func main() {\n\tengine := gin.New()\n\tengine.Run(":8080")\n}\n'
            ),
            "monolithic/pkg/storage/store.go": _STORE,
        },
    )
    assert "monolithic" in by_folder(root)
