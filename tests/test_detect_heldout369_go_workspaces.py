"""Held-out set 369 (#19): Go repositories holding several services.

- A `go.work` workspace keeps the shared code in a module with no `package main`: its database
  setup (GORM on PostgreSQL) and the Gin metrics server every program starts. The programs import
  it by path (the workspace resolves it, their go.mod names it nowhere). That module is no
  backend; a worker writing its own tables whose only server is that one is
  (`go_lent_servers`), and an API beside it takes the engine the shared module opens.
- A service module requires a sibling storage-engine module only to register it at start; its
  go.mod names GORM `// indirect`, as a sibling tool's does directly: the package it imports is
  the one on GORM, so the layer is lent (`go_reached_modules`).
- A module requires PostgreSQL's driver only for its array types while its code opens MySQL
  through GORM: the engine is the one opened (`go_opened_engines`).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMMON = {
    "common/go.mod": (
        "module acme/common\n\ngo 1.21\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n"
        "\tgorm.io/driver/postgres v1.5.7\n\tgorm.io/gorm v1.25.7\n)\n"
    ),
    "common/database/db.go": (
        'package database\n\nimport (\n\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n\n'
        "func InitDB(dsn string) (*gorm.DB, error) {\n"
        "\treturn gorm.Open(postgres.Open(dsn), &gorm.Config{})\n}\n"
    ),
    "common/observability/server.go": (
        'package observability\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n'
        '\t"gorm.io/gorm"\n)\n\nfunc Server(addr string, db *gorm.DB) {\n\tr := gin.New()\n'
        '\tr.GET("/health", func(c *gin.Context) { c.Status(200) })\n'
        "\tserver := &http.Server{Addr: addr, Handler: r}\n\tgo server.ListenAndServe()\n}\n"
    ),
}


def _worker_module() -> dict[str, str]:
    return {
        "relayer/go.mod": (
            "module acme/relayer\n\ngo 1.21\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n"
            "\tgorm.io/gorm v1.25.7\n)\n"
        ),
        "relayer/cmd/relayer/main.go": (
            'package main\n\nimport (\n\t"acme/common/database"\n'
            '\t"acme/common/observability"\n\t"acme/relayer/internal/orm"\n)\n\n'
            'func main() {\n\tdb, _ := database.InitDB("dsn")\n'
            '\tobservability.Server(":8080", db)\n\torm.NewBatch(db).Insert()\n}\n'
        ),
        "relayer/internal/orm/batch.go": (
            'package orm\n\nimport "gorm.io/gorm"\n\ntype Batch struct{ db *gorm.DB }\n\n'
            "func NewBatch(db *gorm.DB) *Batch { return &Batch{db: db} }\n\n"
            'func (b *Batch) Insert() { b.db.Create(&struct{ ID int }{ID: 1}) }\n'
        ),
        "relayer/Dockerfile": "FROM golang:1.21\nCOPY . .\nRUN go build ./cmd/relayer\n",
    }


def _api_module() -> dict[str, str]:
    return {
        "api/go.mod": (
            "module acme/api\n\ngo 1.21\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n"
            "\tgorm.io/gorm v1.25.7\n)\n"
        ),
        "api/cmd/api/main.go": (
            'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\n'
            '\t"acme/common/database"\n\t"acme/common/observability"\n)\n\n'
            'func main() {\n\tdb, _ := database.InitDB("dsn")\n'
            '\tobservability.Server(":8081", db)\n\trouter := gin.Default()\n'
            '\trouter.GET("/api/items", func(c *gin.Context) { c.JSON(200, nil) })\n'
            '\trouter.Run(":8080")\n}\n'
        ),
    }


def _workspace() -> dict[str, str]:
    return {
        "go.work": "go 1.21\n\nuse (\n\t./api\n\t./common\n\t./relayer\n)\n",
        **_COMMON,
        **_worker_module(),
        **_api_module(),
    }


def test_the_shared_module_starting_the_metrics_server_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert "common" not in found
    assert first(found["api"], K.FRAMEWORK)[0] == "Gin"


def test_a_worker_keeping_data_on_the_lent_server_is_a_backend(tmp_path: Path) -> None:
    worker = by_folder(write(tmp_path, _workspace()))["relayer"]
    assert first(worker, K.FRAMEWORK)[0] == "Gin"
    assert first(worker, K.ORM)[0] == "GORM"
    assert first(worker, K.DATABASE)[0] == "PostgreSQL"


def test_the_api_takes_the_engine_the_shared_module_opens(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _workspace()))["api"]
    assert first(api, K.DATABASE)[0] == "PostgreSQL"


def test_a_module_with_a_program_of_its_own_lends_no_server(tmp_path: Path) -> None:
    # Counter-case: the shared module holds a program: it is not a library of the workspace.
    tree = _workspace()
    tree["common/cmd/tool/main.go"] = (
        'package main\n\nimport "acme/common/observability"\n\n'
        'func main() { observability.Server(":9", nil) }\n'
    )
    assert "common" in by_folder(write(tmp_path, tree))


_ENGINE = {
    "engines/postgres/go.mod": (
        "module github.com/acme/lamp/engines/postgres/v3\n\ngo 1.21\n\nrequire (\n"
        "\tgorm.io/driver/postgres v1.6.0\n\tgorm.io/gorm v1.31.1\n)\n"
    ),
    "engines/postgres/store.go": (
        'package postgres\n\nimport (\n\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n\n'
        "func Register() {}\n\nfunc open(dsn string) (*gorm.DB, error) {\n"
        "\treturn gorm.Open(postgres.Open(dsn), &gorm.Config{})\n}\n"
    ),
    "engines/postgres/types/errors.go": "package types\n\nvar ErrMissing = 1\n",
}


def _service(imported: str) -> dict[str, str]:
    name = "Register" if imported.endswith("v3") else "ErrMissing"
    return {
        "backend/go.mod": (
            "module github.com/acme/lamp/backend\n\ngo 1.21\n\nrequire (\n"
            "\tgithub.com/acme/lamp/engines/postgres/v3 v3.8.0\n"
            "\tgithub.com/gin-gonic/gin v1.12.0\n)\n\nrequire gorm.io/gorm v1.31.1 // indirect\n"
            "\nreplace github.com/acme/lamp/engines/postgres/v3 => ../engines/postgres\n"
        ),
        "backend/pkg/storage/register.go": (
            f'package storage\n\nimport pg "{imported}"\n\nvar _ = pg.{name}\n'
        ),
        "backend/cmd/ca/main.go": (
            'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\n'
            '\t_ "github.com/acme/lamp/backend/pkg/storage"\n)\n\n'
            'func main() {\n\tr := gin.New()\n\tr.GET("/certs", func(c *gin.Context) {})\n'
            '\tr.Run(":8085")\n}\n'
        ),
        "backend/Dockerfile": "FROM golang:1.21\nCOPY . .\nRUN go build ./cmd/ca\n",
        # A developer's launcher naming GORM itself (for its SQLite fixtures).
        "devtool/go.mod": (
            "module github.com/acme/lamp/devtool\n\ngo 1.21\n\nrequire (\n"
            "\tgithub.com/acme/lamp/engines/postgres/v3 v3.8.0\n"
            "\tgorm.io/driver/sqlite v1.6.0\n\tgorm.io/gorm v1.31.1\n)\n"
        ),
        "devtool/main.go": (
            'package main\n\nimport (\n\t_ "github.com/acme/lamp/engines/postgres/v3"\n'
            '\t"gorm.io/gorm"\n)\n\n'
            "var _ *gorm.DB\n\nfunc main() {}\n"
        ),
    }


def test_a_service_importing_the_engine_package_takes_its_layer(tmp_path: Path) -> None:
    tree = {"go.work": "go 1.21\n\nuse (\n\t./backend\n\t./devtool\n\t./engines/postgres\n)\n"}
    tree |= _ENGINE | _service("github.com/acme/lamp/engines/postgres/v3")
    backend = by_folder(write(tmp_path, tree))["backend"]
    assert first(backend, K.ORM)[0] == "GORM"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_service_importing_only_the_engine_types_takes_no_layer(tmp_path: Path) -> None:
    # Counter-case: only the error types are imported; the sibling names GORM itself.
    tree = {"go.work": "go 1.21\n\nuse (\n\t./backend\n\t./devtool\n\t./engines/postgres\n)\n"}
    tree |= _ENGINE | _service("github.com/acme/lamp/engines/postgres/v3/types")
    backend = by_folder(write(tmp_path, tree))["backend"]
    assert first(backend, K.ORM)[0] != "GORM"


def _gateway(open_postgres: bool) -> dict[str, str]:
    tree = {
        "go.mod": (
            "module acme/sp\n\ngo 1.20\n\nrequire (\n\tgithub.com/go-sql-driver/mysql v1.7.0\n"
            "\tgithub.com/gorilla/mux v1.8.0\n\tgithub.com/lib/pq v1.10.9\n"
            "\tgorm.io/driver/mysql v1.4.7\n\tgorm.io/gorm v1.24.7\n)\n\n"
            "require gorm.io/driver/postgres v1.5.0 // indirect\n"
        ),
        "cmd/sp/main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n\n'
            '\t"acme/sp/store"\n)\n\nfunc main() {\n\tstore.New("dsn")\n\tr := mux.NewRouter()\n'
            '\tr.HandleFunc("/objects", func(w http.ResponseWriter, r *http.Request) {})\n'
            '\thttp.ListenAndServe(":9033", r)\n}\n'
        ),
        "util/strings.go": (
            'package util\n\nimport "github.com/lib/pq"\n\n'
            "func Split(a pq.StringArray) []string { return a }\n"
        ),
        "store/store.go": (
            'package store\n\nimport (\n\t"gorm.io/driver/mysql"\n\t"gorm.io/gorm"\n)\n\n'
            "func New(dsn string) (*gorm.DB, error) {\n"
            "\treturn gorm.Open(mysql.Open(dsn), &gorm.Config{})\n}\n"
        ),
    }
    if open_postgres:
        tree["store/archive.go"] = (
            'package store\n\nimport "database/sql"\n\n'
            'func Archive(dsn string) { sql.Open("postgres", dsn) }\n'
        )
    return tree


def test_the_engine_the_code_opens_outranks_a_driver_kept_for_types(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _gateway(open_postgres=False)))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_code_opening_both_engines_adds_nothing(tmp_path: Path) -> None:
    # Counter-case: both engines are opened; the rule says nothing and adds no evidence.
    backend = by_folder(write(tmp_path, _gateway(open_postgres=True)))["."]
    database = next(f for f in backend.findings if f.kind is K.DATABASE and f.name == "MySQL")
    assert not any("gorm.Open(" in e.text for e in database.evidence)
