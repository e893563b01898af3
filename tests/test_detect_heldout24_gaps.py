"""Generic gaps the twenty-fourth held-out set showed (benchmarks/detect_heldout24.yaml), each as
a small fixture of the real files' shape (#19): an ASP.NET Core host keeping NUnit classes beside
its controllers; Pando over postgres.py; Egg.js over Leoric; tedsuo/rata as a Go router; a test
list layered on the application's and a `db.py` past the file quota; the engine a program
defaults to in a settings class's URL field, a `catch` writing the default settings, a Ruby
`DEFAULTS` table and a Laravel connection's driver setting; a gemspec's whole range; ASP.NET
Core on netcoreapp3.1; sqlx built for SQLite only beside a PostgreSQL pool."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import cargo, go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- .NET ----------------------------------------------------------------------------------------


def test_a_web_host_keeping_its_test_classes_beside_its_controllers(tmp_path: Path) -> None:
    """OpenAuth.Net: OpenAuth.WebApi (Web SDK) references NUnit for the test classes under its
    own Test/ folder, and its Program.cs starts the web host: a service, not a test project."""
    web = csproj(
        "NUnit", "NUnit3TestAdapter", "Swashbuckle.AspNetCore", sdk="Microsoft.NET.Sdk.Web"
    )
    files = {
        "Repository/Repository.csproj": csproj("Pomelo.EntityFrameworkCore.MySql"),
        "WebApi/WebApi.csproj": web.replace(
            "<ItemGroup>",
            '<ItemGroup>\n    <ProjectReference Include="..\\Repository\\Repository.csproj" />',
        ),
        "WebApi/Program.cs": (
            "public class Program\n{\n    public static void Main(string[] args) =>\n"
            "        Host.CreateDefaultBuilder(args)\n"
            "            .ConfigureWebHostDefaults(b => b.UseStartup<Startup>())\n"
            "            .Build().Run();\n}\n"
        ),
        "WebApi/Test/CheckControllerTest.cs": "[TestFixture]\npublic class CheckTest {}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["WebApi"]
    assert first(found["WebApi"], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(found["WebApi"], K.ORM)[0] == "EF Core"
    assert first(found["WebApi"], K.TEST)[0] == "NUnit"


# --- Python --------------------------------------------------------------------------------------


def test_pando_over_postgres_py(tmp_path: Path) -> None:
    """liberapay: hash-pinned requirements name pando and postgres (postgres.py over psycopg2);
    gunicorn serves the `pando.Website` object."""
    files = {
        "requirements_base.txt": (
            "pando==0.47 \\\n    --hash=sha256:00\npostgres==4.0 \\\n    --hash=sha256:01\n"
            "psycopg2-binary==2.9.11 \\\n    --hash=sha256:02\ngunicorn==24.1.1 \\\n"
            "    --hash=sha256:03\n"
        ),
        "app/main.py": "import pando\n\nwebsite = pando.Website(www_root='www/')\n",
        "app/models/user.py": "from postgres.orm import Model\n\n\nclass User(Model):\n    pass\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Pando", "==0.47")
    assert first(backend, K.QUERY)[0] == "postgres.py"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Node ----------------------------------------------------------------------------------------


def test_egg_over_leoric_with_no_lock(tmp_path: Path) -> None:
    """cnpmcore: no lock; package.json declares egg as a beta range, leoric with mysql2 and pg;
    eggctl starts the app from its folders (no entry file)."""
    files = {
        "package.json": package_json(
            {"egg": "^4.1.2-beta.2", "leoric": "^2.16.0", "mysql2": "^3.15.3", "pg": "^8.16.3"},
            {"vitest": "4.1.10"},
            scripts={"start": "eggctl start --daemon", "test": "egg-bin test"},
        ),
        "app/port/controller/HomeController.ts": "export class HomeController {}\n",
        "docker-compose.yml": "services:\n  mysql:\n    image: mysql:9\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Egg.js", "^4.1.2-beta.2")
    assert first(backend, K.ORM)[0] == "Leoric"
    assert first(backend, K.DATABASE)[0] == "MySQL"


# --- Go ------------------------------------------------------------------------------------------


def test_rata_routes_a_go_program(tmp_path: Path) -> None:
    """concourse: the API's router is tedsuo/rata, required at a pseudo-version."""
    files = {
        "go.mod": go_mod("github.com/tedsuo/rata v1.0.1-0.20170830210128-07d200713958"),
        "cmd/app/main.go": "package main\n\nfunc main() { run() }\n",
        "api/handler.go": (
            'package api\n\nimport "github.com/tedsuo/rata"\n\n'
            "func NewHandler() (http.Handler, error) {\n"
            "\treturn rata.NewRouter(Routes, handlers)\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("rata", "v1.0.1-0.20170830210128-07d200713958")


def test_a_test_list_layered_on_the_applications_and_a_db_module(tmp_path: Path) -> None:
    """spiderfoot: test/requirements.txt starts with `-r ../requirements.txt` and adds pytest;
    the package's db.py opens SQLite through the stdlib, past the ordinary file quota."""
    modules = {f"modules/sfp_{n:02}.py": "import requests\n" for n in range(30)}
    files = {
        **modules,
        "requirements.txt": "CherryPy>=18.8.0,<19\nrequests>=2.28.2,<3\n",
        "test/requirements.txt": "-r ../requirements.txt\npytest==7.2.1\n",
        "test/unit/test_db.py": "import pytest\n",
        "sf.py": "import cherrypy\n\ncherrypy.quickstart(WebUi(), script_name='/')\n",
        "spiderfoot/db.py": "import sqlite3\n\nconnection = sqlite3.connect(path)\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("CherryPy", ">=18.8.0,<19")
    assert first(found["."], K.DATABASE)[0] == "SQLite"
    assert first(found["."], K.TEST)[0] == "pytest"


def test_a_settings_classs_database_url_over_a_tools_example_url(tmp_path: Path) -> None:
    """Langchain-Chatchat: the settings class's `SQLALCHEMY_DATABASE_URI: str = "sqlite:///"…`
    is what the program opens; a text2sql tool's option shows a MySQL URL as an example."""
    files = {
        "pyproject.toml": (
            '[tool.poetry]\nname = "app"\n\n[tool.poetry.dependencies]\nfastapi = "~0.109.2"\n'
            'pymysql = "^1.1.0"\nSQLAlchemy = "~2.0.25"\n'
        ),
        "app/server.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "app/settings.py": (
            "class BasicSettings(BaseSettings):\n"
            '    SQLALCHEMY_DATABASE_URI:str = "sqlite:///" + str(ROOT / "info.db")\n\n\n'
            "class ToolSettings(BaseSettings):\n    text2sql: dict = {\n"
            '        "sqlalchemy_connect_str": "mysql+pymysql://user:password@host/db",\n    }\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_the_engine_written_when_no_database_settings_are_found(tmp_path: Path) -> None:
    """dockge: `catch` of reading db-config.json writes `{type: "sqlite"}`; mysql2 serves the
    optional MariaDB, and a stack template runs mariadb."""
    files = {
        "package.json": package_json(
            {"express": "~4.21.2", "mysql2": "~3.12.0", "redbean-node": "~0.3.3"}
        ),
        "backend/index.ts": 'import express from "express";\n\nconst app = express();\n',
        "backend/database.ts": (
            "export class Database {\n    static async connect() {\n"
            "        let dbConfig : DBConfig;\n        try {\n"
            "            dbConfig = this.readDBConfig();\n        } catch (err) {\n"
            "            if (err instanceof Error) {\n                log.warn(err.message);\n"
            "            }\n\n            dbConfig = {\n                type: \"sqlite\",\n"
            "            };\n            this.writeDBConfig(dbConfig);\n        }\n    }\n}\n"
        ),
        "extra/templates/mariadb/compose.yaml": "services:\n  db:\n    image: mariadb:latest\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_gemspec_range_and_a_defaults_table(tmp_path: Path) -> None:
    """gemstash: no Gemfile.lock; the gemspec declares Sinatra `">= 1.4", "< 5.0"`; the
    configuration's DEFAULTS table says `db_adapter: "sqlite3"` beside mysql2 and pg."""
    files = {
        "Gemfile": (
            'source "https://rubygems.org"\n\ngemspec\n\nplatform :ruby do\n  gem "mysql2"\n'
            '  gem "pg"\n  gem "sqlite3"\nend\n'
        ),
        "app.gemspec": (
            "Gem::Specification.new do |spec|\n"
            '  spec.add_runtime_dependency "sequel", "~> 5.0"\n'
            '  spec.add_runtime_dependency "sinatra", ">= 1.4", "< 5.0"\nend\n'
        ),
        "lib/app/web.rb": 'require "sinatra/base"\n\nclass Web < Sinatra::Base\nend\n',
        "lib/app/configuration.rb": (
            "class Configuration\n  DEFAULTS = {\n    cache_type: \"memory\",\n"
            '    db_adapter: "sqlite3",\n  }.freeze\nend\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Sinatra", ">= 1.4, < 5.0")
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_laravel_connection_of_the_apps_own_with_a_driver_setting(tmp_path: Path) -> None:
    """ProcessMaker: config/database.php's default connection is named for the app, its
    driver `env('DB_DRIVER', 'mysql')`."""
    files = {
        "composer.json": '{\n  "require": {\n    "laravel/framework": "^11.0"\n  }\n}\n',
        "artisan": "#!/usr/bin/env php\n<?php\n$app = require_once __DIR__.'/bootstrap/app.php';\n",
        "config/database.php": (
            "<?php\n\nreturn [\n    'default' => env('DB_CONNECTION', 'app'),\n"
            "    'connections' => [\n        'app' => [\n"
            "            'driver' => env('DB_DRIVER', 'mysql'),\n        ],\n    ],\n];\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_asp_net_core_on_netcoreapp(tmp_path: Path) -> None:
    """YiSha.Admin.WebApi: a Web SDK project on netcoreapp3.1 and no ASP.NET Core package."""
    web = csproj("Swashbuckle.AspNetCore", sdk="Microsoft.NET.Sdk.Web").replace(
        "<PropertyGroup>\n",
        "<PropertyGroup>\n    <TargetFramework>netcoreapp3.1</TargetFramework>\n",
    )
    files = {
        "WebApi/WebApi.csproj": web,
        "WebApi/Program.cs": "WebHost.CreateDefaultBuilder(args).UseStartup<Startup>();\n",
    }
    backend = by_folder(write(tmp_path, files))["WebApi"]
    assert first(backend, K.FRAMEWORK) == ("ASP.NET Core", "3.1")


def test_sqlx_built_for_sqlite_beside_a_postgresql_pool(tmp_path: Path) -> None:
    """martin: sqlx with the sqlite feature reads tile files; deadpool-postgres queries the
    PostGIS database every compose runs."""
    files = {
        "Cargo.toml": cargo(
            'actix-web = "4.14"',
            'deadpool-postgres = "0.14"',
            'sqlx = { version = "0.9.0", features = ["sqlite", "runtime-tokio"] }',
        ),
        "src/main.rs": "fn main() {\n    actix_web::HttpServer::new(|| App::new());\n}\n",
        "docker-compose.yml": "services:\n  db:\n    image: postgis/postgis:18-3.6\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.QUERY)[0] == "tokio-postgres"


def test_an_mcp_bridge_on_starlette_beside_the_product(tmp_path: Path) -> None:
    """WeKnora: beside the Gin API, mcp-server/ (its own Dockerfile) declares starlette and
    uvicorn for the MCP SDK's SSE app and calls the API over HTTP: no backend."""
    files = {
        "go.mod": go_mod("github.com/gin-gonic/gin v1.12.0", "gorm.io/gorm v1.31.1"),
        "cmd/server/main.go": (
            'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
            "func main() { gin.Default().Run() }\n"
        ),
        "mcp-server/pyproject.toml": (
            '[project]\nname = "app-mcp"\ndependencies = [\n    "mcp>=2,<3",\n'
            '    "requests>=2.31.0",\n    "starlette>=0.27.0",\n    "uvicorn>=0.24.0",\n]\n'
        ),
        "mcp-server/main.py": "from mcp.server import MCPServer\n\nmcp = MCPServer('app')\n",
        "mcp-server/Dockerfile": 'FROM python:3.12-slim\nCMD ["python", "main.py"]\n',
    }
    assert list(by_folder(write(tmp_path, files))) == ["."]
