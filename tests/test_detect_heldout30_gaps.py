"""Generic gaps the thirtieth held-out set showed (benchmarks/detect_heldout30.yaml), each as a
small fixture of the real files' shape (#19): what a package installed from git requires, as the
lock records it, lent to the service; hapi and lab named as their projects spell them; a proxy
ActiveRecord adapter named after the adapter it wraps (`mysql2_makara`); CakePHP's default
datasource driver in config/app.php; a Composer package of a framework's plugin type inside the
application; SQLite as the engine a Go switch's `default:` branch opens and a Rust program's
fallback when no database URL is set; a .NET Lambda an SQS queue feeds; GoConvey as the main test
framework of a Go service most of whose test files are GoConvey specifications."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import cargo, go_mod, write

from designer.model.stack import FindingKind as K

# --- Node ----------------------------------------------------------------------------------------


def test_hapi_and_lab_are_spelled_as_their_projects_spell_them(tmp_path: Path) -> None:
    """sroc-charging-module-api: `@hapi/hapi` serving, `@hapi/lab` run by `npm test`."""
    files = {
        "package.json": (
            '{\n  "name": "api",\n  "scripts": {\n    "start": "node index.js",\n'
            '    "test": "lab --silent-skips --shuffle"\n  },\n'
            '  "dependencies": {\n    "@hapi/hapi": "^20.3.0"\n  },\n'
            '  "devDependencies": {\n    "@hapi/code": "^8.0.7",\n    "@hapi/lab": "^24.7.1"\n'
            "  }\n}\n"
        ),
        "index.js": (
            "'use strict'\n\nconst Hapi = require('@hapi/hapi')\n\nconst init = async () => {\n"
            "  const server = Hapi.server({ port: 3000 })\n  await server.start()\n}\n\ninit()\n"
        ),
        "test/app.test.js": (
            "'use strict'\n\nconst Lab = require('@hapi/lab')\n"
            "const { describe, it } = exports.lab = Lab.script()\n\n"
            "describe('app', () => {\n  it('starts', () => {})\n})\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "hapi"
    assert first(backend, K.TEST)[0] == "lab"


def _engine_lock(requires: dict[str, str]) -> str:
    """A package-lock.json v3 holding the git package's entry with its requirements and the
    packages they resolved to."""
    required = ",\n".join(f'        "{name}": "{spec}"' for name, spec in requires.items())
    resolved = "".join(
        f'    "node_modules/{name}": {{\n      "version": "{spec.lstrip("^")}",\n'
        '      "license": "MIT"\n    },\n'
        for name, spec in requires.items()
    )
    return (
        '{\n  "name": "system",\n  "version": "0.59.0",\n  "lockfileVersion": 3,\n'
        '  "requires": true,\n  "packages": {\n    "": {\n      "name": "system",\n'
        '      "dependencies": {\n        "water-engine": "github:org/water-engine#main"\n'
        '      },\n      "devDependencies": {\n        "vitest": "^4.1.10"\n      }\n    },\n'
        f"{resolved}"
        '    "node_modules/vitest": {\n      "version": "4.1.10",\n      "dev": true\n    },\n'
        '    "node_modules/water-engine": {\n      "version": "1.0.0",\n'
        '      "resolved": "git+ssh://git@github.com/org/water-engine.git#db764fb",\n'
        f'      "dependencies": {{\n{required}\n      }},\n'
        '      "bin": {\n        "water-knex": "bin/water-knex.js"\n      }\n    }\n  }\n}\n'
    )


def _git_engine_service(requires: dict[str, str]) -> dict[str, str]:
    """water-abstraction-system: package.json requires ioredis and a git package (the service
    family's shared engine), whose base server and models the code imports; the lock lists
    what the engine requires under its entry."""
    return {
        "package.json": (
            '{\n  "name": "system",\n  "type": "module",\n  "main": "index.js",\n'
            '  "scripts": {\n    "start": "node index.js",\n    "test": "vitest run"\n  },\n'
            '  "dependencies": {\n    "ioredis": "^5.3.2",\n'
            '    "water-engine": "github:org/water-engine#main"\n  },\n'
            '  "devDependencies": {\n    "vitest": "^4.1.10"\n  }\n}\n'
        ),
        "package-lock.json": _engine_lock(requires),
        "index.js": "import { start } from './src/server.js'\n\nawait start()\n",
        "src/server.js": (
            "import BaseServer from 'water-engine/base-server'\n\n"
            "export async function start() {\n  const server = await BaseServer()\n"
            "  await server.start()\n}\n"
        ),
        "src/services/licence.service.js": (
            "import LicenceModel from 'water-engine/models/licence.model.js'\n\n"
            "export async function go(id) {\n  return LicenceModel.query().findById(id)\n}\n"
        ),
        # A test file: the runner, declared, runs something (`testless_node`).
        "test/app.test.js": "test('ok', () => {});\n",
    }


def test_what_a_git_package_requires_is_lent_to_the_service(tmp_path: Path) -> None:
    requires = {"@hapi/hapi": "^21.4.10", "knex": "^3.3.0", "objection": "^3.1.5", "pg": "^8.22.0"}
    backend = by_folder(write(tmp_path, _git_engine_service(requires)))["."]
    assert first(backend, K.FRAMEWORK) == ("hapi", "21.4.10")
    assert first(backend, K.ORM)[0] == "Objection"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "Vitest"


def test_a_git_packages_requirements_are_read_from_its_own_entry(tmp_path: Path) -> None:
    """The other side: a git package requiring no data layer lends none, whatever else the
    lock resolves for other packages."""
    files = _git_engine_service({"@hapi/hapi": "^21.4.10"})
    files["package-lock.json"] = files["package-lock.json"].replace(
        '    "node_modules/vitest"',
        '    "node_modules/mongoose": {\n      "version": "8.0.0"\n    },\n'
        '    "node_modules/vitest"',
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("hapi", "21.4.10")
    assert not [f for f in backend.findings if f.kind in (K.ORM, K.DATABASE)]


# --- Go ------------------------------------------------------------------------------------------


def _donetick(default: str, other: str) -> dict[str, str]:
    """donetick: Gin over GORM with a driver per engine, the database package switching on
    the configured type; the settings name the type."""
    return {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.11.0",
            "gorm.io/gorm v1.30.0",
            "github.com/glebarez/sqlite v1.11.0",
            "gorm.io/driver/postgres v1.5.11",
        ),
        "main.go": (
            'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
            'func main() {\n\tr := gin.Default()\n\t_ = r.Run(":2021")\n}\n'
        ),
        "internal/database/database.go": (
            'package database\n\nimport (\n\t"os"\n\n\t"gorm.io/driver/postgres"\n'
            '\t"github.com/glebarez/sqlite"\n\t"gorm.io/gorm"\n)\n\n'
            "func NewDatabase(cfg *Config) (db *gorm.DB, err error) {\n"
            "\tswitch cfg.Database.Type {\n"
            f'\tcase "{other}":\n'
            f"\t\tdb, err = gorm.Open({other}.Open(cfg.Database.DSN), &gorm.Config{{}})\n\n"
            "\tdefault:\n"
            '\t\tpath := os.Getenv("DT_SQLITE_PATH")\n\t\tif path == "" {\n'
            '\t\t\tpath = "donetick.db"\n\t\t}\n'
            f"\t\tdb, err = gorm.Open({default}.Open(path), &gorm.Config{{}})\n\n"
            "\t}\n\treturn db, err\n}\n"
        ),
    }


def test_the_engine_a_go_switchs_default_branch_opens(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _donetick("sqlite", "postgres")))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_go_switchs_other_branch_is_no_default(tmp_path: Path) -> None:
    """The other side: the same switch opening PostgreSQL in its default branch."""
    backend = by_folder(write(tmp_path, _donetick("postgres", "sqlite")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Ruby ----------------------------------------------------------------------------------------


def test_a_proxy_adapter_names_the_engine_of_the_adapter_it_wraps(tmp_path: Path) -> None:
    """gumroad: Rails with both ActiveRecord (database.yml's `adapter: mysql2_makara`, makara
    routing mysql2's connections) and Mongoid (config/mongoid.yml) for a side store; the
    compose runs MySQL and MongoDB."""
    files = {
        "Gemfile": (
            'source "https://rubygems.org"\n\ngem "rails", "7.1.3.4"\ngem "makara", "0.6.0.pre"\n'
            'gem "mongoid", "~> 9.0"\ngem "mysql2", ">= 0.5.6"\n'
        ),
        "config/application.rb": (
            'require "rails/all"\n\nmodule App\n  class Application < Rails::Application\n'
            "  end\nend\n"
        ),
        "config/database.yml": (
            "development: &development\n  adapter: mysql2_makara\n  encoding: utf8mb4\n"
            '  database: <%= ENV.fetch("DATABASE_NAME") %>\n  makara:\n    id: mysql\n'
            "    connections:\n      - role: primary\n        name: primary\n\n"
            "test:\n  <<: *development\n\nproduction:\n  <<: *development\n"
        ),
        "config/mongoid.yml": (
            "development:\n  clients:\n    default:\n      hosts:\n"
            '        - <%= ENV.fetch("MONGO_DATABASE_URL") %>\n'
        ),
        "docker/docker-compose.yml": (
            "services:\n  db:\n    image: mysql:8.0.32\n  mongo:\n    image: mongo:3.6.16\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "ActiveRecord"
    assert first(backend, K.DATABASE)[0] == "MySQL"


# --- PHP -----------------------------------------------------------------------------------------

CAKE_APPLICATION = (
    "<?php\nnamespace App;\n\nuse Cake\\Http\\BaseApplication;\n\n"
    "class Application extends BaseApplication\n{\n}\n"
)


def _basercms() -> dict[str, str]:
    """basercms: the application's composer.json (requiring ext-sqlite3 among the extensions)
    beside its core, a CakePHP plugin under plugins/ whose update templates hold an
    Application class; config/app.php's default datasource drives MySQL, app_local.example.php
    points only the test datasource at SQLite."""
    return {
        "composer.json": (
            '{\n    "name": "baserproject/basercms",\n    "type": "project",\n'
            '    "require": {\n        "php": ">=8.1",\n        "cakephp/cakephp": "~5.2.0",\n'
            '        "ext-sqlite3": "*"\n    },\n'
            '    "replace": {\n        "baserproject/baser-core": "5.3.0"\n    }\n}\n'
        ),
        "src/Application.php": CAKE_APPLICATION,
        "webroot/index.php": "<?php\nrequire dirname(__DIR__) . '/config/requirements.php';\n",
        "config/app.php": (
            "<?php\nuse Cake\\Cache\\Engine\\FileEngine;\n"
            "use Cake\\Database\\Connection;\nuse Cake\\Database\\Driver\\Mysql;\n\n"
            "return [\n    'Cache' => [\n        'default' => [\n"
            "            'className' => FileEngine::class,\n        ],\n    ],\n"
            "    'Datasources' => [\n        /*\n         * Permanent settings.\n         */\n"
            "        'default' => [\n            'className' => Connection::class,\n"
            "            'driver' => Mysql::class,\n            'persistent' => false,\n"
            "        ],\n    ],\n];\n"
        ),
        "config/app_local.example.php": (
            "<?php\nreturn [\n    'Datasources' => [\n        'default' => [\n"
            "            'url' => env('DATABASE_URL', null),\n        ],\n        'test' => [\n"
            "            'url' => env('DATABASE_TEST_URL', 'sqlite://127.0.0.1/tmp/tests.sqlite'),\n"
            "        ],\n    ],\n];\n"
        ),
        "plugins/baser-core/composer.json": (
            '{\n    "name": "baserproject/baser-core",\n    "type": "cakephp-plugin",\n'
            '    "require": {\n        "php": ">=8.1",\n        "cakephp/cakephp": "~5.2.0"\n'
            "    }\n}\n"
        ),
        "plugins/baser-core/src/BaserCorePlugin.php": (
            "<?php\nnamespace BaserCore;\n\nuse Cake\\Core\\BasePlugin;\n\n"
            "class BaserCorePlugin extends BasePlugin\n{\n}\n"
        ),
        "plugins/baser-core/config/update/5.0.18/src/Application.php": CAKE_APPLICATION,
    }


def test_cakephp_default_datasource_driver_is_the_engine(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _basercms()))
    assert first(backends["."], K.DATABASE)[0] == "MySQL"


def test_a_composer_package_of_a_plugin_type_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _basercms()))) == ["."]


# --- .NET ----------------------------------------------------------------------------------------

WEB_HOST = (
    "using Microsoft.AspNetCore;\nusing Microsoft.AspNetCore.Hosting;\n\n"
    "public static class Program\n{\n    public static void Main(string[] args)\n    {\n"
    "        WebHost.CreateDefaultBuilder(args).UseStartup<Startup>().Build().Run();\n"
    "    }\n}\n"
)


def _lambdas(function_packages: tuple[str, ...]) -> dict[str, str]:
    """lbh-adult-social-care-api: the API, run as a Lambda through ASP.NET Core's adapter,
    and a payruns function on the Web SDK whose entry point handles SQS events (its Program
    runs a web host only in DEBUG builds); both over EF Core on PostgreSQL."""
    web = "Microsoft.NET.Sdk.Web"
    npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL"
    return {
        "Api/Api.csproj": csproj(npgsql, "Amazon.Lambda.AspNetCoreServer", sdk=web),
        "Api/Program.cs": WEB_HOST,
        "Functions.Payruns/Functions.Payruns.csproj": csproj(
            npgsql, "Amazon.Lambda.Core", *function_packages, sdk=web
        ),
        "Functions.Payruns/Program.cs": WEB_HOST,
        "Functions.Payruns/LambdaEntryPoint.cs": (
            "using Amazon.Lambda.Core;\nusing Amazon.Lambda.SQSEvents;\n\n"
            "public class LambdaEntryPoint\n{\n"
            "    public static async Task HandleEvent(SQSEvent sqsEvent) { }\n}\n"
        ),
    }


def test_a_lambda_an_event_source_feeds_is_no_backend(tmp_path: Path) -> None:
    files = _lambdas(("Amazon.Lambda.SQSEvents",))
    assert list(by_folder(write(tmp_path, files))) == ["Api"]


def test_a_lambda_with_an_http_adapter_stays_a_backend(tmp_path: Path) -> None:
    """The other side: the same function also answering API Gateway through ASP.NET Core."""
    files = _lambdas(("Amazon.Lambda.SQSEvents", "Amazon.Lambda.AspNetCoreServer"))
    assert sorted(by_folder(write(tmp_path, files))) == ["Api", "Functions.Payruns"]


# --- Rust ----------------------------------------------------------------------------------------


def test_sqlite_url_when_no_database_url_is_set_is_the_engine(tmp_path: Path) -> None:
    """hoodik: a Cargo workspace whose binary crate serves Actix Web; the configuration crate
    sets `DATABASE_URL` to a SQLite file when none is configured; SeaORM carries both SQLx
    drivers; the compose runs PostgreSQL for development and the integration suite."""
    files = {
        "Cargo.toml": (
            '[workspace]\nresolver = "2"\nmembers = ["config", "hoodik"]\n\n'
            '[workspace.dependencies]\nactix-web = "^4.11"\n'
            'sea-orm = { version = "^1.1", features = ["sqlx-postgres", "sqlx-sqlite"] }\n'
        ),
        "hoodik/Cargo.toml": cargo(
            "actix-web = { workspace = true }",
            'config = { path = "../config" }',
            "sea-orm = { workspace = true }",
        ).replace('name = "app"', 'name = "hoodik"'),
        "hoodik/src/main.rs": (
            "use actix_web::{App, HttpServer};\n\n#[actix_web::main]\n"
            "async fn main() -> std::io::Result<()> {\n"
            '    HttpServer::new(|| App::new()).bind(("0.0.0.0", 5443))?.run().await\n}\n'
        ),
        "config/Cargo.toml": cargo('dotenv = "0.15"').replace('name = "app"', 'name = "config"'),
        "config/src/lib.rs": "pub mod app;\n",
        "config/src/app.rs": (
            "impl AppConfig {\n    fn set_env(self) -> Self {\n"
            "        if let Some(db) = &self.database_url {\n"
            '            std::env::set_var("DATABASE_URL", db);\n        } else {\n'
            '            std::env::set_var(\n                "DATABASE_URL",\n'
            '                format!("sqlite:{}/sqlite.db?mode=rwc", self.data_dir),\n'
            "            );\n        }\n\n        self\n    }\n}\n"
        ),
        "docker-compose.yml": (
            "services:\n  postgres:\n    image: bitnami/postgresql:latest\n"
            "  postgres-test:\n    image: postgres:16-alpine\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["hoodik"]
    assert first(backends["hoodik"], K.DATABASE)[0] == "SQLite"


# --- Go tests ------------------------------------------------------------------------------------

_PACKAGES = ("config", "dao", "handlers", "service", "transformers", "mappers")


def _convey_test(package: str, name: str) -> str:
    """A test file of payments.api's shape: GoConvey's specifications in a `go test` function."""
    return (
        f'package {package}\n\nimport (\n\t"testing"\n\n'
        '\t. "github.com/smartystreets/goconvey/convey"\n)\n\n'
        f"func TestUnit{name}(t *testing.T) {{\n\n"
        f'\tConvey("{name} succeeds", t, func() {{\n'
        "\t\tresult, err := Run()\n\t\tSo(err, ShouldBeNil)\n\t\tSo(result, ShouldNotBeNil)\n"
        "\t})\n}\n"
    )


def _plain_test(package: str, name: str) -> str:
    """A plain `go test` function asserting with testify."""
    return (
        f'package {package}\n\nimport (\n\t"testing"\n\n'
        '\t"github.com/stretchr/testify/assert"\n)\n\n'
        f"func Test{name}(t *testing.T) {{\n\tassert.Equal(t, 1, Run())\n}}\n"
    )


def _go_service(convey: int, plain: int, goconvey: bool = True) -> dict[str, str]:
    """A gorilla/mux service whose go.mod requires testify (and GoConvey when `goconvey`), with
    `convey` test files written in GoConvey and `plain` ones in plain `go test`, spread over
    its packages."""
    requires = ["github.com/gorilla/mux v1.8.0", "github.com/stretchr/testify v1.7.0"]
    if goconvey:
        requires.append("github.com/smartystreets/goconvey v1.7.2")
    files = {
        "go.mod": go_mod(*requires),
        "main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\n'
            'func main() {\n\tr := mux.NewRouter()\n\t_ = http.ListenAndServe(":8080", r)\n}\n'
        ),
    }
    for number in range(convey + plain):
        package = _PACKAGES[number % len(_PACKAGES)]
        name = f"Case{number}"
        path = f"{package}/case{number}_test.go"
        files[path] = _convey_test(package, name) if number < convey else _plain_test(package, name)
    return files


def _tests(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str]]:
    backend = by_folder(write(tmp_path, files))["."]
    return [(f.name, f.evidence[-1].text) for f in backend.findings if f.kind is K.TEST]


def test_goconvey_in_most_test_files_is_the_main_test_framework(tmp_path: Path) -> None:
    """payments.api / penalty-payment-api: GoConvey in nearly every test file (more of them
    than the scan reads), a plain testify test beside them."""
    tests = _tests(tmp_path, _go_service(convey=24, plain=2))
    assert tests[0] == ("GoConvey", "GoConvey in 24 of 26 test files")
    assert [name for name, _ in tests[1:]] == ["go test", "testify"]


def test_goconvey_in_a_minority_of_test_files_leaves_go_test(tmp_path: Path) -> None:
    """one-api: GoConvey in three of five test files, the rest plain `go test` functions."""
    tests = _tests(tmp_path, _go_service(convey=3, plain=2))
    assert [name for name, _ in tests] == ["go test", "testify"]


def test_goconvey_at_three_quarters_of_the_test_files_is_the_main_one(tmp_path: Path) -> None:
    """The threshold itself: three of four test files."""
    tests = _tests(tmp_path, _go_service(convey=3, plain=1))
    assert tests[0] == ("GoConvey", "GoConvey in 3 of 4 test files")


def test_a_stray_convey_call_without_the_requirement_leaves_go_test(tmp_path: Path) -> None:
    """A go.mod that does not require GoConvey: a test helper of the project's own called
    `Convey(` (and even the import line) prove nothing."""
    files = _go_service(convey=0, plain=2, goconvey=False)
    files["service/spec_test.go"] = (
        'package service\n\nimport "testing"\n\n'
        "func Convey(name string, t *testing.T, body func()) { body() }\n\n"
        'func TestSpec(t *testing.T) {\n\tConvey("runs", t, func() {})\n}\n'
    )
    files["dao/case9_test.go"] = _convey_test("dao", "Case9")
    tests = _tests(tmp_path, files)
    assert [name for name, _ in tests] == ["go test", "testify"]


def test_the_census_reads_imports_not_comments_or_code(tmp_path: Path) -> None:
    """A commented-out import, or the import path in a string after the imports, is no use."""
    files = _go_service(convey=0, plain=0)
    for number, body in enumerate(
        (
            'package dao\n\nimport (\n\t"testing"\n'
            '\t// . "github.com/smartystreets/goconvey/convey"\n)\n\n'
            "func TestA(t *testing.T) {}\n",
            'package dao\n\nimport "testing"\n\n'
            'func TestB(t *testing.T) {\n\t_ = "github.com/smartystreets/goconvey/convey"\n}\n',
        )
    ):
        files[f"dao/case{number}_test.go"] = body
    tests = _tests(tmp_path, files)
    assert [name for name, _ in tests] == ["go test", "testify"]
