"""Generic gaps the twenty-third held-out set showed (benchmarks/detect_heldout23.yaml), each as
a small fixture of the real files' shape (#19): a Python package keeping a copy of its
project's requirements; CherryPy over the standard library's sqlite3, with its dependencies
vendored and their test suites; Node's built-in SQLite behind a server that also hands out its
UI's build; in a Maven build, a library module whose Spring Boot plugin names no main class, a
copy of a pom among a module's resources and a mock server among the tools; Revel over mgo; a
Compose database built from a `Dockerfile-db` and a Cypress suite as a PHP app's only tests;
SqlSugar's numbered engine and a web project's own provider beside a library's driver; RSpec
declared with no spec beside Minitest's test cases."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import dep, go_mod, package_json, pom, write

from designer.model.stack import FindingKind as K

# --- Python --------------------------------------------------------------------------------------


def test_a_package_keeping_a_copy_of_its_projects_requirements(tmp_path: Path) -> None:
    """faraday: the root pyproject.toml packages `faraday/`, whose requirements.txt copies the
    root's list; the application is the root's (on Flask-SQLAlchemy over psycopg2, as the
    real lists declare: a driver nothing opens names no engine)."""
    requirements = "flask==2.2.5\nflask-sqlalchemy==3.0.3\npsycopg2>=2.9.0\n"
    files = {
        "pyproject.toml": (
            '[project]\nname = "app"\ndependencies = [\n    "flask==2.2.5",\n'
            '    "flask-sqlalchemy==3.0.3",\n    "psycopg2>=2.9.0",\n]\n'
        ),
        "requirements.txt": requirements,
        "app/__init__.py": "",
        "app/requirements.txt": requirements,
        "app/server/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_cherrypy_over_sqlite3_with_its_dependencies_vendored(tmp_path: Path) -> None:
    """Tautulli: requirements.txt pins CherryPy, whose copy under lib/ (with Cheroot's tests)
    the program imports; the stdlib sqlite3 module keeps its data. (The service's own tests of
    its Cheroot use, under tests/, stay its tests.)"""
    files = {
        "requirements.txt": "cheroot==11.1.2\ncherrypy==18.10.0\n",
        "app/webstart.py": "import cherrypy\n\ncherrypy.tree.mount(Root(), '/')\n",
        "app/database.py": "import sqlite3\n\nconnection = sqlite3.connect('app.db')\n",
        "lib/cheroot/test/test_core.py": (
            "import unittest\n\n\nclass CoreTests(unittest.TestCase):\n    pass\n"
        ),
        "tests/cheroot/conftest.py": "",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "CherryPy"
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert first(backend, K.ORM) == ("", "")
    assert [f.name for f in backend.findings if f.kind is K.TEST] == ["pytest"]


# --- Node ----------------------------------------------------------------------------------------


def test_node_builtin_sqlite_behind_a_server_handing_out_its_ui(tmp_path: Path) -> None:
    """The Lounge: one package for the Vue client and the Express server, which serves the
    client's build; messages are stored through `node:sqlite` in a module named for it."""
    files = {
        "package.json": package_json({"express": "4.20.0"}, {"vue": "3.2.35"}),
        "server/server.ts": (
            'import express from "express";\n\nconst app = express();\n'
            'app.use(express.static("public"));\n'
        ),
        "server/plugins/messageStorage/sqlite.ts": (
            'import {DatabaseSync} from "node:sqlite";\n\n'
            "export const open = (path: string) => new DatabaseSync(path);\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Express", "4.20.0")
    assert first(found["."], K.DATABASE)[0] == "SQLite"
    assert first(found["."], K.ORM) == ("", "")


# --- JVM -----------------------------------------------------------------------------------------


_BOOT_PLUGIN = (
    "<build>\n  <plugins>\n    <plugin>\n      <groupId>org.springframework.boot</groupId>\n"
    "      <artifactId>spring-boot-maven-plugin</artifactId>{}\n    </plugin>\n  </plugins>\n"
    "</build>"
)
_WEB = dep("org.springframework.boot", "spring-boot-starter-web")
_MAIN = (
    "package app;\n\n@SpringBootApplication\npublic class {0} {{\n"
    "    public static void main(String[] args) {{ SpringApplication.run({0}.class, args); }}\n}}\n"
)


def test_library_modules_resources_and_mock_servers_of_a_maven_build(tmp_path: Path) -> None:
    """MallChat, dockstore, nzbhydra2: beside the application module, a library module whose
    Spring Boot plugin is told `<mainClass>none</mainClass>`, a copy of the application's pom
    under its `src/main/resources`, and a Spring Boot mock server under `other/`."""
    boot = _BOOT_PLUGIN.format("")
    files = {
        "server/pom.xml": pom(_WEB, extra=boot),
        "server/src/main/java/app/ServerApplication.java": _MAIN.format("ServerApplication"),
        "server/generated/src/main/resources/pom.xml": pom(_WEB),
        "tools/limiter/pom.xml": pom(
            _WEB,
            extra=_BOOT_PLUGIN.format(
                "\n      <configuration>\n        <mainClass>none</mainClass>\n"
                "      </configuration>"
            ),
        ),
        "other/mockserver/pom.xml": pom(_WEB, extra=boot),
        "other/mockserver/src/main/java/app/MockApplication.java": _MAIN.format(
            "MockApplication"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["server"]


# --- Go ------------------------------------------------------------------------------------------


def test_revel_over_mgo(tmp_path: Path) -> None:
    """leanote: no main package (Revel's command generates it); app/init.go sets the filters."""
    files = {
        "go.mod": go_mod("github.com/revel/revel v1.0.0", "gopkg.in/mgo.v2 v2.0.0-20190816"),
        "app/init.go": (
            'package app\n\nimport "github.com/revel/revel"\n\nfunc init() {\n'
            "\trevel.Filters = []revel.Filter{revel.PanicFilter}\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Revel", "v1.0.0")
    assert first(backend, K.QUERY)[0] == "mgo"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


# --- PHP -----------------------------------------------------------------------------------------


def test_a_compose_database_built_from_a_dockerfile_variant_and_cypress_alone(
    tmp_path: Path,
) -> None:
    """Cloudlog: CodeIgniter vendored, no composer.json; the Compose db service builds
    `Dockerfile-db` (FROM mariadb); the root package.json only installs Cypress."""
    files = {
        "index.php": "<?php\nrequire_once BASEPATH . 'core/CodeIgniter.php';\n",
        "system/core/CodeIgniter.php": "<?php\n\tconst CI_VERSION = '3.2.0-dev';\n",
        "package.json": package_json({}, {"cypress": "^13.8.1"}),
        "cypress.config.js": "module.exports = {e2e: {}};\n",
        "Dockerfile": "FROM php:8.3-apache\n",
        "Dockerfile-db": "FROM mariadb:latest\n",
        "docker-compose.yml": (
            "services:\n  web:\n    build: .\n    depends_on:\n      - db\n"
            "  db:\n    build:\n      context: .\n      dockerfile: Dockerfile-db\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "MariaDB"
    assert first(backend, K.TEST)[0] == "Cypress"


# --- .NET ----------------------------------------------------------------------------------------


def _web(*packages: str, reference: str) -> str:
    project = f'<ProjectReference Include="..\\{reference}\\{reference}.csproj" />'
    return csproj(*packages, sdk="Microsoft.NET.Sdk.Web").replace(
        "<ItemGroup>", f"<ItemGroup>\n    {project}"
    )


_PROGRAM = "var builder = WebApplication.CreateBuilder(args);\n"


def test_sqlsugars_numbered_engine_in_the_settings(tmp_path: Path) -> None:
    """Zr.Admin.NET: SqlSugarCoreNoDrive and MySqlConnector in a library the web project
    references; appsettings.json's `"DbType": 1` is SQL Server."""
    files = {
        "Repository/Repository.csproj": csproj("SqlSugarCoreNoDrive", "MySqlConnector"),
        "WebApi/WebApi.csproj": _web(reference="Repository"),
        "WebApi/Program.cs": _PROGRAM,
        "WebApi/appsettings.json": (
            '{\n  "dbConfigs": [\n    {\n      "Conn": "Data Source=.\\\\SQLEXPRESS",\n'
            '      "DbType": 1, //MySql = 0, SqlServer = 1\n    }\n  ]\n}\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["WebApi"]
    assert first(backend, K.ORM)[0] == "SqlSugar"
    assert first(backend, K.DATABASE)[0] == "SQL Server"


def test_the_web_projects_own_provider_before_a_librarys_driver(tmp_path: Path) -> None:
    """Teknik: EF Core on SQL Server in the web project; the utility library it references
    (and two others of the solution) keep a MySQL client for other systems' databases."""
    files = {
        "Utilities/Utilities.csproj": csproj("MySql.Data"),
        "Utilities/MysqlDatabase.cs": "using MySql.Data.MySqlClient;\n",
        "Mail/Mail.csproj": _web("MySql.Data", reference="Utilities").replace(
            ".Web", ""
        ),
        "Mail/MysqlDatabase.cs": "using MySql.Data.MySqlClient;\n",
        "Web/Web.csproj": _web("Microsoft.EntityFrameworkCore.SqlServer", reference="Mail"),
        "Web/Program.cs": _PROGRAM,
        "Web/Startup.cs": "services.AddDbContext<Entities>(options => options.UseSqlServer(c));\n",
    }
    assert first(by_folder(write(tmp_path, files))["Web"], K.DATABASE)[0] == "SQL Server"


# --- Ruby ----------------------------------------------------------------------------------------


def test_rspec_declared_with_no_spec_beside_minitest_cases(tmp_path: Path) -> None:
    """plots2: the Gemfile's test group lists rspec; spec/ holds only Teaspoon's JavaScript
    specs, test/ the Rails test cases."""
    files = {
        "Gemfile": (
            "source 'https://rubygems.org'\n\ngem 'rails', '5.2.8.1'\n\n"
            "group :test, :development do\n  gem 'rspec'\nend\n"
        ),
        "config/application.rb": (
            "module App\n  class Application < Rails::Application\n  end\nend\n"
        ),
        "spec/teaspoon_env.rb": "Teaspoon.configure do |config|\nend\n",
        "test/test_helper.rb": "class ActiveSupport::TestCase\n  fixtures :all\nend\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "Minitest"
