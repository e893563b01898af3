"""Generic gaps the fifth held-out set showed (benchmarks/detect_heldout5.yaml), each as a
small fixture of the real files' shape (#19): examples and samples shipped in a product,
desktop and browser clients and .NET test projects taken for backends, framework versions a
reactor's BOM import fixes, catalogue gaps (Ktor, Exposed, kotlin.test, gorilla/mux, Mezzio,
CodeIgniter, Slonik, Kysely) and engines a project supports alike."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import go_mod, package_json, write

from designer.model.stack import FindingKind as K

FLASK_APP = "from flask import Flask\n\napp = Flask(__name__)\n"


def test_examples_and_samples_folders_are_no_backends(tmp_path: Path) -> None:
    # jupyterhub's examples/service-fastapi, xxl-job's xxl-job-executor-samples/…
    pom = (
        "<project><artifactId>sample</artifactId><dependencies><dependency>"
        "<groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>"
        "</project>\n"
    )
    app = "@SpringBootApplication\npublic class SampleApplication {}\n"
    files = {
        "requirements.txt": "flask==3.1.0\n",
        "app.py": FLASK_APP,
        "examples/service-fastapi/requirements.txt": "fastapi\nuvicorn\n",
        "examples/service-fastapi/app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "job-executor-samples/sample-springboot/pom.xml": pom,
        "job-executor-samples/sample-springboot/src/main/java/SampleApplication.java": app,
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["."]


def test_singular_sample_folder_stays_a_backend(tmp_path: Path) -> None:
    # A template's second application (CleanArchitecture's sample/src/…Web) is one.
    files = {"sample/web/requirements.txt": "flask==3.1.0\n", "sample/web/app.py": FLASK_APP}
    assert list(by_folder(write(tmp_path, files))) == ["sample/web"]


def test_electron_app_serving_its_ui_is_no_backend(tmp_path: Path) -> None:
    # vikunja's desktop/: electron in devDependencies, express serving the bundled UI.
    files = {
        "go.mod": go_mod("github.com/labstack/echo/v5 v5.3.1"),
        "main.go": 'package main\n\nimport "github.com/labstack/echo/v5"\n\nfunc main() {}\n',
        "desktop/package.json": package_json({"express": "5.2.1"}, {"electron": "43.4.0"}),
        "desktop/main.js": "const express = require('express')\nconst app = express()\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["."]


def test_angular_ui_with_a_development_mock_api_is_no_backend(tmp_path: Path) -> None:
    # harbor's src/portal: Angular, express only in devDependencies for a mock API.
    files = {
        "src/go.mod": go_mod("github.com/beego/beego/v2 v2.3.10"),
        "src/core/main.go": "package main\n\nfunc main() { web.Run() }\n",
        "src/portal/package.json": package_json(
            {"@angular/core": "21.2.20"}, {"express": "4.22.2"}
        ),
        "src/portal/server/src/mock-api.ts": "import express from 'express';\n"
        "const mockApi = express();\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["src"]


def test_react_app_with_its_own_server_stays_a_backend(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"react-dom": "19.0.0", "express": "4.21.2"}),
        "server.js": "const express = require('express')\nconst app = express()\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["."]


def test_dotnet_test_project_on_the_web_sdk_tests_the_service(tmp_path: Path) -> None:
    # btcpayserver's BTCPayServer.Tests: Web SDK, xunit.v3 and Microsoft.NET.Test.Sdk, and a
    # test host that builds a web application in a file not named like a test.
    tests = csproj(
        "Microsoft.NET.Test.Sdk", "xunit.v3", sdk="Microsoft.NET.Sdk.Web"
    ).replace(
        "</Project>",
        '  <ItemGroup><ProjectReference Include="..\\Shop\\Shop.csproj" /></ItemGroup>\n'
        "</Project>",
    )
    host = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"
    files = {
        "Shop/Shop.csproj": csproj("Npgsql.EntityFrameworkCore.PostgreSQL",
                                   sdk="Microsoft.NET.Sdk.Web"),
        "Shop/Program.cs": host,
        "Shop.Tests/Shop.Tests.csproj": tests,
        "Shop.Tests/ServerTester.cs": host,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["Shop"]
    assert first(found["Shop"], K.TEST)[0] == "xUnit"


POM_ROOT = """\
<project>
  <artifactId>apollo</artifactId>
  <packaging>pom</packaging>
  <modules><module>configservice</module></modules>
  <properties>
    <spring-boot.version>4.0.5</spring-boot.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>${spring-boot.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""
POM_MODULE = """\
<project>
  <parent><artifactId>apollo</artifactId><relativePath>../pom.xml</relativePath></parent>
  <artifactId>configservice</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
  </dependencies>
</project>
"""


def test_spring_boot_version_from_the_reactor_bom_import(tmp_path: Path) -> None:
    files = {
        "pom.xml": POM_ROOT,
        "configservice/pom.xml": POM_MODULE,
        "configservice/src/main/java/ConfigServiceApplication.java":
            "@SpringBootApplication\npublic class ConfigServiceApplication {}\n",
    }
    backend = by_folder(write(tmp_path, files))["configservice"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "4.0.5")


KTOR_CATALOG = """\
[versions]
exposed = "1.0.0"
kotlin = "2.3.0"
ktor = "3.4.1"

[libraries]
exposed-core = { module = "org.jetbrains.exposed:exposed-core", version.ref = "exposed" }
kotlin-test = { module = "org.jetbrains.kotlin:kotlin-test", version.ref = "kotlin" }
ktor-client-cio = { module = "io.ktor:ktor-client-cio", version.ref = "ktor" }
ktor-server-netty = { module = "io.ktor:ktor-server-netty", version.ref = "ktor" }
ktor-server-test-host = { module = "io.ktor:ktor-server-test-host", version.ref = "ktor" }

[plugins]
ktor = { id = "io.ktor.plugin", version.ref = "ktor" }
"""
KTOR_BUILD = """\
plugins {
    alias(libs.plugins.ktor)
}

dependencies {
    implementation(libs.ktor.server.netty)
    implementation(libs.ktor.client.cio)
    implementation(libs.exposed.core)
    testImplementation(libs.ktor.server.test.host)
    testImplementation(libs.kotlin.test)
}
"""


def test_ktor_exposed_and_kotlin_test_from_a_version_catalogue(tmp_path: Path) -> None:
    # kotlinconf-app's backend/.
    files = {
        "settings.gradle.kts": 'include(":backend")\n',
        "gradle/libs.versions.toml": KTOR_CATALOG,
        "backend/build.gradle.kts": KTOR_BUILD,
        "backend/src/test/kotlin/ApiTest.kt": "import kotlin.test.Test\n\nclass ApiTest\n",
    }
    backend = by_folder(write(tmp_path, files))["backend"]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "3.4.1")
    assert first(backend, K.ORM) == ("Exposed", "1.0.0")
    assert first(backend, K.TEST)[0] == "kotlin.test"


def test_ktor_client_alone_is_no_framework(tmp_path: Path) -> None:
    build = "dependencies {\n    implementation(\"io.ktor:ktor-client-cio:3.4.1\")\n}\n"
    files = {"build.gradle.kts": build, "src/main/kotlin/Main.kt": "fun main() {}\n"}
    assert by_folder(write(tmp_path, files)) == {}


def test_gorilla_mux_program(tmp_path: Path) -> None:
    # yopass: main.go builds a mux.Router (through its server package).
    main = (
        'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\n'
        "func main() {\n\tr := mux.NewRouter()\n\thttp.ListenAndServe(\":80\", r)\n}\n"
    )
    files = {"go.mod": go_mod("github.com/gorilla/mux v1.8.1"), "cmd/server/main.go": main}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("gorilla/mux", "v1.8.1")


def test_mezzio_application(tmp_path: Path) -> None:
    # shlink: no composer.lock, mezzio/mezzio ^3.28, Doctrine ORM.
    composer = (
        '{\n    "require": {\n        "php": "^8.4",\n        "doctrine/orm": "^3.6",\n'
        '        "mezzio/mezzio": "^3.28"\n    }\n}\n'
    )
    run = "<?php\nuse Mezzio\\Application;\n\n$app = $container->get(Application::class);\n"
    files = {"composer.json": composer, "config/run.php": run}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Mezzio", "^3.28")
    assert first(backend, K.ORM)[0] == "Doctrine"


def test_codeigniter_models_and_dbdriver(tmp_path: Path) -> None:
    # opensourcepos: CodeIgniter 4, models on its query builder, DBDriver MySQLi.
    composer = '{\n    "require": {\n        "codeigniter4/framework": "4.7.4"\n    }\n}\n'
    database = (
        "<?php\nclass Database extends Config {\n    public array $default = [\n"
        "        'DBDriver'     => 'MySQLi',\n    ];\n}\n"
    )
    files = {
        "composer.json": composer,
        "spark": "#!/usr/bin/env php\n<?php\nuse CodeIgniter\\Boot;\n",
        "app/Config/Database.php": database,
        "app/Models/Item.php": "<?php\nnamespace App\\Models;\n\nuse CodeIgniter\\Model;\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("CodeIgniter", "4.7.4")
    assert first(backend, K.QUERY)[0] == "CodeIgniter Query Builder"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_slonik_and_kysely_are_query_libraries(tmp_path: Path) -> None:
    files = {
        "core/package.json": package_json(
            {"koa": "3.2.1", "@silverhand/slonik": "31.0.0-beta.2", "pg": "8.13.1"}
        ),
        "core/src/main.ts": "import Koa from 'koa';\nconst app = new Koa();\n",
        "server/package.json": package_json(
            {"@nestjs/core": "11.2.1", "kysely": "0.28.17", "nestjs-kysely": "3.1.2"}
        ),
        "server/src/main.ts": "const app = await NestFactory.create(AppModule);\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["core"], K.QUERY) == ("Slonik", "31.0.0-beta.2")
    assert first(found["server"], K.QUERY) == ("Kysely", "0.28.17")


def test_example_env_names_the_default_engine(tmp_path: Path) -> None:
    # kutt: `.example.env` sets DB_CLIENT=better-sqlite3; a MariaDB compose variant beside.
    files = {
        "package.json": package_json(
            {"express": "4.21.2", "knex": "3.1.0", "better-sqlite3": "11.8.1",
             "mysql2": "3.12.0", "pg": "8.13.1"}
        ),
        "server/server.js": "const express = require('express')\nconst app = express()\n",
        ".example.env": "# pg | better-sqlite3 | mysql2\nDB_CLIENT=better-sqlite3\n",
        "docker-compose.mariadb.yml": "services:\n  mariadb:\n    image: mariadb:10\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_engines_supported_alike_rank_by_the_files_setting_them_up(tmp_path: Path) -> None:
    # paperless-ngx: a settings branch and a driver per engine; three postgres Compose
    # variants against one MariaDB variant.
    settings = (
        'ENGINE = "django.db.backends.postgresql"\n'
        'OTHER = "django.db.backends.mysql"\n'
    )
    postgres = "services:\n  db:\n    image: postgres:18\n"
    files = {
        "requirements.txt": "django==5.2\npsycopg==3.3\nmysqlclient==2.2\n",
        "manage.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "s")\n',
        "settings.py": settings,
        "docker/compose/docker-compose.postgres.yml": postgres,
        "docker/compose/docker-compose.postgres-tika.yml": postgres,
        "docker/compose/docker-compose.mariadb.yml":
            "services:\n  db:\n    image: mariadb:12\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_mongodb_driver_is_the_data_layer_of_a_mongodb_service(tmp_path: Path) -> None:
    # Squidex: MongoDB.Driver in a data project, EF Core in the opt-in SQL store's project.
    files = {
        "Web/Web.csproj": csproj("MongoDB.Driver", "Microsoft.EntityFrameworkCore",
                                 sdk="Microsoft.NET.Sdk.Web"),
        "Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
    }
    backend = by_folder(write(tmp_path, files))["Web"]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    assert first(backend, K.ORM)[0] == "MongoDB.Driver"


def test_doctrine_pdo_driver_in_php_configuration(tmp_path: Path) -> None:
    # shlink's config/autoload/entity-manager.global.php falls back to pdo_sqlite.
    composer = '{\n    "require": {\n        "mezzio/mezzio": "^3.28"\n    }\n}\n'
    config = (
        "<?php\n$connection = match ($driver) {\n    null, 'sqlite' => [\n"
        "        'driver' => 'pdo_sqlite',\n    ],\n    default => [],\n};\n"
    )
    files = {
        "composer.json": composer,
        "config/run.php": "<?php\nuse Mezzio\\Application;\n",
        "config/autoload/entity-manager.global.php": config,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_beego_orm_imported_in_a_deep_dao_folder(tmp_path: Path) -> None:
    # harbor's src/common/dao/base.go, behind more files than the ordinary quota.
    dao = 'package dao\n\nimport (\n\t"github.com/beego/beego/v2/client/orm"\n)\n'
    files = {
        "go.mod": go_mod("github.com/beego/beego/v2 v2.3.10"),
        "core/main.go": "package main\n\nfunc main() { web.Run() }\n",
        **{f"aaa/file_{n}.go": "package aaa\n" for n in range(30)},
        "common/dao/base.go": dao,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Beego ORM"


def test_go_settings_default_and_indirect_test_frameworks(tmp_path: Path) -> None:
    # vikunja: `DatabaseType.setDefault("sqlite")` beside drivers of three engines; Ginkgo
    # only as an indirect requirement.
    config = (
        'package config\n\nfunc InitDefaultConfig() {\n\tDatabaseType.setDefault("sqlite")\n}\n'
    )
    files = {
        "go.mod": go_mod(
            "github.com/labstack/echo/v5 v5.3.1",
            "github.com/go-sql-driver/mysql v1.10.0",
            "github.com/lib/pq v1.12.3",
            "github.com/mattn/go-sqlite3 v1.14.50",
            "github.com/onsi/ginkgo v1.16.4 // indirect",
        ),
        "main.go": 'package main\n\nimport "github.com/labstack/echo/v5"\n\nfunc main() {}\n',
        "pkg/config/config.go": config,
        "pkg/user/user_test.go": "package user\n\nfunc TestUser(t *testing.T) {}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert first(backend, K.TEST)[0] == "go test"


def test_go_flag_default_names_a_key_value_store(tmp_path: Path) -> None:
    # yopass: `--database` defaults to memcached (redis the alternative); testify helps a
    # few of its `go test` functions.
    main = (
        'package main\n\nimport "github.com/gorilla/mux"\n\nfunc main() {\n'
        '\tpflag.String("database", "memcached", "database backend")\n'
        "\tr := mux.NewRouter()\n}\n"
    )
    files = {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.8.1",
            "github.com/bradfitz/gomemcache v0.0.0-20190913173617-a41fca850d0b",
            "github.com/redis/go-redis/v9 v9.22.0",
            "github.com/stretchr/testify v1.12.1",
        ),
        "cmd/server/main.go": main,
        "pkg/server/server_test.go": "package server\n\nfunc TestServer(t *testing.T) {}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "Memcached"
    assert first(backend, K.TEST)[0] == "go test"


def test_compose_include_runs_the_included_database(tmp_path: Path) -> None:
    # opensourcepos: docker-compose.yml includes docker/docker-mysql.yml, which runs MariaDB;
    # the application's DBDriver says MySQLi (the protocol MariaDB speaks too).
    composer = '{\n    "require": {\n        "codeigniter4/framework": "4.7.4"\n    }\n}\n'
    database = "<?php\n$default = [\n    'DBDriver' => 'MySQLi',\n];\n"
    files = {
        "composer.json": composer,
        "spark": "#!/usr/bin/env php\n<?php\nuse CodeIgniter\\Boot;\n",
        "app/Config/Database.php": database,
        "docker-compose.yml": "include:\n    - docker/docker-mysql.yml\n\nservices:\n"
        "    app:\n        image: example/app\n",
        "docker/docker-mysql.yml": "services:\n    mysql:\n        image: mariadb:10.5\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE) == ("MariaDB", "10.5")


def test_compose_include_outside_the_root_is_not_read(tmp_path: Path) -> None:
    write(tmp_path, {"outside.yml": "services:\n    db:\n        image: postgres:16\n"})
    files = {
        "requirements.txt": "flask==3.1.0\n",
        "app.py": FLASK_APP,
        "docker-compose.yml": "include:\n  - ../outside.yml\nservices:\n  app:\n    build: .\n",
    }
    backend = by_folder(write(tmp_path / "repo", files))["."]
    assert first(backend, K.DATABASE) == ("", "")


def test_lambda_module_serving_a_router_is_a_backend(tmp_path: Path) -> None:
    # yopass deploy/cdk: a Go module serving the parent module's gorilla/mux handler on AWS
    # Lambda (algnhsa), mux only indirect in its go.mod, DynamoDB through aws-sdk-go.
    lambda_main = (
        'package main\n\nimport (\n\t"github.com/akrylysov/algnhsa"\n'
        '\t"github.com/aws/aws-sdk-go/service/dynamodb"\n)\n\nfunc main() {}\n'
    )
    files = {
        "go.mod": go_mod("github.com/gorilla/mux v1.8.1"),
        "cmd/server/main.go": 'package main\n\nimport "github.com/gorilla/mux"\n',
        "deploy/cdk/go.mod": go_mod(
            "github.com/akrylysov/algnhsa v1.1.0",
            "github.com/aws/aws-sdk-go v1.55.8",
            "github.com/gorilla/mux v1.8.1 // indirect",
        ),
        "deploy/cdk/main.go": lambda_main,
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == [".", "deploy/cdk"]
    assert first(found["deploy/cdk"], K.FRAMEWORK) == ("gorilla/mux", "v1.8.1")
    assert first(found["deploy/cdk"], K.DATABASE)[0] == "DynamoDB"


def test_module_with_an_indirect_framework_alone_is_no_backend(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/gorilla/mux v1.8.1"),
        "cmd/server/main.go": 'package main\n\nimport "github.com/gorilla/mux"\n',
        "tools/go.mod": go_mod("github.com/gorilla/mux v1.8.1 // indirect"),
        "tools/main.go": "package main\n\nfunc main() {}\n",
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["."]
