"""Generic gaps the twenty-second held-out set showed (benchmarks/detect_heldout22.yaml), each as
a small fixture of the real files' shape (#19): ThinkPHP required through its extensions, its
code mounted into a runtime image by a Compose file beside it; Nancy in an old-style .NET
project; Parse Server as the data layer; the engine a program runs on by default as an image's
ENV, an `else` block with no database URL, an INI key and a `.gitignore`d configuration package
state it; a server in a native client app's folder, and a Python server a .NET project copies
into its output."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- PHP -----------------------------------------------------------------------------------------


def _composer_lock(*packages: tuple[str, str]) -> str:
    entries = ",\n".join(
        f'        {{\n            "name": "{name}",\n            "version": "{version}"\n        }}'
        for name, version in packages
    )
    return f'{{\n    "packages": [\n{entries}\n    ],\n    "packages-dev": []\n}}\n'


def test_thinkphp_through_its_extensions_and_a_runtime_image_mounting_it(tmp_path: Path) -> None:
    """CRMEB: composer.json requires ThinkPHP's extensions, not the framework; the lock
    resolves topthink/framework and topthink/think-orm; the `think` console script; a
    docker-compose/ folder builds a bare PHP image and bind-mounts the application into it."""
    files = {
        "crmeb/composer.json": (
            '{\n    "require": {\n        "php": ">=7.1.0",\n'
            '        "topthink/think-multi-app": "^1.0",\n'
            '        "topthink/think-queue": "^3.0"\n    }\n}\n'
        ),
        "crmeb/composer.lock": _composer_lock(
            ("topthink/framework", "v6.1.2"), ("topthink/think-multi-app", "v1.0.14"),
            ("topthink/think-orm", "v2.0.33"), ("topthink/think-queue", "v3.0.7"),
        ),
        "crmeb/think": (
            "#!/usr/bin/env php\n<?php\nnamespace think;\n\n"
            "require __DIR__ . '/vendor/autoload.php';\n\n(new App())->console->run();\n"
        ),
        "docker-compose/docker-compose.yml": (
            "services:\n  mysql:\n    image: mysql:5.7\n  phpfpm:\n    image: app_php\n"
            "    build:\n      context: ./php\n    volumes:\n      - ../crmeb:/var/www\n"
            "      - ./php/overrides.ini:/etc/php/conf.d/99-overrides.ini\n"
        ),
        "docker-compose/php/Dockerfile": "FROM php:7.4-fpm\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["crmeb"]
    assert first(found["crmeb"], K.FRAMEWORK) == ("ThinkPHP", "6.1.2")
    assert first(found["crmeb"], K.ORM) == ("ThinkORM", "2.0.33")
    assert first(found["crmeb"], K.DATABASE)[0] == "MySQL"


# --- .NET ----------------------------------------------------------------------------------------


def _old_style(*hints: str, reference: str = "") -> str:
    items = "\n".join(
        f'    <Reference Include="{h.split(".", 1)[0]}">\n'
        f"      <HintPath>..\\packages\\{h}\\lib\\net40\\{h.split('.', 1)[0]}.dll</HintPath>\n"
        "    </Reference>"
        for h in hints
    )
    project = (
        f'  <ItemGroup>\n    <ProjectReference Include="..\\{reference}\\{reference}.csproj" />\n'
        "  </ItemGroup>\n" if reference else ""
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<Project ToolsVersion="12.0" '
        'xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n  <PropertyGroup>\n'
        "    <TargetFrameworkVersion>v4.5</TargetFrameworkVersion>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}\n  </ItemGroup>\n{project}</Project>\n"
    )


def test_nancy_in_an_old_style_project_and_its_sibling_tests(tmp_path: Path) -> None:
    """JabbR: Nancy 0.20.0 and Entity Framework 6 through HintPaths; JabbR.Tests on xUnit."""
    files = {
        "Chat/Chat.csproj": _old_style("Nancy.0.20.0", "EntityFramework.6.0.1"),
        "Chat/Nancy/HomeModule.cs": "public class HomeModule : NancyModule\n{\n}\n",
        "Chat.Tests/Chat.Tests.csproj": _old_style("xunit.1.9.2", reference="Chat"),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["Chat"]
    framework = next(f for f in found["Chat"].findings if f.kind is K.FRAMEWORK)
    assert (framework.name, framework.version, framework.confidence) == ("Nancy", "0.20.0", 0.95)
    assert first(found["Chat"], K.TEST) == ("xUnit", "1.9.2")


def test_a_python_server_a_dotnet_project_copies_into_its_output(tmp_path: Path) -> None:
    """AntSK: a .NET library ships a FastAPI model server (its requirements.txt and code
    copied to the output) that the .NET web app starts: no backend of its own."""
    library = csproj().replace(
        "</Project>",
        '  <ItemGroup>\n    <Content Include="llamafactory\\**">\n'
        "      <CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory>\n    </Content>\n"
        '    <None Update="requirements.txt">\n'
        "      <CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory>\n    </None>\n"
        "  </ItemGroup>\n</Project>",
    )
    files = {
        "src/Web/Web.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
        "src/Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
        "src/Factory/Factory.csproj": library,
        "src/Factory/requirements.txt": "fastapi\nuvicorn\n",
        "src/Factory/llamafactory/api.py": (
            "import uvicorn\nfrom fastapi import FastAPI\n\napp = FastAPI()\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["src/Web"]


# --- Node ----------------------------------------------------------------------------------------


def test_parse_server_is_the_data_layer_of_the_app_mounting_it(tmp_path: Path) -> None:
    files = {
        "package.json": package_json(
            {"express": "^5.2.1", "mongodb": "^7.2.0", "parse-server": "^8.6.84"}
        ),
        "index.js": (
            "import express from 'express';\nimport { ParseServer } from 'parse-server';\n"
            "export const app = express();\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.ORM)[0] == "Parse Server"


def test_the_engine_of_the_else_block_when_no_database_url_is_set(tmp_path: Path) -> None:
    """sqlpad: Sequelize over SQLite unless a backend URL is configured; pg and mysql2 are
    for the users' connections, and a compose runs their servers for the driver tests."""
    files = {
        "package.json": package_json(
            {"express": "^4.21.2", "sequelize": "^6.37.7", "pg": "^8.7.3",
             "mysql2": "^3.10.1", "sqlite3": "^5.0.8"}
        ),
        "app.js": "const express = require('express');\nconst app = express();\n",
        "sequelize-db/index.js": (
            "class SequelizeDb {\n  constructor(config) {\n    let sequelize;\n"
            "    if (config.get('backendDatabaseUri')) {\n"
            "      sequelize = new Sequelize(config.get('backendDatabaseUri'), {\n"
            "        logging,\n      });\n    } else {\n      sequelize = new Sequelize({\n"
            "        dialect: 'sqlite',\n        storage: 'sqlpad.sqlite',\n      });\n"
            "    }\n  }\n}\n"
        ),
        "docker-compose.yml": (
            "services:\n  postgres:\n    image: postgres:9.6-alpine\n"
            "  mariadb:\n    image: mariadb:11.0\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


# --- Python --------------------------------------------------------------------------------------


def test_the_database_url_the_applications_image_sets(tmp_path: Path) -> None:
    """gramps-web-api: code builds URLs for both engines; the image's ENV sets SQLite."""
    files = {
        "pyproject.toml": (
            '[project]\nname = "app"\ndependencies = [\n    "Flask>=2.1.0",\n'
            '    "SQLAlchemy>=2.0.0",\n]\n'
        ),
        "app/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "app/dbloader.py": (
            "def url(dbid, path):\n    if dbid == 'sqlite':\n"
            "        return f'sqlite:///{path}'\n"
            "    return f'postgresql+psycopg2://{user}@{host}/{name}'\n"
        ),
        "Dockerfile": (
            "FROM python:3.12\nENV APP_CONFIG=/app/config.cfg\n"
            "ENV APP_USER_DB_URI=sqlite:////app/users/users.sqlite\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


# --- Go ------------------------------------------------------------------------------------------


_GIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default() }\n'


def test_the_engine_key_of_a_shipped_ini_file(tmp_path: Path) -> None:
    """sun-panel: GORM with the MySQL and SQLite drivers; the example INI's `[base]` section
    picks sqlite."""
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.9.0", "gorm.io/gorm v1.25.5",
            "gorm.io/driver/mysql v1.5.0", "gorm.io/driver/sqlite v1.5.4",
        ),
        "main.go": _GIN,
        "assets/conf.example.ini": (
            "[base]\nhttp_port=3002\n# Database driver [mysql/sqlite(Default)]\n"
            "database_drive=sqlite\n\n[mysql]\nhost=127.0.0.1\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


def test_a_gitignored_configuration_package_still_states_the_default(tmp_path: Path) -> None:
    """autobrr: `.gitignore`'s `config/` (the container's volume) also matches the tracked
    `internal/config/`, whose defaults pick sqlite over the compose's PostgreSQL."""
    files = {
        ".gitignore": "# Docker\nconfig/\n",
        "go.mod": go_mod("github.com/gin-gonic/gin v1.9.0", "github.com/lib/pq v1.12.3",
                         "modernc.org/sqlite v1.50.0"),
        "main.go": _GIN,
        "internal/config/config.go": (
            "package config\n\nfunc (c *AppConfig) defaults() {\n\tc.Config = &Config{\n"
            '\t\tHost:         "localhost",\n\t\tDatabaseType: "sqlite",\n\t}\n}\n'
        ),
        "docker-compose.yml": "services:\n  postgres:\n    image: postgres:12.10\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


# --- Monorepos -----------------------------------------------------------------------------------


def test_a_server_in_a_native_client_apps_folder_is_its_tool(tmp_path: Path) -> None:
    """omnivore: apple/gql-server serves the API's schema for the iOS app's code generation."""
    server = "var express = require('express');\nvar app = express();\napp.listen(4000);\n"
    files = {
        "packages/api/package.json": package_json({"express": "^5.2.1", "pg": "^8.11.0"}),
        "packages/api/src/server.js": server,
        "apple/gql-server/package.json": package_json({"express": "^4.19.2"}),
        "apple/gql-server/server.js": server,
    }
    assert list(by_folder(write(tmp_path, files))) == ["packages/api"]
