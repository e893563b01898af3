"""Generic gaps the twelfth held-out set showed (benchmarks/detect_heldout12.yaml), each as a
small fixture of the real files' shape (#19): Dropshot; a Cargo workspace whose binary crate
serves through library crates that print their OpenAPI document from a `main.rs` of their own;
a test harness and a spec generator depending on the application crate; a function named for
the default database connection returning an engine's URL."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- Rust workspaces ----------------------------------------------------------------------------


def _crate(name: str, *deps: str) -> str:
    lines = "\n".join(deps)
    return f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n' \
        f"[dependencies]\n{lines}\n"


_WORKSPACE = (
    '[workspace]\nmembers = ["services/api", "lib/*", "tasks/*"]\n\n'
    "[workspace.dependencies]\n"
    'dropshot = { version = "0.17.1", default-features = false }\n'
    'diesel = { version = "2.3", features = ["sqlite"] }\n'
    'api_server = { path = "lib/api_server" }\n'
    'bencher_api = { path = "services/api" }\n'
)
_DROPSHOT_MAIN = (
    "use dropshot::HttpServer;\n\n#[tokio::main]\nasync fn main() {\n"
    "    let server: HttpServer<()> = api_server::start().await;\n    server.await.unwrap();\n}\n"
)


def _dropshot_workspace() -> dict[str, str]:
    return {
        "Cargo.toml": _WORKSPACE,
        "services/api/Cargo.toml": _crate(
            "bencher_api", "dropshot.workspace = true", "api_server.workspace = true"
        ),
        "services/api/src/main.rs": _DROPSHOT_MAIN,
        "services/api/Dockerfile": "FROM debian:bookworm-slim\nCOPY api /api\n",
        "lib/api_server/Cargo.toml": _crate(
            "api_server", "dropshot.workspace = true", "diesel.workspace = true"
        ),
        "lib/api_server/src/lib.rs": "use dropshot::{endpoint, HttpError};\n\n"
        "pub async fn start() {}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n"
        "    fn starts() {}\n}\n",
        # A test harness and a spec generator: both depend on the application crate.
        "lib/api_harness/Cargo.toml": _crate(
            "api_harness", "bencher_api.workspace = true", "dropshot.workspace = true"
        ),
        "lib/api_harness/src/lib.rs": "use dropshot::HttpServerStarter;\n\npub fn serve() {}\n",
        "tasks/gen_types/Cargo.toml": _crate(
            "gen_types", "bencher_api.workspace = true", "dropshot.workspace = true"
        ),
        "tasks/gen_types/src/main.rs": "mod spec;\n\nfn main() {\n    spec::run();\n}\n",
        "tasks/gen_types/src/spec.rs": "use dropshot::ApiDescription;\n\npub fn run() {}\n",
    }


def test_a_dropshot_binary_is_the_one_backend_of_its_workspace(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dropshot_workspace()))
    assert list(found) == ["services/api"]
    api = found["services/api"]
    assert first(api, K.FRAMEWORK) == ("Dropshot", "0.17.1")
    assert first(api, K.ORM)[0] == "Diesel"
    assert first(api, K.DATABASE)[0] == "SQLite"
    assert not api.ambiguous


def test_a_crate_depending_on_the_application_is_its_tool(tmp_path: Path) -> None:
    # Without the application crate starting its server, the harness is no tool of anything.
    files = _dropshot_workspace()
    files["services/api/src/main.rs"] = "fn main() {}\n"
    found = by_folder(write(tmp_path, files))
    assert "lib/api_harness" in found


_POEM_WORKSPACE = (
    '[workspace]\nmembers = ["server", "server-http", "server-admin", "server-common"]\n'
    'default-members = ["server"]\n\n[workspace.dependencies]\n'
    'poem = { version = "3.1", features = ["cookie"] }\n'
    'sea-orm = { version = "1.0", default-features = false }\n'
)
_SPEC_MAIN = (
    "use poem_openapi::OpenApiService;\nuse server_http::api;\n\npub fn main() {\n"
    '    let service = OpenApiService::new(api::get(), "HTTP proxy", "1.0");\n'
    '    println!("{}", service.spec());\n}\n'
)


def _poem_workspace() -> dict[str, str]:
    return {
        "Cargo.toml": _POEM_WORKSPACE,
        "server/Cargo.toml": _crate(
            "server",
            "sea-orm.workspace = true",
            'server-http = { path = "../server-http" }',
            'server-admin = { path = "../server-admin" }',
            'server-common = { path = "../server-common" }',
        ),
        "server/src/main.rs": "mod commands;\n\n#[tokio::main]\nasync fn main() {\n"
        "    commands::run().await;\n}\n",
        "server/src/commands.rs": "use server_http::HttpServer;\n\npub async fn run() {}\n",
        "server-http/Cargo.toml": _crate(
            "server-http",
            "poem.workspace = true",
            'server-admin = { path = "../server-admin" }',
            'server-common = { path = "../server-common" }',
        ),
        "server-http/src/lib.rs": "use poem::{listener::TcpListener, Route, Server};\n\n"
        "pub struct HttpServer;\n",
        "server-http/src/main.rs": _SPEC_MAIN,
        "server-admin/Cargo.toml": _crate("server-admin", "poem.workspace = true"),
        "server-admin/src/lib.rs": "use poem::Route;\n\npub mod api;\n",
        "server-admin/src/main.rs": _SPEC_MAIN.replace("server_http", "server_admin"),
        "server-common/Cargo.toml": _crate(
            "server-common", "poem.workspace = true", "sea-orm.workspace = true"
        ),
        "server-common/src/lib.rs": "use poem::Request;\n\npub mod defaults;\n",
        "server-common/src/defaults.rs": "#[inline]\n"
        "pub fn _default_database_url() -> Secret<String> {\n"
        '    Secret::new("sqlite:data/db".to_owned())\n}\n',
    }


def test_a_binary_serving_through_crates_with_spec_printing_mains_is_the_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _poem_workspace()))
    assert list(found) == ["server"]
    server = found["server"]
    assert first(server, K.FRAMEWORK)[0] == "Poem"
    assert first(server, K.ORM)[0] == "SeaORM"
    assert first(server, K.DATABASE)[0] == "SQLite"


def test_a_server_crate_embedded_by_a_desktop_app_stays_a_backend(tmp_path: Path) -> None:
    # The desktop app depends on the server crate, which still runs on its own.
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["apps/server", "apps/desktop"]\n',
        "apps/server/Cargo.toml": _crate("server", 'axum = "0.8.1"'),
        "apps/server/src/main.rs": "mod http_server;\n\nfn main() {\n"
        "    http_server::run();\n}\n",
        "apps/server/src/http_server.rs": "use axum::Router;\n\npub fn run() {\n"
        "    axum::serve(listener, Router::new());\n}\n",
        "apps/desktop/Cargo.toml": _crate(
            "desktop", 'tauri = "2"', 'server = { path = "../server" }'
        ),
        "apps/desktop/src/main.rs": "fn main() {\n    tauri::Builder::default();\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["apps/server"]


# --- the default connection a function returns ------------------------------------------------

_GO_SERVE = (
    "package main\n\nfunc cmdServe() {\n"
    '\tdbConnect := f.String(defaultDB(), "db")\n}\n\n'
    "func defaultDB() string {\n"
    '\tif _, err := os.Stat("./db/app.sqlite3"); err == nil {\n'
    '\t\treturn "sqlite+./db/app.sqlite3"\n\t}\n'
    '\treturn "sqlite+./app-data/db.sqlite3"\n}\n'
)
_COMPOSE = (
    "services:\n  postgres:\n    image: 'postgres:18-alpine'\n"
    "  app-postgres:\n    profiles: ['app-postgres']\n    build: {context: '.'}\n"
    "    environment:\n      'APP_DB': 'postgresql+postgresql://app:app@postgres:5432/app'\n"
)


def test_a_flags_default_connection_function_outranks_the_compose_database(
    tmp_path: Path,
) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/go-chi/chi/v5 v5.3.2",
            "github.com/lib/pq v1.12.3",
            "github.com/mattn/go-sqlite3 v1.14.50",
        ),
        "cmd/app/main.go": "package main\n\nimport \"github.com/go-chi/chi/v5\"\n\n"
        "func main() {\n\tr := chi.NewRouter()\n\t_ = r\n}\n",
        "cmd/app/serve.go": _GO_SERVE,
        "compose.yaml": _COMPOSE,
    }
    # A root package with more files than the walk reads before the command's folder.
    files |= {f"file{n:02}.go": "package app\n" for n in range(30)}
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_default_connection_function_with_a_server_url_names_that_server(
    tmp_path: Path,
) -> None:
    files = {
        "go.mod": go_mod("github.com/gin-gonic/gin v1.10.0", "github.com/lib/pq v1.12.3",
                         "github.com/mattn/go-sqlite3 v1.14.50"),
        "main.go": "package main\n\nimport \"github.com/gin-gonic/gin\"\n\n"
        "func main() {\n\tgin.Default().Run()\n}\n",
        "config.go": "package main\n\nfunc defaultDatabaseURL() string {\n"
        '\treturn "postgres://localhost/app"\n}\n',
        "docker-compose.yml": "services:\n  app:\n    build: .\n    depends_on: [db]\n"
        "  db:\n    image: mariadb:11\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


# --- folders that look like backends but are not -------------------------------------------------

_RAILS_GEMFILE = "source 'https://rubygems.org'\n\ngem 'rails', '7.2.3'\ngem 'mysql2'\n"
_RAILS_APP = (
    "require_relative 'boot'\nrequire 'rails/all'\n\nmodule Shop\n"
    "  class Application < Rails::Application\n  end\nend\n"
)


def test_a_rails_engine_plugin_inside_the_app_is_no_backend(tmp_path: Path) -> None:
    files = {
        "Gemfile": _RAILS_GEMFILE,
        "config/application.rb": _RAILS_APP,
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
        # An engine the app may load: its Gemfile installs its gemspec.
        "plugins/payments/Gemfile": "source 'http://rubygems.org'\n\n"
        "# Declare your gem's dependencies in payments.gemspec.\ngemspec\n",
        "plugins/payments/payments.gemspec": "Gem::Specification.new do |s|\n"
        "  s.name = 'payments'\n  s.add_dependency 'rails'\nend\n",
        "plugins/payments/config/routes.rb": "Rails.application.routes.draw do\n"
        "  resources :payments\nend\n",
        "plugins/payments/lib/payments/engine.rb": "module Payments\n"
        "  class Engine < ::Rails::Engine\n  end\nend\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]


_SSR_SERVER = (
    'import express from "express";\nimport {createServer as viteServer} from "vite";\n\n'
    "const app = express();\nlet vite;\n"
    "if (!isProduction) {\n    vite = await viteServer({server: {middlewareMode: true}});\n"
    "    app.use(vite.middlewares);\n}\n"
    'app.use("*", async (req, res) => {\n'
    '    const render = (await vite.ssrLoadModule("/src/entry.server.tsx")).render;\n'
    "    res.send(await render(req));\n});\napp.listen(5678);\n"
)


_ARTISAN = (
    "#!/usr/bin/env php\n<?php\n\nuse Illuminate\\Foundation\\Application;\n\n"
    "$app = require_once __DIR__.'/bootstrap/app.php';\n"
)


def _ui_package(server: str) -> dict[str, str]:
    return {
        "frontend/package.json": package_json(
            {"express": "^4.19.2", "react": "^18.2.0", "react-dom": "^18.2.0"},
            scripts={"start": "node server.js"},
        ),
        "frontend/server.js": server,
        "frontend/Dockerfile.ssr": "FROM node:20\nCMD [\"node\", \"server.js\"]\n",
    }


def test_a_browser_apps_server_rendering_it_is_no_backend(tmp_path: Path) -> None:
    files = {
        "backend/composer.json": '{\n  "require": {\n    "laravel/framework": "^11.0"\n  }\n}\n',
        "backend/artisan": _ARTISAN,
        **_ui_package(_SSR_SERVER),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["backend"]


def test_a_browser_apps_server_with_routes_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    server = (
        'const express = require("express");\nconst app = express();\n'
        'app.get("/health", (req, res) => res.send("ok"));\napp.listen(8080);\n'
    )
    files = {
        "backend/composer.json": '{\n  "require": {\n    "laravel/framework": "^11.0"\n  }\n}\n',
        "backend/artisan": _ARTISAN,
        **_ui_package(server),
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["backend", "frontend"]


# --- an application's dependencies kept in PEP 735 groups ---------------------------------------

_GROUPS = (
    '[dependency-groups]\nmain = [\n    "Django==5.2.16",\n    "psycopg[binary]==3.2.9",\n]\n'
    'dev = [\n    "pytest==9.0.3",\n    "pytest-django==4.8.0",\n]\n'
)
_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")\n'
)


def test_an_apps_main_dependency_group_is_its_runtime(tmp_path: Path) -> None:
    files = {"pyproject.toml": _GROUPS, "manage.py": _MANAGE}
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM) == ("Django ORM", "==5.2.16")


def test_a_packages_groups_stay_development_only(tmp_path: Path) -> None:
    pyproject = '[project]\nname = "lib"\ndependencies = [\n    "requests==2.33.0",\n]\n\n'
    files = {"pyproject.toml": pyproject + _GROUPS, "manage.py": _MANAGE}
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM) == ("", "")


# --- the primary framework: the app the entry point serves ---------------------------------------

_PYPROJECT = (
    '[project]\nname = "assistant"\nrequires-python = ">=3.10"\ndependencies = [\n'
    '    "fastapi >= 0.110.0",\n    "django == 5.1.15",\n    "psycopg2-binary == 2.9.9",\n'
    '    "uvicorn == 0.30.0",\n]\n'
)
_FASTAPI_MOUNTING_DJANGO = (
    "import os\n\nimport django\nfrom fastapi import FastAPI\n"
    "from django.core.asgi import get_asgi_application\n\n"
    'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assistant.app.settings")\n'
    "django.setup()\n\napp = FastAPI(docs_url=None)\n\n"
    "django_app = get_asgi_application()\n\n\ndef configure_routes(app):\n"
    '    app.mount("/server", django_app, name="server")\n'
)


def test_a_fastapi_app_mounting_django_is_the_primary_framework(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": _PYPROJECT,
        "src/assistant/main.py": _FASTAPI_MOUNTING_DJANGO,
        "src/assistant/manage.py": _MANAGE.replace("app.settings", "assistant.app.settings"),
    }
    found = by_folder(write(tmp_path, files))
    assistant = found["."]
    assert first(assistant, K.FRAMEWORK)[0] == "FastAPI"
    assert not assistant.ambiguous
    assert first(assistant, K.ORM)[0] == "Django ORM"


def test_a_fastapi_app_beside_django_without_mounting_it_stays_a_choice(tmp_path: Path) -> None:
    main = _FASTAPI_MOUNTING_DJANGO.replace('app.mount("/server", django_app, name="server")',
                                            "return django_app")
    files = {
        "pyproject.toml": _PYPROJECT,
        "src/assistant/main.py": main,
        "src/assistant/manage.py": _MANAGE.replace("app.settings", "assistant.app.settings"),
    }
    found = by_folder(write(tmp_path, files))
    assert found["."].ambiguous


# --- data layers a framework or a vendor's package brings ----------------------------------------

_SAILS_DATASTORES = (
    "const pg = require('pg');\n\nmodule.exports.datastores = {\n  default: {\n"
    "    adapter: 'sails-postgresql',\n    url: process.env.DATABASE_URL,\n  },\n};\n"
)


def test_a_sails_apps_models_go_through_waterline_before_knex(tmp_path: Path) -> None:
    files = {
        "server/package.json": package_json(
            {"sails": "^1.5.17", "sails-hook-orm": "^4.0.3", "sails-postgresql": "^5.0.1",
             "knex": "^3.1.0", "pg": "^8.20.0"},
            scripts={"start": "node app.js"},
        ),
        "server/.sailsrc": '{\n  "generators": {}\n}\n',
        "server/app.js": "const sails = require('sails');\n\nsails.lift(rc('sails'));\n",
        "server/config/datastores.js": _SAILS_DATASTORES,
        "server/db/knexfile.js": "module.exports = { client: 'pg' };\n",
    }
    found = by_folder(write(tmp_path, files))
    server = found["server"]
    assert first(server, K.ORM)[0] == "Waterline"
    assert first(server, K.DATABASE)[0] == "PostgreSQL"


_CSPROJ = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="8.0.6" />\n'
    '    <PackageReference Include="VendorCore" Version="1.4.1" />\n'
    "  </ItemGroup>\n</Project>\n"
)
_DATA_CONTEXT = (
    "using Microsoft.EntityFrameworkCore;\n\nnamespace Panel.Core.Database;\n\n"
    "public class DataContext : DbContext\n{\n"
    "    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)\n    {\n"
    "        optionsBuilder.UseMySql(connection, ServerVersion.AutoDetect(connection));\n"
    "    }\n}\n"
)


def test_a_dbcontext_lent_by_a_vendors_package_is_ef_core(tmp_path: Path) -> None:
    files = {
        "Panel/Panel.csproj": _CSPROJ,
        "Panel/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "var app = builder.Build();\napp.Run();\n",
        "Panel/Core/Database/DataContext.cs": _DATA_CONTEXT,
    }
    found = by_folder(write(tmp_path, files))
    panel = found["Panel"]
    assert first(panel, K.ORM)[0] == "EF Core"
    assert first(panel, K.DATABASE)[0] == "MySQL"


def test_zdb_is_the_query_library_over_database_sql(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/go-chi/chi/v5 v5.3.2", "zgo.at/zdb v0.0.0-20260425145215",
                         "github.com/mattn/go-sqlite3 v1.14.50"),
        "main.go": "package main\n\nimport (\n\t\"database/sql\"\n\n"
        "\t\"github.com/go-chi/chi/v5\"\n)\n\nfunc main() {\n\t_ = chi.NewRouter()\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.QUERY)[0] == "zdb"


# --- the engine a program's own settings pick -----------------------------------------------------

def test_a_configuration_librarys_engine_default_outranks_a_variant_compose(
    tmp_path: Path,
) -> None:
    files = {
        "server/go.mod": go_mod("github.com/gorilla/mux v1.8.1", "github.com/lib/pq v1.10.9",
                                "github.com/mattn/go-sqlite3 v2.0.3+incompatible"),
        "server/main/main.go": "package main\n\nimport \"github.com/gorilla/mux\"\n\n"
        "func main() {\n\t_ = mux.NewRouter()\n}\n",
        "server/services/config/config.go": "package config\n\nfunc ReadConfigFile() {\n"
        '\tviper.SetDefault("ServerRoot", "http://localhost")\n'
        '\tviper.SetDefault("DBType", "sqlite3")\n}\n',
        "docker/docker-compose-db-nginx.yml": "services:\n  app:\n    build: ../server\n"
        "  focalboard-db:\n    image: postgres:latest\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.DATABASE)[0] == "SQLite"


def test_mariadb_run_by_the_only_composes_beats_a_mysql_client_library(tmp_path: Path) -> None:
    files = {
        "Gemfile": _RAILS_GEMFILE.replace("gem 'mysql2'\n", "gem 'mysql2'\ngem 'sqlite3'\n"),
        "config/application.rb": _RAILS_APP,
        "config/database.yml.MySQL_SAMPLE": "development:\n  adapter: mysql2\n",
        "docker-compose-dev.yml": "services:\n  foodsoft:\n    build: .\n    environment:\n"
        "      - DATABASE_URL=mysql2://root:secret@mariadb/development\n"
        "  mariadb:\n    image: mariadb:10.5\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "MariaDB"
    # A MySQL server image keeps MySQL.
    files["docker-compose.yml"] = "services:\n  db:\n    image: mysql:8.0\n"
    found = by_folder(write(tmp_path / "mysql", files))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_cakephps_datasource_driver_default_names_the_engine(tmp_path: Path) -> None:
    files = {
        "composer.json": '{\n  "require": {\n    "cakephp/cakephp": "^5.2"\n  }\n}\n',
        "src/Application.php": "<?php\nnamespace App;\n\nuse Cake\\Http\\BaseApplication;\n\n"
        "class Application extends BaseApplication {}\n",
        "config/app.default.php": "<?php\nuse Cake\\Database\\Driver\\Mysql;\n\nreturn [\n"
        "    'Datasources' => [\n        'default' => [\n"
        "            'driver' => env('DATASOURCES_DEFAULT_DRIVER', Mysql::class),\n"
        "        ],\n    ],\n];\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_backend_whose_package_json_renders_its_pages_stays_a_backend(tmp_path: Path) -> None:
    # A Laravel app whose root package.json holds the UI and its SSR server.
    files = {
        "composer.json": '{\n  "require": {\n    "laravel/framework": "^11.0"\n  }\n}\n',
        "artisan": _ARTISAN,
        "package.json": package_json({"express": "^4.19.2", "react-dom": "^18.2.0"}),
        "server.js": _SSR_SERVER,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert "Laravel" in {f.name for f in found["."].findings if f.kind is K.FRAMEWORK}


def test_waterline_takes_its_own_locked_version_not_the_hooks(tmp_path: Path) -> None:
    import json

    lock = {
        "name": "app",
        "lockfileVersion": 3,
        "packages": {
            "": {"dependencies": {"sails": "^1.5.17", "sails-hook-orm": "^4.0.3"}},
            "node_modules/sails": {"version": "1.5.17"},
            "node_modules/sails-hook-orm": {"version": "4.0.3"},
            "node_modules/waterline": {"version": "0.15.2"},
        },
    }
    files = {
        "package.json": package_json({"sails": "^1.5.17", "sails-hook-orm": "^4.0.3"}),
        "package-lock.json": json.dumps(lock, indent=2) + "\n",
        ".sailsrc": "{}\n",
        "app.js": "const sails = require('sails');\n\nsails.lift(rc('sails'));\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM) == ("Waterline", "0.15.2")


def test_a_server_crate_whose_main_starts_the_runtime_stays_the_backend(tmp_path: Path) -> None:
    # A command-line tool depends on the server crate for its types; the server's own main
    # starts the runtime and runs what its library serves.
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["server", "cli"]\n',
        "server/Cargo.toml": _crate("server", 'axum = "0.8.1"'),
        "server/src/lib.rs": "use axum::Router;\n\npub async fn run() {\n"
        "    axum::serve(listener, Router::new()).await;\n}\n",
        "server/src/main.rs": "#[tokio::main]\nasync fn main() {\n    server::run().await;\n}\n",
        "cli/Cargo.toml": _crate("cli", 'server = { path = "../server" }', 'clap = "4"'),
        "cli/src/main.rs": "fn main() {\n    println!(\"{}\", server::VERSION);\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["server"]


def test_a_worker_starting_the_runtime_beside_the_application_is_no_tool(tmp_path: Path) -> None:
    files = _dropshot_workspace()
    files["Cargo.toml"] = files["Cargo.toml"].replace('"tasks/*"', '"tasks/*", "services/worker"')
    files["services/worker/Cargo.toml"] = _crate(
        "worker", "bencher_api.workspace = true", "dropshot.workspace = true"
    )
    files["services/worker/src/main.rs"] = (
        "mod jobs;\n\n#[tokio::main]\nasync fn main() {\n    jobs::serve().await;\n}\n"
    )
    files["services/worker/src/jobs.rs"] = "use dropshot::HttpServerStarter;\n\n"
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["services/api", "services/worker"]
