"""Go servers compiling in the drivers of three SQL engines whose own choice is SQLite, as
held-out set 403 showed (benchmarks/detect_heldout403.yaml, #19).

- A certificate server on gorilla/mux and sqlx: go.mod requires go-sql-driver/mysql, lib/pq and
  go-sqlite3; its database settings struct (`type CAConfigDB struct`) carries a bare `Type`
  field whose `def:` struct tag (the program's own flag-and-default loader) is `sqlite3`.
- A gateway on Chi and GORM whose driver is a required setting with no default: the storage
  code imports all three drivers; the Heroku manifest (app.json, no add-on) and the example
  env set the driver variable to `sqlite3`.

Each program's own choice outranks drivers that are merely available."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K


def _engine(root: Path) -> str:
    backend = by_folder(root)["."]
    return next(f.name for f in backend.findings if f.kind is K.DATABASE)


# --- a settings struct named for the database, its `Type` field's `def:` tag ---------------

_SERVER = (
    "package lib\n\nimport (\n\t\"net/http\"\n\n\tgmux \"github.com/gorilla/mux\"\n)\n\n"
    "func Serve() error {\n\tr := gmux.NewRouter()\n"
    "\tr.HandleFunc(\"/api/v1/enroll\", enroll).Methods(\"POST\")\n"
    "\treturn http.ListenAndServe(\":7054\", r)\n}\n\n"
    "func enroll(w http.ResponseWriter, r *http.Request) {}\n"
)

_DB = (
    "package db\n\nimport (\n\t\"github.com/jmoiron/sqlx\"\n"
    "\t_ \"github.com/go-sql-driver/mysql\"\n\t_ \"github.com/lib/pq\"\n"
    "\t_ \"github.com/mattn/go-sqlite3\"\n)\n\n"
    "func Open(driver, source string) (*sqlx.DB, error) {\n"
    "\treturn sqlx.Open(driver, source)\n}\n"
)


def _config(struct: str, field: str, default: str) -> str:
    return (
        "package lib\n\n// The database part of the server's config\n"
        f"type {struct} struct {{\n"
        f"\t{field}       string `def:\"{default}\" help:\"Type of database; one of: sqlite3, "
        "postgres, mysql\"`\n"
        "\tDatasource string `def:\"server.db\" help:\"Data source which is database specific\"`\n"
        "}\n"
    )


def _ca(struct: str = "CAConfigDB", field: str = "Type", default: str = "sqlite3") -> dict:
    return {
        "go.mod": go_mod(
            "github.com/go-sql-driver/mysql v1.10.0",
            "github.com/gorilla/mux v1.8.1",
            "github.com/jmoiron/sqlx v1.4.0",
            "github.com/lib/pq v1.12.3",
            "github.com/mattn/go-sqlite3 v1.14.44",
        ),
        "main.go": "package main\n\nimport \"example.com/app/lib\"\n\n"
        "func main() { _ = lib.Serve() }\n",
        "lib/server.go": _SERVER,
        "lib/db/db.go": _DB,
        "lib/caconfig.go": _config(struct, field, default),
    }


@pytest.mark.parametrize(
    ("struct", "field", "default", "engine"),
    [
        ("CAConfigDB", "Type", "sqlite3", "SQLite"),
        ("CAConfigDB", "Type", "postgres", "PostgreSQL"),
        ("dbConfig", "Driver", "sqlite3", "SQLite"),
        # A struct whose name only holds the letters is no database's settings: the drivers
        # tie as before, and the first found (MySQL) stays.
        ("FeedbackConfig", "Type", "sqlite3", "MySQL"),
    ],
)
def test_database_struct_type_default(
    tmp_path: Path, struct: str, field: str, default: str, engine: str
) -> None:
    assert _engine(write(tmp_path, _ca(struct, field, default))) == engine


# --- a platform manifest choosing the embedded engine, no add-on ---------------------------

_STORAGE = (
    "package sql\n\nimport (\n\t_ \"github.com/go-sql-driver/mysql\"\n\t_ \"github.com/lib/pq\"\n"
    "\t_ \"github.com/mattn/go-sqlite3\"\n\n\t\"github.com/jinzhu/gorm\"\n)\n\n"
    "func Dial(driver, url string) (*gorm.DB, error) {\n\treturn gorm.Open(driver, url)\n}\n"
)

_CONF = (
    "package conf\n\ntype DBConfiguration struct {\n"
    "\tDriver string `json:\"driver\" required:\"true\"`\n"
    "\tURL    string `json:\"url\" envconfig:\"DATABASE_URL\" required:\"true\"`\n}\n"
)


def _gateway(driver: str, image_sets: bool = False) -> dict:
    manifest = {
        "name": "gateway",
        "env": {
            "DATABASE_URL": {},
            "GATEWAY_DB_DRIVER": {"value": driver},
            "GATEWAY_JWT_SECRET": {"required": True},
        },
    }
    files = {
        "go.mod": go_mod(
            "github.com/go-chi/chi v3.1.4+incompatible",
            "github.com/go-sql-driver/mysql v1.7.0",
            "github.com/jinzhu/gorm v0.0.0-20170723080543-5b8c0dd6b92d",
            "github.com/lib/pq v1.10.7",
            "github.com/mattn/go-sqlite3 v2.0.2+incompatible",
        ),
        "main.go": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/go-chi/chi\"\n)\n\n"
        "func main() {\n\tr := chi.NewRouter()\n"
        "\tr.Get(\"/settings\", func(w http.ResponseWriter, r *http.Request) {})\n"
        "\t_ = http.ListenAndServe(\":9999\", r)\n}\n",
        "storage/sql/storage.go": _STORAGE,
        "conf/configuration.go": _CONF,
        "app.json": json.dumps(manifest, indent=2) + "\n",
    }
    if image_sets:
        files["Dockerfile"] = (
            "FROM golang:1.22\nENV GATEWAY_DB_DRIVER=mysql\nRUN go build -o /app .\n"
            "CMD [\"/app\"]\n"
        )
    return files


@pytest.mark.parametrize(
    ("driver", "image_sets", "engine"),
    [
        ("sqlite3", False, "SQLite"),
        # The project's own image setting the variable makes the manifest a side deployment.
        ("sqlite3", True, "MySQL"),
        # A server engine still needs its add-on: a bare setting of one proves nothing new.
        ("postgres", False, "MySQL"),
    ],
)
def test_manifest_embedded_driver(
    tmp_path: Path, driver: str, image_sets: bool, engine: str
) -> None:
    assert _engine(write(tmp_path, _gateway(driver, image_sets))) == engine
