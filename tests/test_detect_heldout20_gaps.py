"""Generic gaps the twentieth held-out set showed (benchmarks/detect_heldout20.yaml), each as a
small fixture of the real files' shape (#19): a debugging env example and a program setting its
own database URL; Python distributions vendored with their metadata; a data source's type read
from the environment with a default; a Go getter's default branch; a Rust settings type's
default URL; a war mounting Jersey whose code falls back to H2; a Spring profile chosen under
comments; a module another service uses is its library; two Maven trees of one name; Symfony
as one package; a vendored CodeIgniter; SqlSugar and its settings file; a .NET provider chosen
while a setting is not "true"; a UI bundling the API's package; Hurl files and a test suite of
another language in a service's tests folder."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_heldout18_gaps import _module
from test_detect_projects import cargo, dep, go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- Python ------------------------------------------------------------------------------------

_DJANGO = '[project]\nname = "app"\ndependencies = ["django==5.2.15"]\n'


def test_a_debugging_env_example_is_a_development_setup(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": _DJANGO + '\n[project.optional-dependencies]\npgsql = ["psycopg2"]\n',
        "manage.py": "from django.core.management import execute_from_command_line\n",
        ".env.example": "DEBUG=True\nDATABASE_URL=sqlite:///data/db.sqlite3\n",
        "deployment/compose/docker-compose.yaml": (
            "services:\n  app:\n    build: ../..\n    depends_on: [database]\n"
            "  database:\n    image: postgres:16\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_program_setting_its_own_database_url(tmp_path: Path) -> None:
    files = {
        "backend/pyproject.toml": _DJANGO,
        "backend/manage.py": "from django.core.management import execute_from_command_line\n",
        "backend/cli.py": (
            "import os\n\nos.environ.setdefault(\"DATABASE_URL\", "
            "os.path.join(f\"sqlite:///{HOME}\", \"db.sqlite3\"))\n"
        ),
        "docker/docker-compose.prod.yml": (
            "services:\n  backend:\n    build: ../backend\n    depends_on: [postgres]\n"
            "  postgres:\n    image: postgres:13.3-alpine\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["backend"], K.DATABASE)[0] == "SQLite"


def test_a_plugin_gives_its_tool_the_tools_own_locked_version(tmp_path: Path) -> None:
    """pytest declared only through pytest-django: the lock's pytest (9.0.3) is pytest's
    version, not the plugin's (4.12.0); with no lock entry for pytest, the plugin's range
    is all there is."""
    def lock(*packages: tuple[str, str]) -> str:
        return 'version = 1\nrevision = 3\nrequires-python = ">=3.12"\n' + "".join(
            f'\n[[package]]\nname = "{name}"\nversion = "{version}"\n'
            'source = { registry = "https://pypi.org/simple" }\n' for name, version in packages)

    files = {
        "pyproject.toml": _DJANGO + '\n[dependency-groups]\ndev = ["pytest-django>=4.5"]\n',
        "manage.py": "from django.core.management import execute_from_command_line\n",
        "tests/test_views.py": "def test_index():\n    assert True\n",  # a suite to run
        "uv.lock": lock(("django", "5.2.15"), ("pytest", "9.0.3"), ("pytest-django", "4.12.0")),
    }
    assert first(by_folder(write(tmp_path / "locked", files))["."], K.TEST) == ("pytest", "9.0.3")
    files["uv.lock"] = lock(("django", "5.2.15"), ("pytest-django", "4.12.0"))
    assert first(by_folder(write(tmp_path / "plugin", files))["."], K.TEST) == ("pytest", "4.12.0")


def test_vendored_distributions_are_the_dependencies(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "setuptools\n",
        "bazarr/app/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "bazarr/app/database.py": "url = f'sqlite:///{path}'\n",
        "libs/flask-3.0.3.dist-info/METADATA": "Name: Flask\nVersion: 3.0.3\n",
        "libs/flask_sqlalchemy-3.1.1.dist-info/METADATA": "Version: 3.1.1\n",
        # The vendored code is not the program's: its sample URL names no engine of it.
        "libs/alembic/config.py": 'cfg.set_main_option("sqlalchemy.url", "postgresql://foo/bar")\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Flask", "3.0.3")
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == "SQLite"


# --- Node: a data source's type from the environment; a UI bundling the API ----------------------

def test_a_data_source_type_read_from_the_environment_with_a_default(tmp_path: Path) -> None:
    files = {
        "package.json": package_json(
            {"express": "4.21.2", "typeorm": "0.3.31", "pg": "8.6.0", "sqlite3": "5.1.7"}
        ),
        "app/server.ts": "import express from 'express';\n\nexpress().listen(8484);\n",
        "app/dbUtils.ts": (
            "export function getSettings() {\n  return {\n"
            '    type: (process.env.TYPEORM_TYPE as any) || "sqlite",\n  };\n}\n'
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


def test_a_ui_bundling_the_api_package_is_no_backend(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({}, workspaces=["packages/*"]),
        "packages/api/package.json": package_json(
            {"express": "^4.19.2", "mongoose": "^6.13.10"}, name="@app/api"
        ),
        "packages/api/src/index.ts": "import express from 'express';\n\nexpress().listen(8000);\n",
        "packages/app/package.json": package_json(
            {"next": "^16.2.11", "react": "^19.0.0", "@app/api": "workspace:*"}
        ),
        "packages/app/pages/api/config.ts": (
            "import type { NextApiRequest, NextApiResponse } from 'next';\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["packages/api"]


# --- Go: a getter's default branch; Hurl files; a pytest suite in the tests folder ---------------

_ECHO = 'package main\n\nimport "github.com/labstack/echo/v5"\n\nfunc main() { echo.New() }\n'


def test_a_go_getters_default_branch_names_the_engine(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/labstack/echo/v5 v5.3.1", "gorm.io/gorm v1.31.2",
            "gorm.io/driver/sqlite v1.6.0", "gorm.io/driver/postgres v1.6.2",
        ),
        "main.go": _ECHO,
        "config/config.go": (
            "package config\n\nfunc GetDBKind() string {\n\tv := os.Getenv(\"XUI_DB_TYPE\")\n"
            '\tswitch v {\n\tcase "postgres", "pg":\n\t\treturn "postgres"\n\tdefault:\n'
            '\t\treturn "sqlite"\n\t}\n}\n'
        ),
        "docker-compose.yml": (
            "services:\n  app:\n    build: .\n  postgres:\n    image: postgres:16-alpine\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


def test_hurl_files_and_a_suite_of_another_language_test_a_service(tmp_path: Path) -> None:
    files = {
        "auth/go.mod": go_mod("github.com/labstack/echo/v5 v5.3.1"),
        "auth/main.go": _ECHO,
        "auth/tests/users.hurl": "GET http://localhost:4568/users\nHTTP 401\n",
        "transcoder/go.mod": go_mod("github.com/labstack/echo/v5 v5.3.1"),
        "transcoder/main.go": _ECHO,
        "transcoder/tests/hls_validation/requirements.txt": "pytest>=8.2.0\n",
        "transcoder/tests/hls_validation/conftest.py": "import pytest\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["auth", "transcoder"]
    assert first(found["auth"], K.TEST)[0] == "Hurl"
    assert first(found["transcoder"], K.TEST)[0] == "pytest"


def test_hurl_beside_a_unit_test_runner_is_the_second_suite(tmp_path: Path) -> None:
    files = {
        "Cargo.toml": cargo('axum = "0.8.9"'),
        "src/main.rs": "fn main() { let app = axum::Router::new(); }\n\n#[test]\nfn t() {}\n",
        "tests/api.hurl": "GET http://localhost:8086/\nHTTP 200\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "cargo test"


# --- Rust: a settings type's default connection URL ---------------------------------------------

def test_a_rust_settings_types_default_url(tmp_path: Path) -> None:
    files = {
        "Cargo.toml": cargo(
            'axum = "0.7.7"',
            'sqlx = { version = "0", features = ["mysql", "sqlite"] }',
        ),
        "src/main.rs": "fn main() { let app = axum::Router::new(); }\n",
        "src/config/database.rs": (
            "impl Database {\n    fn default_connect_url() -> Url {\n"
            '        Url::parse("sqlite://data.db?mode=rwc").unwrap()\n    }\n}\n'
        ),
        "compose.yaml": "services:\n  app:\n    build: .\n  mysql:\n    image: mysql:8.0\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


# --- JVM ---------------------------------------------------------------------------------------

_PARENT = """<project>
  <groupId>org.example</groupId>
  <artifactId>app-parent</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules><module>core</module><module>web-common</module><module>web</module></modules>
  {extra}
</project>
"""
_JERSEY = dep("org.glassfish.jersey.containers", "jersey-container-servlet", version="3.0.10")
_WEB_XML = """<web-app>
  <servlet>
    <servlet-name>JerseyServlet</servlet-name>
    <servlet-class>org.glassfish.jersey.servlet.ServletContainer</servlet-class>
  </servlet>
</web-app>
"""
_EMF = """public final class EMF {
    private static Properties getEntityManagerProperties() {
        String databaseUrl = System.getenv("DATABASE_URL");
        if (Strings.isNullOrEmpty(databaseUrl)) {
            log.warn("Using an embedded H2 database.");
            props.put("hibernate.connection.url", "jdbc:h2:file:" + dbFile);
        } else {
            props.put("hibernate.connection.url", databaseUrl);
        }
    }
}
"""


def test_a_war_mounting_jersey_whose_code_falls_back_to_h2(tmp_path: Path) -> None:
    files = {
        "pom.xml": _PARENT.format(extra=""),
        "core/pom.xml": _module("core", dep("org.postgresql", "postgresql")),
        "core/src/main/java/org/example/EMF.java": _EMF,
        "web-common/pom.xml": _module("web-common", _JERSEY),
        "web/pom.xml": _module(
            "web", _JERSEY + dep("org.example", "web-common") + dep("com.h2database", "h2")
        ),
        "web/src/main/webapp/WEB-INF/web.xml": _WEB_XML,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["web"]
    assert first(found["web"], K.DATABASE)[0] == "H2"


_BOOT = dep("org.springframework.boot", "spring-boot-starter-web")


def test_a_profile_chosen_under_comments_and_a_module_the_service_uses(tmp_path: Path) -> None:
    files = {
        "pom.xml": _PARENT.format(extra="").replace("web-common", "scheduler"),
        "scheduler/pom.xml": _module("scheduler", dep("org.springframework.boot",
                                                      "spring-boot-starter")),
        "web/pom.xml": _module("web", _BOOT + dep("org.example", "scheduler")
                               + dep("mysql", "mysql-connector-java")
                               + dep("com.h2database", "h2")),
        "web/src/main/resources/application.yml": (
            "spring:\n  profiles:\n    # h2 by default; set mysql or pgsql otherwise\n"
            "    active: ${DB_ACTIVE:h2} #[h2,mysql,pgsql]\n"
        ),
        "web/src/main/resources/application-h2.yml": (
            "spring:\n  datasource:\n    url: jdbc:h2:mem:app;MODE=MySQL\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["web"]
    assert first(found["web"], K.DATABASE)[0] == "H2"


def _tree(version: str) -> str:
    imports = dep("org.springframework.boot", "spring-boot-dependencies", "import",
                  "${springboot.version}").replace("<scope>", "<type>pom</type><scope>")
    return (
        "<project>\n  <groupId>org.example</groupId>\n  <artifactId>sa-parent</artifactId>\n"
        f"  <packaging>pom</packaging>\n  <properties><springboot.version>{version}"
        "</springboot.version></properties>\n  <modules><module>sa-admin</module></modules>\n"
        f"  <dependencyManagement><dependencies>\n{imports}\n"
        "  </dependencies></dependencyManagement>\n</project>\n"
    )


def test_two_maven_trees_of_one_name_each_fix_their_own_version(tmp_path: Path) -> None:
    admin = (
        "<project>\n  <parent><groupId>org.example</groupId><artifactId>sa-parent</artifactId>"
        f"</parent>\n  <artifactId>sa-admin</artifactId>\n  <dependencies>\n{_BOOT}\n"
        "  </dependencies>\n</project>\n"
    )
    main = (
        "package org.example;\n\n@SpringBootApplication\npublic class AdminApplication {\n"
        "  public static void main(String[] args) {\n"
        "    SpringApplication.run(AdminApplication.class, args);\n  }\n}\n"
    )
    files = {}
    for tree, version in (("java17", "3.5.4"), ("java8", "2.7.18")):
        files[f"{tree}/pom.xml"] = _tree(version)
        files[f"{tree}/sa-admin/pom.xml"] = admin
        files[f"{tree}/sa-admin/src/main/java/org/example/AdminApplication.java"] = main
    found = by_folder(write(tmp_path, files))
    assert first(found["java17/sa-admin"], K.FRAMEWORK) == ("Spring Boot", "3.5.4")
    assert first(found["java8/sa-admin"], K.FRAMEWORK) == ("Spring Boot", "2.7.18")


# --- PHP: Symfony as one package; a vendored CodeIgniter ----------------------------------------

def test_symfony_required_as_one_package(tmp_path: Path) -> None:
    files = {
        "composer.json": '{"require": {\n"symfony/symfony": "~2.7"\n}}\n',
        "composer.lock": (
            '{\n    "packages": [\n        {\n            "name": "symfony/symfony",\n'
            '            "version": "v2.8.52"\n        }\n    ],\n    "packages-dev": []\n}\n'
        ),
        "app/AppKernel.php": "<?php\nuse Symfony\\Component\\HttpKernel\\Kernel;\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK)[1] in ("v2.8.52", "2.8.52")


def test_a_vendored_codeigniter_names_its_release_and_loads_the_database(tmp_path: Path) -> None:
    files = {
        "composer.json": '{"require": {"php": ">=8.2"}}\n',
        "index.php": "<?php\nrequire_once BASEPATH . 'core/CodeIgniter.php';\n",
        "system/core/CodeIgniter.php": "<?php\n\tconst CI_VERSION = '3.2.0-dev';\n",
        "application/config/autoload.php": "<?php\n$autoload['libraries'] = ['database'];\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("CodeIgniter", "3.2.0-dev")
    assert first(backend, K.QUERY)[0] == "CodeIgniter Query Builder"


# --- .NET: SqlSugar and its settings file; a provider chosen while a setting is unset ------------

def _referencing(project: str, sdk: str = "Microsoft.NET.Sdk") -> str:
    reference = f'<ProjectReference Include="..\\{project}\\{project}.csproj" />'
    return csproj(sdk=sdk).replace("<ItemGroup>", f"<ItemGroup>\n    {reference}")


def _compose(build: str, image: str) -> str:
    return f"services:\n  app:\n    build: {build}\n  db:\n    image: {image}\n"


def test_sqlsugar_its_settings_file_and_the_libraries_of_the_entry(tmp_path: Path) -> None:
    files = {
        "App.Core/App.Core.csproj": csproj(
            "SqlSugarCore", "Microsoft.AspNetCore.Mvc.NewtonsoftJson"
        ),
        "App.Application/App.Application.csproj": _referencing("App.Core"),
        "App.Application/Configuration/Database.json": (
            '{\n  "DbConnection": {\n    "ConnectionConfigs": [\n      {\n'
            '        "DbType": "Sqlite", // MySql, SqlServer, Sqlite\n      }\n    ]\n  }\n}\n'
        ),
        "App.Web.Entry/App.Web.Entry.csproj": _referencing(
            "App.Application", sdk="Microsoft.NET.Sdk.Web"
        ),
        "App.Web.Entry/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:6.0\n",
        "App.Web.Entry/Program.cs": "Serve.Run(RunOptions.Default);\n",
        "docker-compose.yml": _compose("App.Web.Entry", "mysql:5.7"),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["App.Web.Entry"]
    assert first(found["App.Web.Entry"], K.ORM)[0] == "SqlSugar"
    assert first(found["App.Web.Entry"], K.DATABASE)[0] == "SQLite"


def test_a_provider_chosen_while_a_setting_is_not_true(tmp_path: Path) -> None:
    files = {
        "src/Web/Web.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer", "Pomelo.EntityFrameworkCore.MySql",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "src/Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
        "src/Web/DependencyInjection.cs": (
            "services.AddDbContext<DataContext>(options =>\n{\n"
            '    if (configuration["APP_SELFHOSTED"] != "true"){\n'
            "        options.UseSqlServer(connectionString);\n    }\n    else\n    {\n"
            "        options.UseMySql(connectionString, serverVersion);\n    }\n});\n"
        ),
        "docker-compose.yml": _compose("src/Web", "mariadb:latest"),
    }
    assert first(by_folder(write(tmp_path, files))["src/Web"], K.DATABASE)[0] == "SQL Server"
