"""Generic gaps the seventh held-out set showed (benchmarks/detect_heldout7.yaml), each as a
small fixture of the real files' shape (#19): backends only where an application is (a docs
server on an undeclared express, an image's health-check helper, playgrounds, benchmark
harnesses, a jar repackaged by the Boot plugin, a Blazor WebAssembly client, a database
image's project, a test host, a Rocket 0.4 root crate beside its library crates), Javalin,
Storm on BoltDB, goqu over sqlx, the data layer of a workspace library, the test runner a
script runs, an ADO.NET driver the code opens, and the engine a service's own code uses."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import cargo, dep, go_mod, package_json, pom, write

from designer.model.stack import FindingKind as K

EXPRESS_APP = "const express = require('express')\nconst app = express()\napp.listen(3000)\n"
NEST_MAIN = (
    "import { NestFactory } from '@nestjs/core'\n"
    "const app = await NestFactory.create(AppModule)\n"
)
WEB_MAIN = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"


def _express_server(folder: str) -> dict[str, str]:
    return {
        f"{folder}/package.json": package_json({"express": "4.18.3", "typeorm": "0.3.20"}),
        f"{folder}/src/index.ts": EXPRESS_APP,
    }


# --- Phantoms --------------------------------------------------------------------------------


def test_docs_server_on_an_express_it_does_not_declare_is_no_backend(tmp_path: Path) -> None:
    # Flowise packages/api-documentation: swagger-ui-express only; express comes with it.
    files = {
        "package.json": package_json({}, {"@types/express": "^4"}, workspaces=["packages/*"]),
        **_express_server("packages/server"),
        "packages/api-documentation/package.json": package_json(
            {"swagger-jsdoc": "^6.2.8", "swagger-ui-express": "^5.0.0"}
        ),
        "packages/api-documentation/src/index.ts": "import express from 'express'\n"
        "const app = express()\napp.listen(6655)\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["packages/server"]


def test_express_the_workspace_root_declares_still_makes_a_service(tmp_path: Path) -> None:
    # Hoisted dependencies: the root installs express for every package of the workspace.
    files = {
        "package.json": package_json({"express": "4.18.3"}, workspaces=["apps/*"]),
        **_express_server("apps/api"),
        "apps/admin/package.json": package_json({"pg": "8.11.0"}),
        "apps/admin/index.js": EXPRESS_APP,
    }
    assert set(by_folder(write(tmp_path, files))) == {"apps/api", "apps/admin"}


def test_health_check_helper_of_a_container_image_is_no_backend(tmp_path: Path) -> None:
    # Flowise docker/worker/healthcheck: express serving /healthz beside the worker.
    files = {
        "package.json": package_json({}, workspaces=["packages/*"]),
        **_express_server("packages/server"),
        "docker/worker/Dockerfile": "FROM node:24-alpine\nCOPY . .\n",
        "docker/worker/healthcheck/package.json": package_json(
            {"express": "^4.19.2"}, main="healthcheck.js"
        ),
        "docker/worker/healthcheck/healthcheck.js": "const express = require('express')\n"
        "const app = express()\napp.get('/healthz', (req, res) => res.send('OK'))\n"
        "app.listen(5566)\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["packages/server"]


def test_playground_apps_are_no_backends(tmp_path: Path) -> None:
    # novu playground/nestjs: a sample NestJS app of the SDK, beside the real apps.
    nest = package_json({"@nestjs/core": "10.4.1", "@nestjs/common": "10.4.1"})
    files = {
        "apps/api/package.json": nest,
        "apps/api/src/main.ts": NEST_MAIN,
        "playground/nestjs/package.json": nest,
        "playground/nestjs/src/main.ts": NEST_MAIN,
    }
    assert list(by_folder(write(tmp_path, files))) == ["apps/api"]


SPRING_APP = (
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
    "@SpringBootApplication\npublic class {name} {{}}\n"
)
BOOT_PLUGIN = (
    "<build><plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>"
)
ROOT_POM = (
    "<project><groupId>tech.example</groupId><artifactId>root</artifactId>\n"
    "<modules><module>server</module><module>remote/remote-benchmark</module>"
    "<module>worker-agent</module></modules>\n</project>\n"
)
LOCAL_PARENT = "<parent><groupId>tech.example</groupId><artifactId>root</artifactId></parent>"


def test_benchmark_harness_and_repackaged_agent_are_no_backends(tmp_path: Path) -> None:
    # PowerJob: a `-benchmark` module with its own Boot app, and a command-line agent whose
    # jar the Boot plugin repackages although nothing of it depends on Spring Boot.
    web = dep("org.springframework.boot", "spring-boot-starter-web", version="2.7.18")
    files = {
        "pom.xml": ROOT_POM,
        "server/pom.xml": pom(
            web + dep("org.springframework.boot", "spring-boot-starter-data-jpa", version="2.7.18"),
            parent=LOCAL_PARENT,
            extra=BOOT_PLUGIN,
        ),
        "server/src/main/java/ServerApplication.java": SPRING_APP.format(name="ServerApplication"),
        "remote/remote-benchmark/pom.xml": pom(web, parent=LOCAL_PARENT, extra=BOOT_PLUGIN),
        "remote/remote-benchmark/src/main/java/BenchmarkApplication.java": SPRING_APP.format(
            name="BenchmarkApplication"
        ),
        "worker-agent/pom.xml": pom(
            dep("info.picocli", "picocli", version="4.3.2")
            + dep("mysql", "mysql-connector-java", version="8.0.28"),
            parent=LOCAL_PARENT,
            extra=BOOT_PLUGIN,
        ),
        "worker-agent/Dockerfile": "FROM adoptopenjdk:8-jdk-hotspot\nCOPY agent.jar /agent.jar\n",
        "worker-agent/src/main/java/MainApplication.java": "import picocli.CommandLine;\n"
        "public class MainApplication { public static void main(String[] a) {} }\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["server"]


def test_boot_plugin_under_a_parent_declaring_the_starter_keeps_the_module(
    tmp_path: Path,
) -> None:
    # The parent's starters are inherited: the module packaged by the plugin is the app.
    parent = pom(
        dep("org.springframework.boot", "spring-boot-starter-web", version="3.3.4"),
        extra="<modules><module>app</module></modules>",
    )
    files = {
        "pom.xml": parent,
        "app/pom.xml": pom("", parent=LOCAL_PARENT, extra=BOOT_PLUGIN),
        "app/Dockerfile": "FROM eclipse-temurin:21\nCOPY app.jar /app.jar\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["app"]


def _server_solution() -> dict[str, str]:
    return {
        "apps/server/Api/Api.csproj": csproj(
            "Microsoft.EntityFrameworkCore", "Npgsql.EntityFrameworkCore.PostgreSQL",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "apps/server/Api/Program.cs": WEB_MAIN,
    }


def test_blazor_webassembly_client_is_no_backend(tmp_path: Path) -> None:
    # AliasVault.Client: the browser app, shipped by an nginx image.
    files = {
        **_server_solution(),
        "apps/server/Client/Client.csproj": csproj(
            "Microsoft.AspNetCore.Components.WebAssembly",
            "Microsoft.AspNetCore.Components.WebAssembly.Authentication",
            sdk="Microsoft.NET.Sdk.BlazorWebAssembly",
        ),
        "apps/server/Client/Program.cs": "var builder = "
        "WebAssemblyHostBuilder.CreateDefault(args);\n",
        "apps/server/Client/Dockerfile": "FROM nginx:alpine\nCOPY wwwroot /usr/share/nginx/html\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["apps/server/Api"]


def test_database_project_shipping_a_postgres_image_is_no_backend(tmp_path: Path) -> None:
    # AliasVault Databases/AliasServerDb: the DbContext and migrations, and a Dockerfile that
    # builds the PostgreSQL image with its configuration.
    files = {
        **_server_solution(),
        "apps/server/Databases/ServerDb/ServerDb.csproj": csproj(
            "Microsoft.AspNetCore.Identity.EntityFrameworkCore",
            "Npgsql.EntityFrameworkCore.PostgreSQL",
        ),
        "apps/server/Databases/ServerDb/Dockerfile": "FROM postgres:16-alpine\n"
        "COPY apps/server/Databases/ServerDb/postgresql.conf /etc/postgresql/postgresql.conf\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["apps/server/Api"]
    assert first(found["apps/server/Api"], K.DATABASE)[0] == "PostgreSQL"


def test_web_host_under_tests_is_no_backend_and_its_tests_join(tmp_path: Path) -> None:
    # AliasVault Tests/Server/E2ETests.Client.Server hosts the client for the browser tests.
    files = {
        **_server_solution(),
        "apps/server/Tests/Server/E2E.Host/E2E.Host.csproj": csproj(
            "Microsoft.AspNetCore.Components.WebAssembly.Server", sdk="Microsoft.NET.Sdk.Web"
        ),
        "apps/server/Tests/Server/E2E.Host/Program.cs": WEB_MAIN,
        "apps/server/Tests/E2ETests/E2ETests.csproj": csproj("NUnit", test=True),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["apps/server/Api"]
    assert first(found["apps/server/Api"], K.TEST)[0] == "NUnit"


PLUME_ROOT = (
    '[package]\nname = "plume"\nversion = "0.7.3"\nedition = "2018"\n\n'
    '[dependencies]\nrocket = "0.4.11"\n\n'
    '[dependencies.plume-models]\npath = "plume-models"\n\n'
    '[workspace]\nmembers = ["plume-models"]\n'
)
PLUME_MODELS = (
    '[package]\nname = "plume-models"\nversion = "0.7.3"\nedition = "2018"\n\n'
    '[dependencies]\nrocket = "0.4.11"\ndiesel = { version = "1.4.5", features = ["postgres"] }\n'
)


def test_rocket_0_4_root_crate_is_the_backend_not_its_library(tmp_path: Path) -> None:
    # Plume: the root binary ignites Rocket 0.4 from a configuration; plume-models is a
    # library crate that also depends on rocket (request guards).
    files = {
        "Cargo.toml": PLUME_ROOT,
        "src/main.rs": "extern crate rocket;\nfn init_rocket() -> rocket::Rocket {\n"
        "    rocket::custom(config)\n}\nfn main() { init_rocket().launch(); }\n",
        "plume-models/Cargo.toml": PLUME_MODELS,
        "plume-models/src/lib.rs": "use rocket::request::FromRequest;\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Rocket", "0.4.11")
    assert first(found["."], K.ORM)[0] == "Diesel"


def test_rocket_0_4_ignite_is_an_entry_point(tmp_path: Path) -> None:
    files = {
        "Cargo.toml": cargo('rocket = "0.4.11"'),
        "src/main.rs": "fn main() {\n"
        "    rocket::ignite().mount(\"/\", routes![index]).launch();\n}\n",
    }
    framework = next(f for f in by_folder(write(tmp_path, files))["."].findings
                     if f.kind is K.FRAMEWORK)
    assert any(e.path == "src/main.rs" for e in framework.evidence)


# --- Engines from what the service's own code uses ---------------------------------------------

APPFLOWY_ROOT = (
    '[package]\nname = "cloud"\nversion = "0.1.0"\nedition = "2021"\n\n'
    '[dependencies]\nactix-web = "4.11.0"\n'
    'sqlx = { workspace = true, default-features = false, features = ["postgres"] }\n\n'
    '[workspace]\nmembers = ["admin_frontend", "libs/app-error"]\n\n'
    '[workspace.dependencies]\nsqlx = { version = "0.8.1", default-features = false }\n'
)
ADMIN = (
    '[package]\nname = "admin_frontend"\nversion = "0.1.0"\nedition = "2021"\n\n'
    '[dependencies]\napp-error = { path = "../libs/app-error" }\naxum = "0.7"\n'
    'redis = { version = "0.25.2", features = ["aio"] }\n'
)
APP_ERROR = (
    '[package]\nname = "app-error"\nversion = "0.1.0"\nedition = "2021"\n\n'
    '[dependencies]\nsqlx = { workspace = true, default-features = false, features = [\n'
    '  "postgres",\n], optional = true }\n\n[features]\ndefault = []\nsqlx_error = ["sqlx"]\n'
)


def test_an_optional_crates_engine_is_not_lent_and_redis_sessions_are_the_store(
    tmp_path: Path,
) -> None:
    # AppFlowy-Cloud admin_frontend: its error crate's optional sqlx (postgres feature) is
    # not its database; the sessions it keeps in Redis are its only store.
    files = {
        "Cargo.toml": APPFLOWY_ROOT,
        "src/main.rs": "use actix_web::{App, HttpServer};\n"
        "async fn main() { HttpServer::new(|| App::new()); }\n",
        "admin_frontend/Cargo.toml": ADMIN,
        "admin_frontend/src/main.rs": "use axum::{routing::get, Router};\n"
        "fn main() { let client = redis::Client::open(url); }\n",
        "admin_frontend/src/session.rs": "use redis::{aio::ConnectionManager, AsyncCommands};\n"
        "pub struct SessionStorage { redis_client: ConnectionManager }\n",
        "libs/app-error/Cargo.toml": APP_ERROR,
        "libs/app-error/src/lib.rs": "pub enum AppError { Internal }\n",
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {".", "admin_frontend"}
    assert first(found["admin_frontend"], K.DATABASE)[0] == "Redis"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


# --- Catalogue -----------------------------------------------------------------------------

LIBS_TOML = (
    '[versions]\njavalin = "7.2.3"\nexposed = "1.4.0"\n\n[libraries]\n'
    'javalin-core = { module = "io.javalin:javalin", version.ref = "javalin" }\n'
    'javalin-rendering = { module = "io.javalin:javalin-rendering-jte", version.ref = "javalin" }\n'
    'exposed-core = { module = "org.jetbrains.exposed:exposed-core", version.ref = "exposed" }\n'
    'h2 = "com.h2database:h2:2.2.224"\n\n'
    '[bundles]\njavalin = ["javalin-core", "javalin-rendering"]\n'
)


def test_javalin_from_a_version_catalogue_bundle(tmp_path: Path) -> None:
    # Suwayomi server/: Kotlin, `implementation(libs.bundles.javalin)`.
    files = {
        "settings.gradle.kts": 'include("server")\n',
        "gradle/libs.versions.toml": LIBS_TOML,
        "server/build.gradle.kts": 'plugins {\n    kotlin("jvm")\n}\ndependencies {\n'
        "    implementation(libs.bundles.javalin)\n    implementation(libs.exposed.core)\n"
        "    implementation(libs.h2)\n}\n",
        "server/src/main/kotlin/JavalinSetup.kt": "import io.javalin.Javalin\n"
        "fun setup() {\n    val app = Javalin.create { config -> }\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["server"]
    assert first(found["server"], K.FRAMEWORK) == ("Javalin", "7.2.3")
    assert first(found["server"], K.ORM)[0] == "Exposed"


def test_javalin_in_a_pom_and_its_entry_point(tmp_path: Path) -> None:
    files = {
        "pom.xml": pom(dep("io.javalin", "javalin", version="6.3.0")),
        "src/main/java/App.java": "import io.javalin.Javalin;\npublic class App {\n"
        "  public static void main(String[] a) { Javalin.create().start(7070); }\n}\n",
    }
    framework = next(f for f in by_folder(write(tmp_path, files))["."].findings
                     if f.kind is K.FRAMEWORK)
    assert (framework.name, framework.version, framework.confidence) == ("Javalin", "6.3.0", 0.95)


GO_MAIN = 'package main\n\nimport "github.com/go-chi/chi/v5"\n\n' \
    "func main() { r := chi.NewRouter(); _ = r }\n"


def test_storm_keeps_its_records_in_boltdb(tmp_path: Path) -> None:
    # filebrowser: storage/bolt through asdine/storm/v3, bbolt beneath it.
    files = {
        "go.mod": go_mod("github.com/gorilla/mux v1.8.1", "github.com/asdine/storm/v3 v3.2.1",
                          "go.etcd.io/bbolt v1.5.0"),
        "main.go": 'package main\n\nimport "github.com/gorilla/mux"\n\n'
        "func main() { r := mux.NewRouter(); _ = r }\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM) == ("Storm", "v3.2.1")
    assert first(backend, K.DATABASE)[0] == "BoltDB"


def test_goqu_builds_the_queries_sqlx_runs(tmp_path: Path) -> None:
    # stash pkg/sqlite: goqu builds every query, sqlx executes them on go-sqlite3.
    files = {
        "go.mod": go_mod("github.com/go-chi/chi/v5 v5.2.2",
                         "github.com/doug-martin/goqu/v9 v9.18.0",
                         "github.com/jmoiron/sqlx v1.4.0", "github.com/mattn/go-sqlite3 v1.14.22"),
        "main.go": GO_MAIN,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert [f.name for f in backend.findings if f.kind is K.QUERY] == ["goqu", "sqlx"]
    assert first(backend, K.QUERY)[1] == "v9.18.0"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_sqlx_alone_stays_the_query_library(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/go-chi/chi/v5 v5.2.2", "github.com/jmoiron/sqlx v1.4.0",
                          "github.com/lib/pq v1.10.9"),
        "main.go": GO_MAIN,
    }
    assert first(by_folder(write(tmp_path, files))["."], K.QUERY)[0] == "sqlx"


NOVU_ROOT = package_json({}, {"typescript": "5.6.2"})
DAL = package_json({"mongoose": "^7.5.0"}, name="@app/dal")


def _nest_app(folder: str, scripts: dict[str, str]) -> dict[str, str]:
    return {
        f"{folder}/package.json": package_json(
            {"@nestjs/core": "10.4.1", "@app/dal": "workspace:*"},
            {"jest": "^27.0.6", "ts-jest": "^27.0.7", "mocha": "^10.2.0"},
            name=f"@app/{folder.rsplit('/', 1)[-1]}",
            scripts=scripts,
        ),
        f"{folder}/src/main.ts": NEST_MAIN,
    }


def test_data_layer_of_a_workspace_library_is_the_apps(tmp_path: Path) -> None:
    # novu: apps/* import `@novu/dal`, the workspace package that depends on mongoose.
    files = {
        "package.json": NOVU_ROOT,
        "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n  - 'libs/*'\n",
        "libs/dal/package.json": DAL,
        "libs/dal/src/index.ts": "export * from './repositories'\n",
        **_nest_app("apps/api", {"test": "mocha --require ts-node/register 'src/**/*.spec.ts'"}),
        "apps/web/package.json": package_json({"react-dom": "18.2.0"}, name="@app/web"),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["apps/api"]
    assert first(found["apps/api"], K.ORM)[0] == "Mongoose"
    assert first(found["apps/api"], K.DATABASE)[0] == "MongoDB"


def test_a_workspace_library_the_app_does_not_use_lends_nothing(tmp_path: Path) -> None:
    files = {
        "package.json": NOVU_ROOT,
        "libs/dal/package.json": DAL,
        "apps/api/package.json": package_json({"@nestjs/core": "10.4.1"}, name="@app/api"),
        "apps/api/src/main.ts": NEST_MAIN,
    }
    backend = by_folder(write(tmp_path, files))["apps/api"]
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.DATABASE) == ("", "")


def test_the_runner_a_test_script_runs_is_the_test_framework(tmp_path: Path) -> None:
    # novu apps/webhook: jest and mocha are both development dependencies; `test:e2e` runs
    # mocha, and no file configures jest.
    script = ("cross-env NODE_ENV=test E2E_RUNNER=true mocha --timeout 10000 "
              "--require ts-node/register --exit e2e/**/*.e2e.ts")
    files = {"package.json": NOVU_ROOT, **_nest_app("apps/webhook", {"test:e2e": script})}
    # A test file: the runner, declared, runs something (`testless_node`).
    files["apps/webhook/e2e/webhook.e2e.ts"] = "describe('webhook', () => {});\n"
    backend = by_folder(write(tmp_path, files))["apps/webhook"]
    assert [f.name for f in backend.findings if f.kind is K.TEST] == ["Mocha", "Jest"]


def test_a_runner_named_only_in_another_script_decides_nothing(tmp_path: Path) -> None:
    files = {"package.json": NOVU_ROOT,
             **_nest_app("apps/webhook", {"lint": "eslint src --rule mocha"})}
    # A test file: the runner, declared, runs something (`testless_node`).
    files["apps/webhook/src/app.spec.ts"] = "test('ok', () => {});\n"
    backend = by_folder(write(tmp_path, files))["apps/webhook"]
    assert first(backend, K.TEST)[0] == "Jest"


def test_an_ado_net_driver_the_code_opens_names_the_engine(tmp_path: Path) -> None:
    # osu-server-spectator: Dapper over MySqlConnector, which another package brings.
    files = {
        "Server/Server.csproj": csproj("Dapper", "ppy.osu.Server.OsuQueueProcessor",
                                       sdk="Microsoft.NET.Sdk.Web"),
        "Server/Program.cs": WEB_MAIN,
        "Server/Database/DatabaseAccess.cs": "using Dapper;\nusing MySqlConnector;\n\n"
        "public class DatabaseAccess {\n  MySqlConnection? openConnection;\n}\n",
    }
    backend = by_folder(write(tmp_path, files))["Server"]
    assert first(backend, K.QUERY)[0] == "Dapper"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_sqlite_connection_only_the_tests_open_names_no_engine(tmp_path: Path) -> None:
    files = {
        "Server/Server.csproj": csproj("Dapper", sdk="Microsoft.NET.Sdk.Web"),
        "Server/Program.cs": WEB_MAIN,
        "Server.Tests/Server.Tests.csproj": csproj("xunit", test=True),
        "Server.Tests/DatabaseTests.cs": "using Microsoft.Data.Sqlite;\n"
        "public class DatabaseTests { SqliteConnection c = new SqliteConnection(\"x\"); }\n",
    }
    assert first(by_folder(write(tmp_path, files))["Server"], K.DATABASE) == ("", "")


def test_express_a_used_workspace_package_declares_still_makes_a_service(
    tmp_path: Path,
) -> None:
    # The app gets express through its own server-core package (hoisted by the workspace).
    files = {
        "package.json": package_json({}, workspaces=["packages/*"]),
        **_express_server("packages/server"),
        "packages/core/package.json": package_json({"express": "4.18.3"}, name="@app/core"),
        "packages/admin/package.json": package_json({"@app/core": "1.0.0", "pg": "8.11.0"},
                                                    name="@app/admin"),
        "packages/admin/index.js": EXPRESS_APP,
    }
    assert set(by_folder(write(tmp_path, files))) == {"packages/server", "packages/admin"}


PNPM_LOCK = """lockfileVersion: '9.0'

importers:

  .: {}

  apps/api:
    dependencies:
      '@nestjs/core':
        specifier: 10.4.1
        version: 10.4.1

  libs/dal:
    dependencies:
      mongoose:
        specifier: ^7.5.0
        version: 7.5.2
"""


def test_a_workspace_librarys_data_layer_is_versioned_from_its_lock_entry(
    tmp_path: Path,
) -> None:
    files = {
        "package.json": NOVU_ROOT,
        "pnpm-lock.yaml": PNPM_LOCK,
        "libs/dal/package.json": DAL,
        **_nest_app("apps/api", {}),
    }
    backend = by_folder(write(tmp_path, files))["apps/api"]
    assert first(backend, K.FRAMEWORK) == ("NestJS", "10.4.1")
    assert first(backend, K.ORM) == ("Mongoose", "7.5.2")


CARGO_LOCK = """version = 3

[[package]]
name = "axum"
version = "0.7.9"

[[package]]
name = "redis"
version = "0.23.3"

[[package]]
name = "redis"
version = "0.25.4"
"""


def test_of_several_locked_releases_the_one_the_manifest_admits(tmp_path: Path) -> None:
    # AppFlowy-Cloud: Cargo.lock keeps redis 0.23.3 for a dependency beside the 0.25 line
    # admin_frontend asks for.
    files = {
        "Cargo.toml": cargo('axum = "0.7"', 'redis = { version = "0.25.2", features = ["aio"] }'),
        "Cargo.lock": CARGO_LOCK,
        "src/main.rs": "use axum::Router;\nfn main() {}\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.CACHE) == ("Redis", "0.25.4")


def test_a_catalogue_plugin_applied_by_its_id_sets_the_language(tmp_path: Path) -> None:
    # Suwayomi server/: `id(libs.plugins.kotlin.jvm.get().pluginId)`, spread over lines.
    files = {
        "settings.gradle.kts": 'include("server")\n',
        "gradle/libs.versions.toml": '\nkotlin = "2.4.10"\n'.join(LIBS_TOML.split("\n", 1))
        + '\n[plugins]\nkotlin-jvm = { id = "org.jetbrains.kotlin.jvm", version.ref = "kotlin" }\n',
        "server/build.gradle.kts": "plugins {\n    id(\n        libs.plugins.kotlin.jvm\n"
        "            .get()\n            .pluginId,\n    )\n}\n"
        "dependencies {\n    implementation(libs.bundles.javalin)\n}\n",
    }
    backend = by_folder(write(tmp_path, files))["server"]
    assert (backend.language, backend.language_version) == ("Kotlin", "2.4.10")


def test_a_workspace_dependency_is_locked_at_the_workspace_range(tmp_path: Path) -> None:
    # AppFlowy-Cloud's root: `redis = { workspace = true }`, the workspace asking for 0.29.
    files = {
        "Cargo.toml": cargo('axum = "0.7"', "redis = { workspace = true }")
        + '\n[workspace]\nmembers = []\n\n[workspace.dependencies]\nredis = "0.29"\n',
        "Cargo.lock": CARGO_LOCK + '\n[[package]]\nname = "redis"\nversion = "0.29.5"\n',
        "src/main.rs": "use axum::Router;\nfn main() {}\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.CACHE) == ("Redis", "0.29.5")
