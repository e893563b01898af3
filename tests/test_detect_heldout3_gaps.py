"""Generic gaps the third held-out set showed (benchmarks/detect_heldout3.yaml), each as a
small fixture of the real files' shape (#19): drivers of optional extras and test setups that
outranked the settings default, a Go program's shipped config naming its driver, raw
node-postgres as the data layer, Ginkgo suites."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

MEALIE_PYPROJECT = """\
[tool.poetry]
name = "mealie"

[tool.poetry.dependencies]
python = "^3.10"
fastapi = "^0.115.0"
sqlalchemy = "^2"
psycopg2-binary = { version = "^2.9.1", optional = true }

[tool.poetry.group.postgres.dependencies]
psycopg2-binary = { version = "^2.9.1" }
"""
MEALIE_SETTINGS = """\
from pydantic_settings import BaseSettings


class AppSettings(BaseSettings):
    DB_ENGINE: str = "sqlite"  # Options: 'sqlite', 'postgres'
"""
MAIN_PY = "from fastapi import FastAPI\n\napp = FastAPI()\n"


def test_optional_driver_does_not_beat_the_settings_default(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": MEALIE_PYPROJECT,
        "mealie/app.py": MAIN_PY,
        # Deep, behind more ordinary files than a folder's quota: still read by its name.
        "mealie/core/settings/settings.py": MEALIE_SETTINGS,
        **{f"mealie/module_{n}.py": "x = 1\n" for n in range(30)},
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_extra_driver_is_secondary_to_a_base_settings_default(tmp_path: Path) -> None:
    pyproject = (
        '[project]\nname = "app"\ndependencies = ["flask", "sqlalchemy"]\n\n'
        '[project.optional-dependencies]\npostgres = ["psycopg[binary]>=3"]\n'
    )
    settings = 'import os\n\nDATABASE_DRIVER = os.getenv("APP_DATABASE_DRIVER", "sqlite")\n'
    files = {
        "pyproject.toml": pyproject,
        "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "settings.py": settings,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_test_environment_compose_counts_less_than_settings(tmp_path: Path) -> None:
    # linkding: a compose file under scripts/test-environments/ runs PostgreSQL for a test.
    pyproject = (
        '[project]\nname = "app"\ndependencies = ["django>=5"]\n\n'
        '[dependency-groups]\ndev = ["psycopg[binary]>=3.2.9"]\n'
    )
    compose = "services:\n  postgres:\n    image: 'postgres:16'\n"
    settings = (
        'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db"}}\n'
    )
    files = {
        "pyproject.toml": pyproject,
        "manage.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "s")\n',
        "settings.py": settings,
        "scripts/test-environments/postgres/compose.yml": compose,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


SPRING_BUILD = """\
plugins { id("org.springframework.boot") version "3.1.0" }
dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("org.springframework.boot:spring-boot-starter-data-jpa")
    runtimeOnly("com.h2database:h2")
    runtimeOnly("com.mysql:mysql-connector-j")
}
"""


def test_profile_the_test_resources_activate_is_the_tests(tmp_path: Path) -> None:
    # festa-go: src/test/resources/application.yml activates `test`, whose URL is H2.
    files = {
        "build.gradle.kts": SPRING_BUILD,
        "src/main/java/app/Application.java": (
            "package app;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;"
            "\n@SpringBootApplication\npublic class Application {}\n"
        ),
        "src/test/resources/application.yml": "spring:\n  profiles:\n    active: test\n",
        "src/test/resources/application-test.yml": (
            "spring:\n  datasource:\n    url: jdbc:h2:mem:test;MODE=MYSQL\n"
        ),
        "docker/docker-compose.yml": "services:\n  db:\n    image: mysql:8.0.33\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


ANSWER_MAIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.New() }\n'


def test_go_config_yaml_driver_is_the_default(tmp_path: Path) -> None:
    # apache/answer: drivers of three engines in go.mod, configs/config.yaml picks sqlite3.
    config = (
        "data:\n  database:\n    driver: \"sqlite3\"\n"
        "    connection: \"/data/sqlite3/answer.db\"\n"
    )
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.0",
            "github.com/go-sql-driver/mysql v1.8.1",
            "github.com/lib/pq v1.10.9",
            "modernc.org/sqlite v1.33.1",
        ),
        "cmd/answer/main.go": ANSWER_MAIN,
        "configs/config.yaml": config,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_ginkgo_suite_is_the_test_framework(tmp_path: Path) -> None:
    suite = (
        "package core\n\nimport (\n\t\"testing\"\n\n\t. \"github.com/onsi/ginkgo/v2\"\n"
        "\t. \"github.com/onsi/gomega\"\n)\n\n"
        "func TestCore(t *testing.T) {\n\tRegisterFailHandler(Fail)\n"
        "\tRunSpecs(t, \"Core Suite\")\n}\n"
    )
    files = {
        "go.mod": go_mod(
            "github.com/go-chi/chi/v5 v5.1.0",
            "github.com/onsi/ginkgo/v2 v2.32.1",
            "github.com/onsi/gomega v1.42.1",
        ),
        "main.go": 'package main\n\nimport "github.com/go-chi/chi/v5"\n\n'
        "func main() { chi.NewRouter() }\n",
        "core/core_suite_test.go": suite,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "Ginkgo"


def test_raw_node_postgres_is_the_data_layer(tmp_path: Path) -> None:
    package = (
        '{"name": "storage", "dependencies": {"fastify": "^5.1.0", "pg": "^8.22.0"},'
        ' "devDependencies": {"vitest": "^2.0.0"}}'
    )
    files = {
        "package.json": package,
        "src/app.ts": "import fastify from 'fastify'\nconst app = fastify()\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "pg"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_raw_driver_yields_to_an_orm_or_query_builder(tmp_path: Path) -> None:
    package = (
        '{"name": "api", "dependencies": {"express": "^4.19.0", "pg": "^8.11.0",'
        ' "knex": "^3.1.0"}}'
    )
    files = {
        "package.json": package,
        "index.js": "const express = require('express')\nconst app = express()\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    kinds = [f.kind for f in backend.findings]
    assert first(backend, K.ORM)[0] == "Knex"
    assert kinds.index(K.ORM) < kinds.index(K.QUERY)


def crate(name: str, *deps: str) -> str:
    body = "\n".join(deps)
    return f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n' \
        f"[dependencies]\n{body}\n"


def lemmy() -> dict[str, str]:
    """A workspace: crates/server (the binary) depends on crates/routes, a library crate whose
    metrics module starts an HttpServer, and on crates/db, whose code holds the tests."""
    return {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/server/Cargo.toml": crate(
            "app_server",
            'actix-web = "4.13.0"',
            'app_routes = { path = "../routes" }',
            'app_db = { path = "../db" }',
        ),
        "crates/server/src/main.rs": (
            "#[actix_web::main]\nasync fn main() {\n"
            "    HttpServer::new(|| App::new()).bind(\"0.0.0.0:8536\");\n}\n"
        ),
        "crates/routes/Cargo.toml": crate("app_routes", 'actix-web = "4.13.0"'),
        "crates/routes/src/lib.rs": "pub mod metrics;\n",
        "crates/routes/src/metrics.rs": (
            "pub fn serve() {\n    HttpServer::new(|| App::new()).bind(\"127.0.0.1:10002\");\n}\n"
        ),
        "crates/db/Cargo.toml": crate(
            "app_db", 'diesel = { version = "2", features = ["postgres"] }'
        ),
        "crates/db/src/lib.rs": (
            "pub fn connect() {}\n\n#[cfg(test)]\nmod tests {\n"
            "    #[tokio::test]\n    async fn connects() {}\n}\n"
        ),
    }


def test_library_crate_with_a_server_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, lemmy()))
    assert sorted(found) == ["crates/server"]


def test_workspace_crate_tests_are_the_servers(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, lemmy()))["crates/server"]
    assert first(backend, K.TEST)[0] == "cargo test"
    assert first(backend, K.ORM)[0] == "Diesel"


def test_tauri_desktop_app_is_no_backend(tmp_path: Path) -> None:
    # hoppscotch-desktop: src-tauri embeds a local axum server for the desktop app.
    files = {
        "package.json": '{"name": "desktop", "devDependencies": {"vite": "^5.0.0"}}',
        "src-tauri/Cargo.toml": crate("desktop", 'tauri = "2"', 'axum = "0.7"'),
        "src-tauri/src/main.rs": (
            "use axum::Router;\n\nfn main() {\n    tauri::Builder::default();\n"
            "    axum::serve(listener, Router::new());\n}\n"
        ),
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_dotnet_settings_provider_is_the_default(tmp_path: Path) -> None:
    program = (
        "var builder = WebApplication.CreateBuilder(args);\n"
        'var provider = builder.Configuration["DatabaseProvider"];\n'
        'if (provider == "Postgres") options.UseNpgsql(cs);\n'
        'else if (provider == "MySql") options.UseMySql(cs, version);\n'
        "else options.UseSqlite(cs);\n"
    )
    files = {
        "Web/Web.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL",
            "Pomelo.EntityFrameworkCore.MySql",
            "Microsoft.EntityFrameworkCore.Sqlite",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "Web/Program.cs": program,
        "Web/appsettings.json": '{\n  "DatabaseProvider": "Sqlite",\n  "Logging": {}\n}\n',
    }
    backend = by_folder(write(tmp_path, files))["Web"]
    assert first(backend, K.DATABASE)[0] == "SQLite"
