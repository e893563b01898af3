"""Generic gaps the eighth held-out set showed (benchmarks/detect_heldout8.yaml), each as a
small fixture of the real files' shape (#19): Gradle library modules of one application
(listed by a settings file, with nothing in their common folder), plugin versions the
settings file fixes, a BOM module of the build, a version kept in a Kotlin `val`, workspace
apps whose root manifest holds every dependency, a Nest CLI beside the API, a Composer path
package, a Rust binary crate starting its web crate's server, Slim, a database image the
app's Dockerfile bundles, Foundatio.Repositories, Prisma's Rust client, a stale lock in a
workspace member, example programs crowding the entry points out, bun.lock, AVA and
Cypress, an engine used only when an environment variable names it, a database descriptor
default, hand-written SQL in a deep data-access package."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import cargo, dep, go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- Phantoms --------------------------------------------------------------------------------

_BOOT_LIBRARY = (
    "plugins {\n    id 'io.spring.dependency-management'\n"
    "    id 'org.springframework.boot' apply false\n}\n"
    "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n"
    "    implementation 'org.postgresql:postgresql'\n}\n"
)


_RESOLUTION = (
    "pluginManagement {\n  resolutionStrategy {\n    eachPlugin {\n"
    "      if (requested.id.id == 'org.springframework.boot') {\n"
    '        useModule("org.springframework.boot:spring-boot-gradle-plugin:'
    '$springBootVersion")\n      }\n    }\n  }\n}\n'
)
_INCLUDES = (
    "include ':server-app'\nproject(':server-app').projectDir = new File('backend/app')\n"
    "include ':data'\nproject(':data').projectDir = new File('backend/data')\n"
    "include ':api'\nproject(':api').projectDir = new File('backend/api')\n"
)


def _gradle_modules_apart() -> dict[str, str]:
    # tolgee: settings.gradle maps each project to a folder under backend/ (no build file in
    # backend/ itself); Application.kt in backend/app, the others are library modules.
    return {
        "settings.gradle": _RESOLUTION + _INCLUDES,
        "gradle.properties": "kotlinVersion=2.3.21\nspringBootVersion=4.1.0\n",
        "build.gradle": "plugins {\n    id 'org.gradle.test-retry'\n}\n",
        "backend/app/build.gradle": "plugins {\n    id 'org.springframework.boot'\n"
        "    id 'org.jetbrains.kotlin.jvm'\n}\n"
        "dependencies {\n    implementation project(':data')\n"
        "    implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
        "backend/app/src/main/kotlin/io/app/Application.kt": "package io.app\n"
        "@SpringBootApplication\nclass Application\n"
        "fun main(args: Array<String>) { runApplication<Application>(*args) }\n",
        "backend/data/build.gradle": _BOOT_LIBRARY,
        "backend/api/build.gradle": _BOOT_LIBRARY.replace(
            "    implementation 'org.postgresql:postgresql'\n", ""
        ),
    }


def test_gradle_library_modules_listed_by_the_settings_file_join_the_app(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _gradle_modules_apart()))
    assert list(found) == ["backend/app"]
    assert first(found["backend/app"], K.DATABASE)[0] == "PostgreSQL"


def test_a_gradle_build_above_a_gap_that_lists_no_modules_is_another_build(
    tmp_path: Path,
) -> None:
    files = _gradle_modules_apart()
    files["settings.gradle"] = "rootProject.name = 'tools'\n"
    found = by_folder(write(tmp_path, files))
    assert "backend/app" in found and "backend/data" in found


def test_the_settings_files_plugin_management_versions_the_framework(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _gradle_modules_apart()))["backend/app"]
    assert first(app, K.FRAMEWORK) == ("Spring Boot", "4.1.0")


def test_a_versioned_plugin_in_plugin_management_versions_the_framework(
    tmp_path: Path,
) -> None:
    files = _gradle_modules_apart()
    files["settings.gradle"] = (
        "pluginManagement {\n  plugins {\n"
        "    id 'org.springframework.boot' version '3.3.2'\n  }\n}\n" + _INCLUDES
    )
    app = by_folder(write(tmp_path, files))["backend/app"]
    assert first(app, K.FRAMEWORK) == ("Spring Boot", "3.3.2")


def _nest_workspace() -> dict[str, str]:
    # postiz: the root package.json declares every dependency; the apps' own package.json
    # only name scripts; the schema lives in a library folder without a manifest.
    scripts = {"start": "node dist/main.js"}
    return {
        "package.json": package_json(
            {"@nestjs/core": "^11.1.21", "@prisma/client": "6.5.0", "react-dom": "18.3.1"},
            {"jest": "29.7.0"},
        ),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - libraries/*\n",
        "apps/backend/package.json": '{"name": "backend", "scripts": '
        f'{{"start": "{scripts["start"]}"}}}}\n',
        "apps/backend/nest-cli.json": '{"collection": "@nestjs/schematics"}\n',
        "apps/backend/src/main.ts": "import { NestFactory } from '@nestjs/core'\n"
        "const app = await NestFactory.create(AppModule)\nawait app.listen(3000)\n",
        "apps/commands/package.json": '{"name": "commands", "scripts": {}}\n',
        "apps/commands/nest-cli.json": '{"collection": "@nestjs/schematics"}\n',
        "apps/commands/src/main.ts": "import { NestFactory } from '@nestjs/core'\n"
        "const app = await NestFactory.createApplicationContext(CommandModule)\n",
        "libraries/server/src/database/prisma/schema.prisma": "datasource db {\n"
        '  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
    }


def test_workspace_apps_without_dependencies_run_on_the_roots(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _nest_workspace()))
    backend = found["apps/backend"]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("NestJS", "^11.1.21")
    assert first(backend, K.ORM)[0] == "Prisma"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_nest_standalone_application_context_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _nest_workspace()))) == ["apps/backend"]


def test_an_app_declaring_its_own_dependencies_takes_none_of_the_roots(tmp_path: Path) -> None:
    files = _nest_workspace()
    files["apps/backend/package.json"] = package_json({"@nestjs/core": "^10.0.0"})
    backend = by_folder(write(tmp_path, files))["apps/backend"]
    assert first(backend, K.FRAMEWORK) == ("NestJS", "^10.0.0")
    assert first(backend, K.ORM) == ("", "")


def test_a_composer_path_package_is_part_of_the_root_project(tmp_path: Path) -> None:
    # mautic: the root project requires mautic/core-lib, the path repository `app`, which
    # holds the kernel, the framework and the bundles' configuration.
    files = {
        "composer.json": '{\n  "name": "acme/distribution",\n  "require": {\n'
        '    "acme/core-lib": "^5.0"\n  },\n  "require-dev": {\n'
        '    "phpunit/phpunit": "^9.5"\n  },\n  "repositories": [\n'
        '    {"type": "path", "url": "app"},\n'
        '    {"type": "git", "url": "https://example.com/bundle.git"}\n  ]\n}\n',
        "index.php": "<?php\nrequire __DIR__.'/autoload.php';\n",
        "app/composer.json": '{\n  "name": "acme/core-lib",\n  "require": {\n'
        '    "symfony/framework-bundle": "~5.4.0",\n    "doctrine/orm": "^2.14.0"\n  }\n}\n',
        "app/AppKernel.php": "<?php\nuse Symfony\\Component\\HttpKernel\\Kernel;\n"
        "class AppKernel extends Kernel {}\n",
        "app/bundles/CoreBundle/Config/config.php": "<?php\nreturn [\n  'parameters' => [\n"
        "    'db_driver'    => 'pdo_mysql',\n  ],\n];\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Symfony"
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_rust_binary_crate_starting_its_web_crate_is_the_backend(tmp_path: Path) -> None:
    # dim: the binary crate dim/ calls dim_web::start_webserver; axum is dim-web's.
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["dim", "dim-web", "dim-database"]\n',
        "dim/Cargo.toml": cargo(
            'dim-web = { path = "../dim-web" }',
            'dim-database = { path = "../dim-database" }',
            'tokio = "1"',
        ).replace('name = "app"', 'name = "dim"'),
        "dim/src/main.rs": "fn main() {\n    dim_web::start_webserver(address);\n}\n",
        "dim-web/Cargo.toml": cargo('axum = "0.6.20"').replace('name = "app"', 'name = "dim-web"'),
        "dim-web/src/lib.rs": "use axum::Router;\npub async fn start_webserver() {\n"
        "    axum::Server::bind(&addr).serve(app).await;\n}\n",
        "dim-database/Cargo.toml": cargo(
            'sqlx = { version = "0.5", features = ["sqlite"] }'
        ).replace('name = "app"', 'name = "dim-database"'),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["dim"]
    assert first(found["dim"], K.FRAMEWORK) == ("Axum", "0.6.20")
    assert first(found["dim"], K.DATABASE)[0] == "SQLite"


def test_a_web_crate_a_service_crate_uses_is_not_handed_to_a_tool(tmp_path: Path) -> None:
    # kellnr: the server crate and a migration binary both use a common library with axum.
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/common/Cargo.toml": cargo('axum = "0.8.9"').replace(
            'name = "app"', 'name = "common"'
        ),
        "crates/common/src/lib.rs": "use axum::Router;\n",
        "crates/server/Cargo.toml": cargo(
            'axum = "0.8.9"', 'common = { path = "../common" }'
        ).replace('name = "app"', 'name = "server"'),
        "crates/server/src/main.rs": "fn main() { axum::serve(listener, app); }\n",
        "crates/migration/Cargo.toml": cargo('common = { path = "../common" }').replace(
            'name = "app"', 'name = "migration"'
        ),
        "crates/migration/src/main.rs": "fn main() {}\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["crates/server"]


# --- Versions --------------------------------------------------------------------------------


def test_a_bom_module_of_the_build_versions_the_framework(tmp_path: Path) -> None:
    # lowcoder: lowcoder-server imports the sibling lowcoder-dependencies as a BOM, which
    # imports spring-boot-dependencies 3.2.4.
    def module(artifact: str, body: str) -> str:
        return (
            '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
            "  <parent><groupId>org.acme</groupId><artifactId>root</artifactId>"
            "<version>${revision}</version></parent>\n"
            f"  <artifactId>{artifact}</artifactId>\n{body}</project>\n"
        )

    def imports(artifact: str, version: str) -> str:
        return (
            "  <dependencyManagement>\n    <dependencies>\n      <dependency>"
            f"<groupId>g</groupId><artifactId>{artifact}</artifactId>"
            f"<version>{version}</version><type>pom</type><scope>import</scope>"
            "</dependency>\n    </dependencies>\n  </dependencyManagement>\n"
        )

    starter = dep("org.springframework.boot", "spring-boot-starter-webflux")
    files = {
        "pom.xml": '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <artifactId>root</artifactId>\n  <packaging>pom</packaging>\n"
        "  <properties><revision>2.7.6</revision></properties>\n"
        "  <modules><module>deps</module><module>server</module></modules>\n</project>\n",
        "deps/pom.xml": module(
            "acme-dependencies", imports("spring-boot-dependencies", "3.2.4")
        ),
        "server/pom.xml": module(
            "acme-server",
            imports("acme-dependencies", "${revision}")
            + f"  <dependencies>\n{starter}\n  </dependencies>\n",
        ),
        "server/src/main/java/org/acme/ServerApplication.java": "@SpringBootApplication\n"
        "public class ServerApplication {\n  public static void main(String[] a) {\n"
        "    SpringApplication.run(ServerApplication.class, a);\n  }\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["server"], K.FRAMEWORK) == ("Spring Boot", "3.2.4")


def test_a_version_kept_in_a_kotlin_val_and_javalin_start(tmp_path: Path) -> None:
    # reposilite: `val javalin = "7.2.2"` before `api("io.javalin:javalin:$javalin")`.
    files = {
        "settings.gradle.kts": 'include("app")\n',
        "app/build.gradle.kts": 'plugins {\n    kotlin("jvm")\n}\ndependencies {\n'
        '    val javalin = "7.2.2"\n    api("io.javalin:javalin:$javalin")\n'
        '    val exposed = "1.3.0"\n    api("org.jetbrains.exposed:exposed-core:$exposed")\n}\n',
        "app/src/main/kotlin/app/web/HttpServer.kt": "package app.web\n"
        "import io.javalin.Javalin\n"
        "class HttpServer {\n  fun start() {\n    Javalin.start { config -> }\n  }\n}\n",
    }
    app = by_folder(write(tmp_path, files))["app"]
    assert first(app, K.FRAMEWORK) == ("Javalin", "7.2.2")
    assert app.findings[0].confidence == 0.95  # declared and started
    assert first(app, K.ORM) == ("Exposed", "1.3.0")


# --- Catalogue gaps and engines --------------------------------------------------------------


def _slim_app(dockerfile: str) -> dict[str, str]:
    # AzuraCast: Slim 4 on PHP-DI, Doctrine over pdo_mysql, an image bundling MariaDB.
    return {
        "composer.json": '{\n  "require": {\n    "php": "^8.4",\n    "doctrine/orm": "^3.5.3",\n'
        '    "slim/slim": "^4.15"\n  }\n}\n',
        "backend/config/routes.php": "<?php\nuse Slim\\App;\n"
        "return static function (App $app) { $app->get('/', Home::class); };\n",
        "backend/config/services.php": "<?php\nreturn [\n  'db' => [\n"
        "    'driver' => 'pdo_mysql',\n  ],\n];\n",
        "Dockerfile": dockerfile,
    }


def test_slim_is_a_framework_and_the_image_bundles_mariadb(tmp_path: Path) -> None:
    files = _slim_app(
        "FROM mariadb:lts-noble AS mariadb\n\nFROM php:8.5-fpm-trixie AS final\n"
        "COPY --from=mariadb /usr/local/bin/healthcheck.sh /usr/local/bin/\n"
    )
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.FRAMEWORK) == ("Slim", "^4.15")
    assert app.findings[0].confidence == 0.95
    assert first(app, K.DATABASE)[0] == "MariaDB"


def test_an_image_without_a_database_stage_keeps_the_drivers_engine(tmp_path: Path) -> None:
    files = _slim_app("FROM composer:2 AS deps\n\nFROM php:8.5-fpm-trixie\n")
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "MySQL"


def test_foundatio_repositories_keep_the_data_in_elasticsearch(tmp_path: Path) -> None:
    # Exceptionless: the web host references Core, whose repositories are Foundatio's.
    web = csproj("Swashbuckle.AspNetCore", sdk="Microsoft.NET.Sdk.Web").replace(
        "</Project>",
        '  <ItemGroup>\n    <ProjectReference Include="..\\Core\\Core.csproj" />\n'
        "  </ItemGroup>\n</Project>",
    )
    files = {
        "src/Web/Web.csproj": web,
        "src/Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
        "src/Core/Core.csproj": csproj("Foundatio.Repositories.Elasticsearch", "Foundatio.Redis"),
    }
    web_backend = by_folder(write(tmp_path, files))["src/Web"]
    assert first(web_backend, K.ORM)[0] == "Foundatio.Repositories"
    assert first(web_backend, K.DATABASE)[0] == "Elasticsearch"


def _rust_workspace() -> dict[str, str]:
    # stump: the workspace declares prisma-client-rust with the sqlite connector; the server
    # crate takes it `workspace = true`; a stale Cargo.lock is left in the server's folder.
    return {
        "Cargo.toml": '[workspace]\nmembers = ["apps/server", "core"]\n\n'
        "[workspace.dependencies]\nprisma-client-rust = { git = "
        '"https://github.com/Brendonovich/prisma-client-rust.git", tag = "0.6.11", '
        'features = ["sqlite", "migrations"], default-features = false }\n',
        "Cargo.lock": '[[package]]\nname = "axum"\nversion = "0.8.1"\n',
        "apps/server/Cargo.toml": cargo(
            'axum = { version = "0.8.1", features = ["ws"] }',
            "prisma-client-rust = { workspace = true }",
        ),
        "apps/server/Cargo.lock": '[[package]]\nname = "axum"\nversion = "0.5.16"\n',
        "apps/server/src/main.rs": "use axum::Router;\nfn main() {}\n",
    }


def test_a_stale_lock_in_a_workspace_member_gives_way_to_the_workspaces(
    tmp_path: Path,
) -> None:
    server = by_folder(write(tmp_path, _rust_workspace()))["apps/server"]
    assert first(server, K.FRAMEWORK) == ("Axum", "0.8.1")


def test_a_members_own_lock_gives_way_even_where_the_manifest_admits_it(
    tmp_path: Path,
) -> None:
    # Set 133 (#19): cargo builds a workspace member from the workspace root's Cargo.lock and
    # never reads one left in the member's folder, whatever it resolves (this test once kept
    # a near lock the manifest admits; cargo does not).
    files = _rust_workspace()
    files["apps/server/Cargo.lock"] = '[[package]]\nname = "axum"\nversion = "0.8.4"\n'
    server = by_folder(write(tmp_path, files))["apps/server"]
    assert first(server, K.FRAMEWORK) == ("Axum", "0.8.1")


def test_prisma_client_rust_from_the_workspace_and_its_connector(tmp_path: Path) -> None:
    server = by_folder(write(tmp_path, _rust_workspace()))["apps/server"]
    assert first(server, K.ORM)[0] == "Prisma"
    assert first(server, K.DATABASE)[0] == "SQLite"


def test_example_programs_do_not_crowd_the_entry_points_out(tmp_path: Path) -> None:
    # hatchet: examples/go holds forty `main.go` of the root module; sqlc's configuration
    # lies deeper, in pkg/repository/sqlcv1.
    files = {
        "go.mod": go_mod("github.com/labstack/echo/v4 v4.15.1", "github.com/jackc/pgx/v5 v5.9.2"),
        "cmd/api/main.go": 'package main\n\nimport "github.com/labstack/echo/v4"\n\n'
        "func main() { e := echo.New(); e.Start(\":8080\") }\n",
        **{
            f"examples/go/example{i:02}/main.go": "package main\n\nfunc main() {}\n"
            for i in range(45)
        },
        "pkg/repository/sqlcv1/sqlc.yaml": 'version: "2"\nsql:\n  - engine: "postgresql"\n',
    }
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.QUERY)[0] == "sqlc"


# --- Versions, engines and tests of single services -----------------------------------------


def test_bun_lock_resolves_the_range(tmp_path: Path) -> None:
    # notesnook Inbox.API: Express ^5.1.0 run by Bun, bun.lock resolving 5.1.0.
    files = {
        "package.json": package_json({"express": "^5.1.0"}),
        "bun.lock": '{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n'
        '      "dependencies": {\n        "express": "^5.1.0",\n      },\n    },\n  },\n'
        '  "packages": {\n'
        '    "body-parser/qs": ["qs@6.13.0", "", {}, "sha512-x"],\n\n'
        '    "express": ["express@5.1.0", "", { "dependencies": {} }, "sha512-y"],\n  }\n}\n',
        "src/index.ts": "import express from 'express'\nconst app = express()\n",
    }
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.FRAMEWORK) == ("Express", "5.1.0")


def test_ava_run_by_the_test_script_is_the_test_framework(tmp_path: Path) -> None:
    # yapi: `"test": "ava"`.
    files = {
        "package.json": package_json(
            {"koa": "2.0.0", "mongoose": "5.7.5"}, {"ava": "^0.22.0"}, scripts={"test": "ava"}
        ),
        "server/app.js": "const Koa = require('koa')\nconst app = new Koa()\n",
        # A test file: the runner, declared, runs something (`testless_node`).
        "test/app.test.js": "test('ok', () => {});\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "AVA"


def _cypress_app(extra_dev: dict[str, str]) -> dict[str, str]:
    # jellyseerr: only Cypress end-to-end tests.
    return {
        "package.json": package_json(
            {"express": "4.18.2", "typeorm": "0.3.11", "sqlite3": "5.1.4"},
            {"cypress": "12.7.0", **extra_dev},
        ),
        "cypress.config.ts": "import { defineConfig } from 'cypress'\n",
        "server/index.ts": "import express from 'express'\nconst server = express()\n",
    }


def test_cypress_alone_is_the_test_framework(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _cypress_app({})))["."]
    assert first(app, K.TEST)[0] == "Cypress"


def test_beside_a_unit_test_runner_cypress_is_the_second_suite(tmp_path: Path) -> None:
    files = _cypress_app({"jest": "29.7.0"})
    files["jest.config.js"] = "module.exports = {}\n"
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "Jest"


def test_a_server_engine_chosen_only_when_an_env_variable_names_it_is_opt_in(
    tmp_path: Path,
) -> None:
    # jellyseerr: `isPgsql = process.env.DB_TYPE === 'postgres'`, else the SQLite config; a
    # variant Compose file sets DB_TYPE=postgres.
    files = {
        **_cypress_app({}),
        "server/datasource.ts": "const prodConfig = {\n  type: 'sqlite',\n"
        "  database: 'config/db/db.sqlite3',\n}\nconst postgresConfig = {\n"
        "  type: 'postgres',\n}\nexport const isPgsql = process.env.DB_TYPE === 'postgres'\n",
        "docker-compose.postgres.yaml": "services:\n  app:\n    build: .\n    environment:\n"
        "      DB_TYPE: 'postgres'\n  postgres:\n    image: postgres:16\n",
    }
    files["package.json"] = package_json(
        {"express": "4.18.2", "typeorm": "0.3.11", "sqlite3": "5.1.4", "pg": "8.11.0"},
        {"cypress": "12.7.0"},
    )
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


def test_without_the_env_test_the_server_engine_stays_first(tmp_path: Path) -> None:
    files = {
        **_cypress_app({}),
        "server/datasource.ts": "const config = {\n  type: 'postgres',\n}\n",
    }
    files["package.json"] = package_json({"express": "4.18.2", "pg": "8.11.0", "sqlite3": "5"})
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_database_descriptor_default_names_the_engine(tmp_path: Path) -> None:
    # reposilite: drivers for five engines; `val database = reference("sqlite reposilite.db")`.
    drivers = "".join(
        f'    implementation("{coordinate}")\n'
        for coordinate in (
            "org.xerial:sqlite-jdbc:3.53.2.1",
            "org.mariadb.jdbc:mariadb-java-client:3.5.8",
            "org.postgresql:postgresql:42.7.11",
        )
    )
    files = {
        "settings.gradle.kts": 'include("app")\n',
        "app/build.gradle.kts": 'dependencies {\n    api("io.javalin:javalin:7.2.2")\n'
        + drivers
        + "}\n",
        "app/src/main/kotlin/app/config/LocalConfiguration.kt": "package app.config\n"
        'class LocalConfiguration {\n    @Description("# - mariadb localhost:3306 db user pw")\n'
        '    val database = reference("sqlite reposilite.db")\n}\n',
    }
    app = by_folder(write(tmp_path, files))["app"]
    assert first(app, K.DATABASE)[0] == "SQLite"


def test_hand_written_sql_in_a_deep_data_provider_package(tmp_path: Path) -> None:
    # sftpgo: database/sql is imported only in internal/dataprovider, past the quota of
    # ordinary files.
    files = {
        "go.mod": go_mod("github.com/go-chi/chi/v5 v5.3.1", "github.com/mattn/go-sqlite3 v1.14.48"),
        "main.go": 'package main\n\nimport "github.com/go-chi/chi/v5"\n\n'
        "func main() { chi.NewRouter() }\n",
        **{f"internal/common/file{i:02}.go": "package common\n" for i in range(30)},
        "internal/dataprovider/sqlcommon.go": 'package dataprovider\n\nimport (\n'
        '\t"database/sql"\n)\n\nfunc get(db *sql.DB) {}\n',
    }
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.QUERY)[0] == "database/sql"
