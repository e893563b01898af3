"""Held-out set 293 (#19): a Go API on GORM whose driver is a required setting with no default
(every driver compiled in). Its Compose file runs MySQL for developers; its Heroku deploy
manifest provisions heroku-postgresql and sets the program's driver variable to `postgres`.
Both halves of the manifest agree: PostgreSQL is the production engine, above the Compose
database. A manifest the project's own image overrides (its Dockerfile setting the variable to
SQLite) says nothing (set 10's shape)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K


def _api(dockerfile: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/go-chi/chi v4.0.2+incompatible",
            "github.com/jinzhu/gorm v1.9.10",
            "github.com/go-sql-driver/mysql v1.6.0",
            "github.com/lib/pq v1.10.4",
            "github.com/mattn/go-sqlite3 v1.10.0",
        ),
        "main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/go-chi/chi"\n)\n\n'
            'func main() {\n\tr := chi.NewRouter()\n\t_ = http.ListenAndServe(":8080", r)\n}\n'
        ),
        "models/connection.go": (
            'package models\n\nimport (\n\t"github.com/jinzhu/gorm"\n'
            '\t_ "github.com/go-sql-driver/mysql"\n\t_ "github.com/lib/pq"\n'
            '\t_ "github.com/mattn/go-sqlite3"\n)\n\n'
            "func Connect(driver, url string) (*gorm.DB, error) {\n"
            "\treturn gorm.Open(driver, url)\n}\n"
        ),
        "conf/configuration.go": (
            "package conf\n\ntype DBConfiguration struct {\n"
            '\tDriver string `required:"true"`\n'
            '\tURL    string `envconfig:"DATABASE_URL" required:"true"`\n}\n'
        ),
        "docker-compose.yml": (
            "services:\n  api:\n    build: .\n    environment:\n"
            "      APP_DB_DRIVER: mysql\n    depends_on:\n      - db\n"
            "  db:\n    image: mysql:5.7\n"
        ),
        "app.json": json.dumps(
            {
                "name": "App",
                "addons": ["heroku-postgresql"],
                "env": {"APP_DB_DRIVER": {"value": "postgres"}, "APP_JWT_SECRET": {}},
            },
            indent=2,
        ),
        "Dockerfile": dockerfile,
    }


def test_the_deploy_manifests_engine_outranks_the_compose_database(tmp_path: Path) -> None:
    files = _api('FROM golang:1.17\nADD . /src\nCMD ["app"]\n')
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Chi"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_an_image_setting_the_variable_itself_keeps_its_engine(tmp_path: Path) -> None:
    """The shipped image chooses the driver: the manifest is a side deployment."""
    files = _api('FROM golang:1.17\nENV APP_DB_DRIVER=mysql\nADD . /src\nCMD ["app"]\n')
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
