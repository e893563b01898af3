"""Generic gaps the fifteenth held-out set showed (benchmarks/detect_heldout15.yaml), each as a
small fixture of the real files' shape (#19): MyBatis-Plus's starter for the next Spring Boot
generation in a common module; Grails' version from its Gradle plugin on the build classpath
and Spock over the JUnit it runs on; RSpec's spec files over a Minitest gem, and Cucumber;
Ginkgo named only by go.mod beside plain `go test` files; Newman as the test script's runner;
a C# provider parser's choice for an empty setting; an end-to-end runner's mock server and a
workspace package another service mounts are no backends."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, go_mod, junit4_test, package_json, spock_spec, write

from designer.model.stack import FindingKind as K

# --- JVM: MyBatis-Plus through a common module, its version from a BOM ------------------------

_MODULE_POM = (
    "<project>\n  <parent><artifactId>shop</artifactId></parent>\n"
    "  <artifactId>{name}</artifactId>\n  <dependencies>\n{deps}\n  </dependencies>\n"
    "{build}</project>\n"
)
_BOOT_PLUGIN = (
    "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n"
)
_ROOT_POM = (
    "<project>\n  <artifactId>shop</artifactId>\n  <packaging>pom</packaging>\n"
    "  <properties><mybatis-plus.version>3.5.16</mybatis-plus.version></properties>\n"
    "  <modules><module>shop-api</module><module>shop-common</module></modules>\n"
    "  <dependencyManagement><dependencies>\n"
    "    <dependency><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-dependencies</artifactId><version>4.0.3</version>"
    "<type>pom</type><scope>import</scope></dependency>\n"
    "    <dependency><groupId>com.baomidou</groupId><artifactId>mybatis-plus-bom</artifactId>"
    "<version>${mybatis-plus.version}</version><type>pom</type><scope>import</scope>"
    "</dependency>\n  </dependencies></dependencyManagement>\n</project>\n"
)


def _shop(mybatis_artifact: str) -> dict[str, str]:
    common = "\n".join(
        (dep("com.baomidou", mybatis_artifact), dep("com.mysql", "mysql-connector-j"))
    )
    api = "\n".join(
        (dep("org.springframework.boot", "spring-boot-starter-webmvc"),
         dep("com.example", "shop-common"))
    )
    return {
        "pom.xml": _ROOT_POM,
        "shop-common/pom.xml": _MODULE_POM.format(name="shop-common", deps=common, build=""),
        "shop-common/src/main/resources/mapper/UserMapper.xml": (
            '<?xml version="1.0" encoding="UTF-8" ?>\n'
            '<mapper namespace="com.example.shop.dao.UserMapper">\n</mapper>\n'
        ),
        "shop-api/pom.xml": _MODULE_POM.format(name="shop-api", deps=api, build=_BOOT_PLUGIN),
        "shop-api/src/main/java/com/example/shop/ApiApplication.java": (
            "package com.example.shop;\n\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class ApiApplication {}\n"
        ),
    }


def test_a_mybatis_plus_starter_of_any_boot_generation_is_mybatis_plus(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _shop("mybatis-plus-spring-boot4-starter")))
    assert list(found) == ["shop-api"]
    assert first(found["shop-api"], K.ORM)[0] == "MyBatis-Plus"


def test_a_mybatis_plus_add_on_alone_is_no_mybatis_plus(tmp_path: Path) -> None:
    # Its SQL parser add-on uses nothing by itself: the mapper files' MyBatis stays.
    found = by_folder(write(tmp_path, _shop("mybatis-plus-jsqlparser")))
    assert first(found["shop-api"], K.ORM)[0] == "MyBatis"


# --- Grails 3: the version on the build classpath, Spock over JUnit ---------------------------

_GRAILS3_BUILD = (
    "buildscript {\n    repositories {\n        mavenCentral()\n    }\n"
    "    dependencies {\n"
    '        classpath "org.grails:grails-gradle-plugin:${grailsVersion}"\n'
    "        classpath \"org.grails.plugins:hibernate5:${gormVersion - '.RELEASE'}\"\n"
    "    }\n}\n\n"
    "apply plugin: 'org.grails.grails-web'\n\n"
    "dependencies {\n"
    "    compile \"org.grails.plugins:hibernate5:${gormVersion - '.RELEASE'}\"\n"
    '    compile "mysql:mysql-connector-java:${mySqlConnectorVersion}"\n'
    "    testCompile 'junit:junit:4.13.2'\n"
    "    testCompile('org.spockframework:spock-core:1.3-groovy-2.4') {\n"
    "        exclude group: 'org.codehaus.groovy'\n    }\n"
    "}\n"
)


def _grails3(build: str, spock: bool = True) -> dict[str, str]:
    # A Grails application keeps its tests under src/test/groovy (`testless_jvm`: a declared
    # test framework with no test in the repository is none): a Spock specification, or a
    # JUnit test where the build declares JUnit alone.
    test = (
        {"src/test/groovy/app/ApplicationSpec.groovy": spock_spec("app", "ApplicationSpec")}
        if spock
        else {"src/test/groovy/app/ApplicationTests.groovy": junit4_test("app", "ApplicationTests")}
    )
    return {
        **test,
        "gradle.properties": "version=0.9.9-SNAPSHOT\ngormVersion=6.1.12.RELEASE\n"
        "grailsVersion=3.3.16\nmySqlConnectorVersion=5.1.49\n",
        "settings.gradle": "rootProject.name = 'app'\n",
        "build.gradle": build,
        "grails-app/init/app/Application.groovy": "package app\n\n"
        "import grails.boot.GrailsApp\nimport grails.boot.config.GrailsAutoConfiguration\n\n"
        "class Application extends GrailsAutoConfiguration {\n"
        "    static void main(String[] args) {\n        GrailsApp.run(Application, args)\n"
        "    }\n}\n",
    }


def test_the_grails_gradle_plugin_on_the_classpath_gives_the_grails_version(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _grails3(_GRAILS3_BUILD)))
    assert first(found["."], K.FRAMEWORK) == ("Grails", "3.3.16")


def test_spock_is_the_test_framework_over_the_junit_it_runs_on(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _grails3(_GRAILS3_BUILD)))
    assert first(found["."], K.TEST)[0] == "Spock"


def test_junit_alone_stays_junit(tmp_path: Path) -> None:
    build = _GRAILS3_BUILD.split("    testCompile('org.spockframework")[0] + "}\n"
    found = by_folder(write(tmp_path, _grails3(build, spock=False)))
    assert first(found["."], K.TEST)[0] == "JUnit"


# --- Ruby: RSpec's spec files over a Minitest gem, Cucumber -----------------------------------

_GEMFILE = (
    "source 'https://rubygems.org'\n\ngem 'rails', '~> 8.1'\ngem 'mysql2'\n\n"
    'group :test do\n  gem "rspec-rails", "~> 8.0"\n  gem "cucumber"\n'
    "  gem 'cucumber-rails', require: false\nend\n\n"
    "group :test, :development do\n  gem 'minitest'\nend\n"
)
_LOCK = (
    "GEM\n  remote: https://rubygems.org/\n  specs:\n"
    "    cucumber (9.2.1)\n    cucumber-rails (3.1.1)\n    minitest (5.27.0)\n"
    "    mysql2 (0.5.6)\n    rails (8.1.3.1)\n    rspec-rails (8.0.2)\n\n"
    "DEPENDENCIES\n  cucumber\n  minitest\n  rails (~> 8.1)\n  rspec-rails (~> 8.0)\n"
)


def _rails(spec: str) -> dict[str, str]:
    files = {
        "Gemfile": _GEMFILE,
        "Gemfile.lock": _LOCK,
        "config/application.rb": "module App\n  class Application < Rails::Application\n"
        "  end\nend\n",
        "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
        # Rails' mailer previews live under test/ whatever the test framework is.
        "test/mailers/previews/user_mailer_preview.rb": "class UserMailerPreview < "
        "ActionMailer::Preview\nend\n",
        "features/step_definitions/work_steps.rb": "Given /^a work$/ do\nend\n",
    }
    for name in ("works", "users", "tags"):
        files[f"spec/controllers/{name}_controller_spec.rb"] = spec.format(name=name)
    return files


def test_spec_files_prove_rspec_over_a_minitest_gem(tmp_path: Path) -> None:
    spec = 'require "spec_helper"\n\ndescribe {name}Controller do\nend\n'
    backend = by_folder(write(tmp_path, _rails(spec)))["."]
    assert first(backend, K.TEST)[0] == "RSpec"
    assert "Cucumber" in {f.name for f in backend.findings if f.kind is K.TEST}


def test_spec_files_without_rspec_boilerplate_prove_nothing(tmp_path: Path) -> None:
    # Files merely named `_spec.rb` (a minitest/spec suite's) do not make RSpec the runner.
    spec = 'require "minitest/autorun"\n\nclass {name}Test < Minitest::Test\nend\n'
    backend = by_folder(write(tmp_path, _rails(spec)))["."]
    assert first(backend, K.TEST)[0] != "RSpec"


# --- Go: Ginkgo named only by go.mod ----------------------------------------------------------

_CHI_MAIN = (
    'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/go-chi/chi/v5"\n)\n\n'
    "func main() {\n\tr := chi.NewRouter()\n\t_ = http.ListenAndServe(\":3000\", r)\n}\n"
)


def _go_service(suite: str) -> dict[str, str]:
    files = {
        "go.mod": go_mod("github.com/go-chi/chi/v5 v5.3.0", "github.com/onsi/ginkgo/v2 v2.11.0",
                         "github.com/onsi/gomega v1.27.10"),
        "main.go": _CHI_MAIN,
        "store/store_suite_test.go": suite,
    }
    for name in ("audit", "blob", "events"):
        files[f"{name}/{name}_test.go"] = (
            f'package {name}\n\nimport "testing"\n\nfunc TestIt(t *testing.T) {{\n}}\n'
        )
    return files


def test_ginkgo_only_in_go_mod_yields_to_the_go_test_files(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _go_service('package store\n\nimport "testing"\n\n'
                                                  "func TestStore(t *testing.T) {\n}\n")))
    assert first(found["."], K.TEST)[0] == "go test"


def test_ginkgo_suites_in_the_test_files_keep_ginkgo(tmp_path: Path) -> None:
    suite = (
        'package store\n\nimport (\n\t"testing"\n\n\t. "github.com/onsi/ginkgo/v2"\n)\n\n'
        'func TestStore(t *testing.T) {\n\tRunSpecs(t, "Store Suite")\n}\n'
    )
    found = by_folder(write(tmp_path, _go_service(suite)))
    assert first(found["."], K.TEST)[0] == "Ginkgo"


# --- Node: Newman as the test script's runner; a mounted workspace package; a Cypress folder --

_NEST_MAIN = (
    "import { NestFactory } from '@nestjs/core';\n\n"
    "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
    "  await app.listen(8080);\n}\nbootstrap();\n"
)


def test_a_newman_collection_run_by_a_test_script_is_the_test_framework(tmp_path: Path) -> None:
    scripts = {
        "start": "nest start",
        "test:system": "nest start & wait-on http://localhost:8080/api && "
        "newman run ./test/newman-system-tests.json",
    }
    files = {
        "backend/package.json": package_json(
            {"@nestjs/core": "11.0.17", "@prisma/client": "6.6.0"},
            {"newman": "6.2.1"},
            scripts=scripts,
        ),
        "backend/src/main.ts": _NEST_MAIN,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["backend"], K.TEST) == ("Newman", "6.2.1")


_HONO_API = (
    "import { Hono } from 'hono';\n\n"
    "const v1 = new Hono()\n  .route('/bookmarks', bookmarks);\n\n"
    "const app = new Hono().basePath('/api').route('/v1', v1);\n\nexport default app;\n"
)
_NEXT_ROUTE = (
    "import app from '@acme/api';\nimport { handle } from 'hono/vercel';\n\n"
    "export const GET = handle(app);\n"
)


def _workspace(api_scripts: dict[str, str]) -> dict[str, str]:
    api = json.loads(package_json({"hono": "4.12.32", "drizzle-orm": "0.45.2"},
                                  scripts=api_scripts))
    api["name"] = "@acme/api"
    return {
        "package.json": package_json({}, scripts={"build": "turbo build"}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "apps/web/package.json": package_json(
            {"next": "16.3.0", "@acme/api": "workspace:^0.1.0", "better-sqlite3": "11.3.0"},
            scripts={"start": "next start"},
        ),
        "apps/web/app/api/[[...route]]/route.ts": _NEXT_ROUTE,
        "apps/web/app/page.tsx": "export default function Page() { return null; }\n",
        "apps/web/lib/db.ts": "import Database from 'better-sqlite3';\n"
        "export const db = new Database('app.db');\n",
        "packages/api/package.json": json.dumps(api, indent=2) + "\n",
        "packages/api/index.ts": _HONO_API,
    }


def test_a_workspace_package_another_service_mounts_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace({"test": "vitest"})))
    assert "packages/api" not in found
    assert "apps/web" in found


def test_a_workspace_package_with_a_program_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace({"start": "node dist/index.js"})))
    assert "packages/api" in found


def test_a_mock_server_in_a_cypress_folder_is_no_backend(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/go-chi/chi/v5 v5.3.0"),
        "main.go": _CHI_MAIN,
        "web/cypress/package.json": package_json(
            {"cypress": "11.1.0", "express": "4.19.2"}, scripts={"serve": "node server.js"}
        ),
        "web/cypress/cypress.config.ts": "export default {};\n",
        "web/cypress/server.js": "const express = require('express');\n"
        "const app = express();\napp.listen(3000);\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["."]


# --- .NET: the provider a parser returns for an empty setting ---------------------------------

_PARSER = (
    "namespace App.Shared.Helpers;\n\npublic static class DatabaseConfigProvider\n{\n"
    "    public static DatabaseProvider ParseProvider(string? value)\n    {\n"
    "        if (string.IsNullOrWhiteSpace(value))\n        {\n"
    "            return DatabaseProvider.Sqlite;\n        }\n\n"
    "        return value.Trim().ToLowerInvariant() switch\n        {\n"
    '            "sqlite" => DatabaseProvider.Sqlite,\n'
    '            "postgres" => DatabaseProvider.Postgres,\n'
    "            _ => throw new InvalidOperationException(value),\n        };\n    }\n}\n"
)


def _dotnet(parser: str) -> dict[str, str]:
    return {
        "App.Api/App.Api.csproj": (
            '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
            "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n"
            "  <ItemGroup>\n"
            '    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" '
            'Version="10.0.1" />\n'
            '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" '
            'Version="10.0.0" />\n'
            "  </ItemGroup>\n</Project>\n"
        ),
        "App.Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "var app = builder.Build();\napp.Run();\n",
        "App.Api/Helpers/DatabaseConfigProvider.cs": parser,
        "docker-compose.postgres.yml": "services:\n  postgres:\n    image: postgres:17\n",
    }


def test_the_provider_returned_for_an_empty_setting_is_the_default(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dotnet(_PARSER)))
    assert first(found["App.Api"], K.DATABASE)[0] == "SQLite"


def test_a_parser_throwing_on_an_empty_setting_chooses_nothing(tmp_path: Path) -> None:
    parser = _PARSER.replace(
        "            return DatabaseProvider.Sqlite;\n", "            throw new Exception();\n"
    )
    found = by_folder(write(tmp_path, _dotnet(parser)))
    assert first(found["App.Api"], K.DATABASE)[0] == "PostgreSQL"
