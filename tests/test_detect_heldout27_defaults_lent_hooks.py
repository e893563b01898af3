"""Held-out sets 77 and 78 (#19): four shapes of Node, Go and Rust programs.

- An Express server on Sequelize whose CLI settings file (`config/config.json`) names SQLite in
  every environment, with `pg` declared beside `sqlite3`: SQLite is the program's own choice.
  A settings file whose environments disagree settles nothing (SQLite for development, MySQL
  for production, no MySQL driver: the drivers decide, as before).
- A Gin server over Bun with drivers for SQLite and PostgreSQL whose code writes a default
  settings file with a SQLite section naming `app.db`, beside a Compose file running
  PostgreSQL for the alternative: SQLite is the program's default.
- An Express server that imports its Prisma client from a registry package of its product
  (`@product/database`), locked by pnpm: the lock's entry for that package requires
  `@prisma/client`, the data layer the package lends the server.
- A Warp server whose one route runs `docker compose up -d` with the tag a CI posts: a
  deployment hook, no backend; a Warp server with routes of its own stays one.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- Sequelize settings agreeing on one dialect ---------------------------------------------

_EXPRESS = (
    "const express = require('express');\nconst app = express();\napp.listen(3000);\n"
)


def _sequelize_tree(environments: dict[str, str], drivers: dict[str, str]) -> dict[str, str]:
    config = {
        env: {"dialect": dialect, "storage": "./app.db"} for env, dialect in environments.items()
    }
    return {
        "package.json": package_json(
            {"express": "^4.16.4", "sequelize": "^5.19.3", **drivers}
        ),
        "app.js": _EXPRESS,
        "config/config.json": json.dumps(config, indent=2) + "\n",
    }


def test_a_dialect_every_environment_names_is_the_programs_engine(tmp_path: Path) -> None:
    tree = _sequelize_tree(
        {"development": "sqlite", "test": "sqlite", "production": "sqlite"},
        {"pg": "^8.0.3", "sqlite3": "5.0.11"},
    )
    assert first(by_folder(write(tmp_path, tree))["."], K.DATABASE)[0] == "SQLite"


def test_environments_that_disagree_leave_the_drivers_to_decide(tmp_path: Path) -> None:
    tree = _sequelize_tree(
        {"development": "sqlite", "production": "postgres"},
        {"sqlite3": "^4.0.1"},
    )
    assert first(by_folder(write(tmp_path, tree))["."], K.DATABASE)[0] == "SQLite"
    tree = _sequelize_tree(
        {"development": "postgres", "production": "sqlite"},
        {"pg": "^8.0.3"},
    )
    assert first(by_folder(write(tmp_path / "b", tree))["."], K.DATABASE)[0] == "PostgreSQL"


# --- a Go program's default settings naming a SQLite file -----------------------------------

_GIN = """package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.New()
	r.Run()
}
"""

_OPEN = """package store

import (
	"database/sql"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"github.com/uptrace/bun/driver/pgdriver"
	"github.com/uptrace/bun/driver/sqliteshim"
)

func Open(file, uri string) *bun.DB {
	if len(file) > 0 {
		sqldb, _ := sql.Open(sqliteshim.ShimName, file)
		return bun.NewDB(sqldb, sqlitedialect.New())
	}
	return bun.NewDB(sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(uri))), pgdialect.New())
}
"""

_DEFAULT_CONFIG = """package config

var demoConfig = models.Config{
	SQLite: models.SQLiteConfig{
		File: %s,
	},
}
"""

_COMPOSE = """services:
  app:
    build: ../
  postgres:
    image: postgres:16
"""


def _go_tree(file: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.9.1",
            "github.com/uptrace/bun v1.1.8",
            "github.com/uptrace/bun/dialect/pgdialect v1.1.8",
            "github.com/uptrace/bun/dialect/sqlitedialect v1.1.8",
            "github.com/uptrace/bun/driver/pgdriver v1.1.8",
            "github.com/uptrace/bun/driver/sqliteshim v1.1.8",
        ),
        "main.go": _GIN,
        "store/open.go": _OPEN,
        "internal/config/create.go": _DEFAULT_CONFIG % file,
        "docker/docker-compose.postgres.yml": _COMPOSE,
    }


def test_a_default_configs_sqlite_file_outranks_a_compose_database(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _go_tree('"app.db"')))["."]
    assert first(app, K.DATABASE)[0] == "SQLite"


def test_a_sqlite_section_filled_from_a_variable_names_no_default(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _go_tree("file")))["."]
    assert first(app, K.DATABASE)[0] == "PostgreSQL"


# --- a data layer lent by a registry package, locked by pnpm --------------------------------

_SERVER = """import { prisma } from "@product/database";
import express from "express";

const server = express();
server.listen(3000, () => prisma.$queryRaw`SELECT 1`);
"""

_PNPM_LOCK = """lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      '@product/database':
        specifier: 1.1.2
        version: 1.1.2(typescript@5.9.3)
      express:
        specifier: ^4.21.0
        version: 4.22.2

packages:

  '@product/database@1.0.0':
    resolution: {integrity: sha512-a}

  '@product/database@1.1.2':
    resolution: {integrity: sha512-b}

  express@4.22.2:
    resolution: {integrity: sha512-c}

snapshots:

  '@product/database@1.0.0':
    dependencies:
      knex: 3.1.0

  '@product/database@1.1.2(typescript@5.9.3)':
    dependencies:
      '@prisma/adapter-pg': 7.8.0
      '@prisma/client': 7.8.0(typescript@5.9.3)
      pg: 8.20.0
    transitivePeerDependencies:
      - typescript

  express@4.22.2: {}
"""


def _lent_tree(lock: str) -> dict[str, str]:
    return {
        "package.json": package_json({"@product/database": "1.1.2", "express": "^4.21.0"}),
        "pnpm-lock.yaml": lock,
        "src/server.ts": _SERVER,
    }


def test_a_pnpm_locked_package_lends_its_prisma_client(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _lent_tree(_PNPM_LOCK)))["."]
    assert first(api, K.ORM) == ("Prisma", "7.8.0")


def test_a_package_requiring_only_a_driver_lends_no_data_layer(tmp_path: Path) -> None:
    lock = _PNPM_LOCK.replace(
        "      '@prisma/adapter-pg': 7.8.0\n      '@prisma/client': 7.8.0(typescript@5.9.3)\n",
        "",
    )
    api = by_folder(write(tmp_path, _lent_tree(lock)))["."]
    assert first(api, K.ORM) == ("", "")


# --- a deployment hook ----------------------------------------------------------------------

_HOOK = """use std::process::Command;
use warp::Filter;

#[tokio::main]
async fn main() {
    let update = warp::path!("update" / String).and_then(deploy_version);
    warp::serve(update).run(([0, 0, 0, 0], 3030)).await;
}

async fn deploy_version(sha: String) -> Result<impl warp::Reply, std::convert::Infallible> {
    let output = Command::new("docker")
        .args(["compose", "up", "-d"])
        .env("APP_TAG", sha)
        .output();
    Ok(format!("{output:?}"))
}
"""

_SERVICE = """use warp::Filter;

#[tokio::main]
async fn main() {
    let items = warp::path!("items" / String).map(|id: String| id);
    let users = warp::path!("users" / String).map(|id: String| id);
    let orders = warp::path!("orders").map(|| "[]");
    warp::serve(items.or(users).or(orders)).run(([0, 0, 0, 0], 3030)).await;
}
"""

_WARP_DEPS = ('warp = "0.3.6"', 'tokio = {version="1.35.1", features=["macros"]}')


def _beside_api(crate: str, main: str) -> dict[str, str]:
    """The crate beside the product's API (an Express server), as a repository keeps them."""
    return {
        "packages/api/package.json": package_json({"express": "^4.21.0"}),
        "packages/api/app.js": _EXPRESS,
        f"{crate}/Cargo.toml": cargo(*_WARP_DEPS),
        f"{crate}/src/main.rs": main,
    }


def test_a_route_that_redeploys_the_stack_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _beside_api("infra/cd", _HOOK)))
    assert sorted(found) == ["packages/api"]


def test_a_warp_service_with_routes_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    assert "svc" in by_folder(write(tmp_path, _beside_api("svc", _SERVICE)))
    # Nor does a deploy command make a hook of a server with routes of its own.
    deploying = _SERVICE.replace(
        "#[tokio::main]",
        'fn up() { std::process::Command::new("docker").args(["compose", "up"]); }\n\n'
        "#[tokio::main]",
    )
    assert "svc" in by_folder(write(tmp_path / "b", _beside_api("svc", deploying)))
