"""Held-out set 382 (#19): a Go module that builds no program. Its packages are a product's
services as gRPC handlers and workers over PostgreSQL (pgx, sqlx, Prisma's Go client), with no
`package main` anywhere (the binary is built elsewhere), and a database/package.json only
installs the Prisma CLI and client for the schema and migrations (no script, no code). Neither
is a backend: with no web framework anywhere, no guess may make one of either. A module whose
own code has a main package is still guessed, as a tree whose framework went unrecognised."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import go_mod, write

_STORE = """package postgres

import (
\t"context"

\t"github.com/jackc/pgx/v4/pgxpool"
)

type Store struct{ pool *pgxpool.Pool }

func (s *Store) Put(ctx context.Context, id string) error {
\t_, err := s.pool.Exec(ctx, "INSERT INTO accounts (id) VALUES ($1)", id)
\treturn err
}
"""

_MAIN = """package main

import "example.com/app/account/postgres"

func main() {
\t_ = postgres.Store{}
}
"""


def _tree() -> dict[str, str]:
    return {
        "go.mod": go_mod("github.com/jackc/pgx/v4 v4.13.0", "google.golang.org/grpc v1.67.1"),
        "account/postgres/store.go": _STORE,
        "account/server.go": "package account\n\ntype Server struct{}\n",
        "account/server_test.go": "package account\n\nimport \"testing\"\n\n"
        "func TestServer(t *testing.T) {}\n",
        "database/package.json": json.dumps(
            {"devDependencies": {"prisma": "^5.22.0"},
             "dependencies": {"@prisma/client": "^5.22.0"}}
        ),
        "database/prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n'
        '  url      = env("DATABASE_URL")\n}\n',
    }


def test_a_go_module_with_no_main_package_is_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _tree())) == {}


def test_a_go_module_with_a_main_package_is_still_guessed(tmp_path: Path) -> None:
    files = _tree()
    del files["database/package.json"]
    files["cmd/server/main.go"] = _MAIN
    assert "." in by_folder(write(tmp_path, files))


def test_a_node_package_with_code_is_still_guessed(tmp_path: Path) -> None:
    files = {k: v for k, v in _tree().items() if k.startswith("database/")}
    files["database/index.js"] = (
        "const { PrismaClient } = require('@prisma/client');\n"
        "new PrismaClient().account.create({ data: {} });\n"
    )
    assert "database" in by_folder(write(tmp_path, files))
