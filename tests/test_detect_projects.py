"""Tiny fixture projects for the detection tests, one per seed framework, written on demand.

Each project is a mapping of relative path → file text; `write` puts it under a folder.
"""

from __future__ import annotations

from pathlib import Path

Files = dict[str, str]


def write(root: Path, files: Files) -> Path:
    """Create `files` under `root` and return `root`."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def package_json(deps: dict[str, str], dev: dict[str, str] | None = None, **extra: object) -> str:
    """A package.json text with one dependency per line (so evidence lines are exact)."""
    import json

    data: dict[str, object] = {"name": "app", "version": "1.0.0", **extra, "dependencies": deps}
    if dev:
        data["devDependencies"] = dev
    return json.dumps(data, indent=2) + "\n"


def go_mod(*requires: str) -> str:
    """A go.mod requiring `requires` (each "module version")."""
    body = "\n".join(f"\t{r}" for r in requires)
    return f"module example.com/app\n\ngo 1.22\n\nrequire (\n{body}\n)\n"


def cargo(*deps: str) -> str:
    """A Cargo.toml with `deps` lines under [dependencies]."""
    lines = "\n".join(deps)
    return (
        '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\nrust-version = "1.78"\n\n'
        f"[dependencies]\n{lines}\n"
    )


def pom(dependencies: str, parent: str = "", extra: str = "") -> str:
    """A pom.xml with the given <dependency> elements."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
{parent}
  <groupId>com.example</groupId>
  <artifactId>demo</artifactId>
  <properties>
    <java.version>21</java.version>
  </properties>
  <dependencies>
{dependencies}
  </dependencies>
{extra}
</project>
"""


def dep(group: str, artifact: str, scope: str = "", version: str = "") -> str:
    """One Maven <dependency> element."""
    parts = [f"<groupId>{group}</groupId>", f"<artifactId>{artifact}</artifactId>"]
    if version:
        parts.append(f"<version>{version}</version>")
    if scope:
        parts.append(f"<scope>{scope}</scope>")
    return "    <dependency>" + "".join(parts) + "</dependency>"


SPRING_PARENT = """  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.3.0</version>
  </parent>"""


def junit5_test(package: str, name: str) -> str:
    """A JUnit 5 test class's text: a project declaring a JVM test framework keeps at least one
    test (a repository with none has no test framework, `testless_jvm`)."""
    return (
        f"package {package};\n\nimport org.junit.jupiter.api.Test;\n\n"
        f"class {name} {{\n    @Test\n    void contextLoads() {{}}\n}}\n"
    )


def junit4_test(package: str, name: str) -> str:
    """A JUnit 4 test class's text (`org.junit.Test`)."""
    return (
        f"package {package};\n\nimport org.junit.Test;\n\n"
        f"public class {name} {{\n    @Test\n    public void works() {{}}\n}}\n"
    )


def kotest_spec(package: str, name: str) -> str:
    """A Kotest spec's text (a Kotlin `...Spec.kt`)."""
    return (
        f"package {package}\n\nimport io.kotest.core.spec.style.StringSpec\n\n"
        f'class {name} : StringSpec({{\n    "works" {{ }}\n}})\n'
    )


def spock_spec(package: str, name: str) -> str:
    """A Spock specification's text (a Groovy `...Spec.groovy`)."""
    return (
        f"package {package}\n\nimport spock.lang.Specification\n\n"
        f'class {name} extends Specification {{\n    def "works"() {{ expect: true }}\n}}\n'
    )


PROJECTS: dict[str, tuple[str, str, Files]] = {
    # name: (framework, language, files)
    "fastapi": (
        "FastAPI",
        "Python",
        {
            "requirements.txt": "fastapi>=0.110\nuvicorn[standard]\nsqlalchemy==2.0.30\nalembic\n",
            "requirements-dev.txt": "pytest\npytest-asyncio\n",
            "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI(title='x')\n",
            "alembic.ini": "[alembic]\n",
            # A test module: pytest, declared, runs something (`testless_pytest`).
            "tests/test_main.py": "def test_root():\n    assert True\n",
        },
    ),
    "flask": (
        "Flask",
        "Python",
        {
            "pyproject.toml": '[project]\nname = "app"\nrequires-python = ">=3.11"\n'
            'dependencies = [\n  "flask>=3.0",\n  "redis>=5",\n  "celery",\n]\n\n'
            '[project.optional-dependencies]\ntest = ["pytest"]\n',
            "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        },
    ),
    "django": (
        "Django",
        "Python",
        {
            "Pipfile": '[packages]\ndjango = ">=5.0"\ndjangorestframework = "*"\n'
            'gunicorn = "*"\n\n[dev-packages]\npytest-django = "*"\n\n'
            '[requires]\npython_version = "3.12"\n',
            "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 's')\n",
            "site/settings.py": "INSTALLED_APPS = [\n    'django.contrib.admin',\n"
            "    'rest_framework',\n]\n",
            # A test module: pytest, declared, runs something (`testless_pytest`).
            "tests/test_site.py": "def test_home():\n    assert True\n",
        },
    ),
    "tornado": (
        "Tornado",
        "Python",
        {
            "setup.py": "from setuptools import setup\nsetup(name='t', python_requires='>=3.10',"
            "\n      install_requires=['tornado>=6', 'pika'])\n",
            "server.py": "import tornado.web\n\napp = tornado.web.Application([])\n",
        },
    ),
    "express": (
        "Express",
        "JavaScript",
        {
            "package.json": package_json(
                {"express": "^4.19.2", "pg": "^8", "knex": "^3"},
                {"jest": "^29", "supertest": "^7"},
                engines={"node": ">=20"},
            ),
            "src/index.js": "const express = require('express');\nconst app = express();\n",
            # A test file: the runner, declared, runs something (`testless_node`).
            "test/app.test.js": "test('ok', () => {});\n",
        },
    ),
    "fastify": (
        "Fastify",
        "TypeScript",
        {
            "package.json": package_json(
                {"fastify": "^4.26.0", "ioredis": "^5"}, {"vitest": "^1", "typescript": "^5.4"}
            ),
            "src/server.ts": "import Fastify from 'fastify'\n"
            "const app = Fastify({ logger: true })\n",
            # A test file: the runner, declared, runs something (`testless_node`).
            "src/server.test.ts": "test('ok', () => {});\n",
        },
    ),
    "nestjs": (
        "NestJS",
        "TypeScript",
        {
            "package.json": package_json(
                {
                    "@nestjs/common": "^10.0.0",
                    "@nestjs/core": "^10.0.0",
                    "@nestjs/platform-express": "^10.0.0",
                    "express": "^4.18.0",
                    "typeorm": "^0.3",
                    "bullmq": "^5",
                },
                {"jest": "^29", "typescript": "^5.1.3"},
            ),
            "nest-cli.json": '{"collection": "@nestjs/schematics"}\n',
            "src/main.ts": "import { NestFactory } from '@nestjs/core';\n"
            "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n}\n",
            "tsconfig.json": "{}\n",
        },
    ),
    "koa": (
        "Koa",
        "JavaScript",
        {
            "package.json": package_json({"koa": "^2.15.0", "sequelize": "^6"}, {"mocha": "^10"}),
            "app.js": "const Koa = require('koa');\nconst app = new Koa();\n",
            # A test file: the runner, declared, runs something (`testless_node`).
            "test/app.js": "describe('app', () => {});\n",
        },
    ),
    "sails": (
        "Sails",
        "JavaScript",
        {
            "package.json": package_json({"sails": "^1.5.0"}),
            ".sailsrc": "{}\n",
            "app.js": "var sails = require('sails');\nsails.lift(rc('sails'));\n",
        },
    ),
    "gin": (
        "Gin",
        "Go",
        {
            "go.mod": go_mod(
                "github.com/gin-gonic/gin v1.9.1",
                "gorm.io/gorm v1.25.0",
                "github.com/stretchr/testify v1.9.0",
            ),
            "cmd/server/main.go": "package main\n\nfunc main() {\n\tr := gin.Default()\n}\n",
            "handler_test.go": "package main\n\nfunc TestPing(t *testing.T) {}\n",
        },
    ),
    "echo": (
        "Echo",
        "Go",
        {
            "go.mod": go_mod("github.com/labstack/echo/v4 v4.11.4"),
            "main.go": "package main\n\nfunc main() {\n\te := echo.New()\n}\n",
        },
    ),
    "fiber": (
        "Fiber",
        "Go",
        {
            "go.mod": go_mod(
                "github.com/gofiber/fiber/v2 v2.52.0", "github.com/jmoiron/sqlx v1.3.5"
            ),
            "main.go": "package main\n\nfunc main() {\n\tapp := fiber.New()\n}\n",
        },
    ),
    "chi": (
        "Chi",
        "Go",
        {
            "go.mod": go_mod(
                "github.com/go-chi/chi/v5 v5.0.12", "github.com/redis/go-redis/v9 v9.5.1"
            ),
            "main.go": "package main\n\nfunc main() {\n\tr := chi.NewRouter()\n}\n",
        },
    ),
    "beego": (
        "Beego",
        "Go",
        {
            "go.mod": go_mod("github.com/beego/beego/v2 v2.1.0"),
            "main.go": "package main\n\nfunc main() {\n\tbeego.Run()\n}\n",
        },
    ),
    "axum": (
        "Axum",
        "Rust",
        {
            "Cargo.toml": cargo(
                'axum = "0.7"',
                'tokio = { version = "1", features = ["full"] }',
                'sqlx = { version = "0.7", features = ["postgres"] }',
            ),
            "src/main.rs": "use axum::{routing::get, Router};\n\n#[tokio::main]\nasync fn main() "
            "{\n    axum::serve(listener, app).await.unwrap();\n}\n",
        },
    ),
    "actix": (
        "Actix Web",
        "Rust",
        {
            "Cargo.toml": cargo('actix-web = "4"', 'diesel = { version = "2", features = ["pg"] }'),
            "src/main.rs": "#[actix_web::main]\nasync fn main() {\n"
            "    HttpServer::new(|| App::new())"
            ";\n}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn it_works() {}\n}\n",
        },
    ),
    "rocket": (
        "Rocket",
        "Rust",
        {
            "Cargo.toml": cargo('rocket = "0.5.0"', 'sea-orm = "0.12"'),
            "src/main.rs": "#[macro_use] extern crate rocket;\n\n#[launch]\nfn rocket() -> _ "
            "{\n    rocket::build()\n}\n",
        },
    ),
    "spring": (
        "Spring Boot",
        "Java",
        {
            "pom.xml": pom(
                "\n".join(
                    [
                        dep("org.springframework.boot", "spring-boot-starter-web"),
                        dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
                        dep("org.flywaydb", "flyway-core"),
                        dep("org.springframework.boot", "spring-boot-starter-test", "test"),
                    ]
                ),
                SPRING_PARENT,
            ),
            "src/main/java/com/example/demo/DemoApplication.java": "package com.example.demo;\n\n"
            "@SpringBootApplication\npublic class DemoApplication {}\n",
            "src/test/java/com/example/demo/DemoApplicationTests.java": junit5_test(
                "com.example.demo", "DemoApplicationTests"
            ),
        },
    ),
    "quarkus": (
        "Quarkus",
        "Java",
        {
            "pom.xml": pom(
                "\n".join(
                    [
                        dep("io.quarkus", "quarkus-resteasy-reactive"),
                        dep("io.quarkus", "quarkus-hibernate-orm-panache"),
                        dep("io.quarkus", "quarkus-liquibase"),
                        dep("io.quarkus", "quarkus-junit5", "test"),
                    ]
                )
            ),
            "src/main/resources/application.properties": "quarkus.http.port=8080\n",
            "src/test/java/org/acme/GreetingResourceTest.java": junit5_test(
                "org.acme", "GreetingResourceTest"
            ),
        },
    ),
    "micronaut": (
        "Micronaut",
        "Java",
        {
            "build.gradle": "plugins {\n    id 'io.micronaut.application' version '4.3.0'\n}\n"
            "java {\n    sourceCompatibility = JavaVersion.toVersion('17')\n}\n"
            "dependencies {\n    implementation 'io.micronaut:micronaut-http-server-netty'\n"
            "    testImplementation 'io.micronaut.test:micronaut-test-junit5'\n}\n",
            "src/main/java/example/Application.java": "package example;\n\npublic class "
            "Application {\n    public static void main(String[] args) {\n"
            "        Micronaut.run(Application.class, args);\n    }\n}\n",
            "src/test/java/example/ApplicationTest.java": junit5_test("example", "ApplicationTest"),
        },
    ),
    "laravel": (
        "Laravel",
        "PHP",
        {
            "composer.json": '{\n  "require": {\n    "php": "^8.2",\n'
            '    "laravel/framework": "^11.0",\n    "predis/predis": "^2.0"\n  },\n'
            '  "require-dev": {\n    "phpunit/phpunit": "^11.0"\n  }\n}\n',
            "artisan": "#!/usr/bin/env php\n<?php\nuse Illuminate\\Foundation\\Application;\n",
            "bootstrap/app.php": "<?php\n\nreturn Illuminate\\Foundation\\Application::configure()"
            ";\n",
            "tests/Feature/HomeTest.php": "<?php\n\nnamespace Tests\\Feature;\n\n"
            "class HomeTest extends TestCase {}\n",
        },
    ),
    "symfony": (
        "Symfony",
        "PHP",
        {
            "composer.json": '{\n  "require": {\n    "php": ">=8.2",\n'
            '    "symfony/framework-bundle": "7.0.*",\n    "doctrine/orm": "^3",\n'
            '    "doctrine/doctrine-migrations-bundle": "^3"\n  }\n}\n',
            "src/Kernel.php": "<?php\nnamespace App;\n\nclass Kernel extends BaseKernel\n{\n"
            "    use MicroKernelTrait;\n}\n",
        },
    ),
    "aspnet": (
        "ASP.NET Core",
        "C#",
        {
            "src/Api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
            "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
            '    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="8.0.0" />\n'
            '    <PackageReference Include="StackExchange.Redis" Version="2.7.0" />\n'
            "  </ItemGroup>\n</Project>\n",
            "src/Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
            "var app = builder.Build();\napp.Run();\n",
            "tests/Api.Tests/Api.Tests.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n'
            '    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.8.0" />\n'
            '    <PackageReference Include="xunit" Version="2.6.0" />\n'
            '    <PackageReference Include="Microsoft.AspNetCore.Mvc.Testing" Version="8.0.0" />\n'
            "  </ItemGroup>\n</Project>\n",
        },
    ),
    "rails": (
        "Rails",
        "Ruby",
        {
            "Gemfile": "source 'https://rubygems.org'\nruby '3.3.0'\n\ngem 'rails', '~> 7.1'\n"
            "gem 'puma'\ngem 'redis'\n\ngroup :development, :test do\n  gem 'rspec-rails'\n"
            "  gem 'sinatra'\nend\n",
            "config/application.rb": "module App\n  class Application < Rails::Application\n"
            "  end\nend\n",
        },
    ),
    "sinatra": (
        "Sinatra",
        "Ruby",
        {
            "Gemfile": "source 'https://rubygems.org'\n\ngem 'sinatra', '~> 4.0'\ngem 'sequel'\n",
            "app.rb": "require 'sinatra'\n\nget '/' do\n  'hi'\nend\n",
        },
    ),
    "grape": (
        "Grape",
        "Ruby",
        {
            "Gemfile": "source 'https://rubygems.org'\n\ngem 'grape', '>= 2.0'\ngem 'bunny'\n",
            "api.rb": "module Shop\n  class API < Grape::API\n  end\nend\n",
            "config.ru": "require_relative 'api'\nrun Shop::API\n",
        },
    ),
}
"""Fixture name → (expected framework, expected language, files)."""


def test_fixture_projects_are_tiny_and_cover_every_seed_framework() -> None:
    seeds = {
        "FastAPI",
        "Flask",
        "Django",
        "Tornado",
        "Express",
        "Fastify",
        "NestJS",
        "Koa",
        "Sails",
        "Gin",
        "Echo",
        "Fiber",
        "Chi",
        "Beego",
        "Axum",
        "Actix Web",
        "Rocket",
        "Spring Boot",
        "Quarkus",
        "Micronaut",
        "Laravel",
        "Symfony",
        "ASP.NET Core",
        "Rails",
        "Sinatra",
        "Grape",
    }
    assert {framework for framework, _, _ in PROJECTS.values()} == seeds
    for _, _, files in PROJECTS.values():
        assert sum(len(text) for text in files.values()) < 2048
        assert all(not path.startswith("/") and ".." not in path for path in files)
