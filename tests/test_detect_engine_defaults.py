"""Where a project states the database engine it runs on, ranked so that the next unseen
repository of the same shape comes out right (#19, the misses left on the third held-out
set): a settings package deep behind many ordinary files, a manifest kept in a folder that is
copied to the root at setup, a C# configuration class's default connection string, a service
whose repository keeps its data in Redis, and a MariaDB server behind a `mysql` driver name.
Each fixture is built from the real files' shapes; nothing contacts the network."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import PROPS, WEB_MAIN, by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend, Finding
from designer.model.stack import FindingKind as K


def primary(backend: DetectedBackend, kind: K) -> Finding:
    """The first finding of `kind` (the primary one)."""
    return next(f for f in backend.findings if f.kind is kind)

DJANGO_PYPROJECT = """\
[project]
name = "bookmarks"
requires-python = ">=3.13"
dependencies = [
    "django>=6.0.7",
    "djangorestframework>=3.16.1",
]

[dependency-groups]
dev = [
    "psycopg[binary]>=3.2.9",
    "pytest>=9.0.3",
]
postgres = [
    "psycopg[c]>=3.2.9",
]
"""
SPLIT_SETTINGS_BASE = """\
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

LD_DB_ENGINE = os.getenv("LD_DB_ENGINE", "sqlite")

if LD_DB_ENGINE == "postgres":
    default_database = {
        "ENGINE": "django.db.backends.postgresql_psycopg2",
        "NAME": os.getenv("LD_DB_DATABASE", "linkding"),
    }
else:
    default_database = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.path.join(BASE_DIR, "data", "db.sqlite3"),
    }
DATABASES = {"default": default_database}
"""


def test_split_settings_package_is_read_past_the_folder_quota(tmp_path: Path) -> None:
    # The app package holds more modules than a project's ordinary quota, so its
    # settings/base.py (two levels down) was never read and the dev-group driver won.
    files = {
        "pyproject.toml": DJANGO_PYPROJECT,
        "manage.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")\n',
        "app/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        **{f"app/module_{n:02}.py": "x = 1\n" for n in range(30)},
        "app/settings/__init__.py": "from .base import *  # noqa\n",
        "app/settings/base.py": SPLIT_SETTINGS_BASE,
        "app/settings/prod.py": "from .base import *  # noqa\nDEBUG = False\n",
        "scripts/test-environments/postgres/compose.yml": (
            "services:\n  postgres:\n    image: 'postgres:16'\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    engine = primary(backend, K.DATABASE)
    assert engine.name == "SQLite"
    assert engine.evidence[0].path == "app/settings/base.py"


def test_configuration_module_past_the_quota_is_read_by_its_name(tmp_path: Path) -> None:
    # Outside a settings folder, a module named as configuration (`db_config.py`) is read too.
    files = {
        "pyproject.toml": DJANGO_PYPROJECT,
        "manage.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.s")\n',
        **{f"app/module_{n:02}.py": "x = 1\n" for n in range(30)},
        "app/core/db_config.py": 'import os\n\nDB_ENGINE = os.getenv("DB_ENGINE", "sqlite")\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_ordinary_modules_past_the_quota_stay_unread(tmp_path: Path) -> None:
    # The settings quota is for configuration only: a URL default in an ordinary module past
    # the quota is still not read (the quota is what keeps a scan of a large tree short).
    files = {
        "pyproject.toml": DJANGO_PYPROJECT,
        "manage.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.s")\n',
        **{f"app/module_{n:02}.py": "x = 1\n" for n in range(30)},
        "app/zz/helpers.py": 'URL = "mysql://localhost/app"\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] != "MySQL"


KEPT_ASIDE_PACKAGE = """\
{
    "name": "forum",
    "main": "app.js",
    "scripts": {"start": "node loader.js", "test": "mocha"},
    "dependencies": {
        "express": "4.22.2",
        "mongodb": "7.5.0",
        "pg": "8.23.0",
        "redis": "5.12.1"
    },
    "devDependencies": {"mocha": "11.8.0"},
    "engines": {"node": ">=22"}
}
"""
FORUM_COMPOSE = """\
services:
  forum:
    build: .
  mongo:
    image: 'mongo:7-jammy'
  postgres:
    image: postgres:18.4-alpine
    profiles:
      - postgres
"""


def forum() -> dict[str, str]:
    """The manifest waits in install/ (the Dockerfile copies it to the root); the program
    (app.js, loader.js, src/) is the root; install/ also holds the web installer."""
    return {
        "install/package.json": KEPT_ASIDE_PACKAGE,
        "install/web.js": "const express = require('express');\nconst app = express();\n",
        "app.js": "require('./src/start');\n",
        "loader.js": "require('./app');\n",
        "src/webserver.js": "const express = require('express');\nconst app = express();\n",
        "Dockerfile": "FROM node:lts\nCOPY . /usr/src/app/\nRUN cp install/package.json .\n",
        "docker-compose.yml": FORUM_COMPOSE,
        # A test file: the runner, declared, runs something (`testless_node`).
        "test/api.js": "describe('api', () => {});\n",
    }


def test_manifest_kept_aside_describes_the_folder_of_its_program(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, forum()))
    assert list(found) == ["."]
    backend = found["."]
    assert first(backend, K.FRAMEWORK) == ("Express", "4.22.2")
    assert first(backend, K.QUERY)[0] == "mongodb"
    assert first(backend, K.TEST)[0] == "Mocha"


def test_compose_service_behind_a_profile_is_not_the_default_engine(tmp_path: Path) -> None:
    # postgres starts with `docker compose up`; mysql only with `--profile mysql`. Both
    # drivers are declared, so only the profile tells them apart (MySQL sorts first).
    files = {
        "package.json": '{"dependencies": {"express": "^4", "pg": "^8", "mysql2": "^3"}}\n',
        "index.js": "const express = require('express');\nconst app = express();\n",
        "docker-compose.yml": (
            "services:\n  app:\n    build: .\n  db:\n    image: postgres:16\n"
            "  mysql:\n    image: mysql:8.4\n    profiles: [mysql]\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE) == ("PostgreSQL", "16")


def test_manifest_with_its_program_beside_it_stays_where_it_is(tmp_path: Path) -> None:
    files = forum()
    files["install/app.js"] = "require('./web');\n"
    found = by_folder(write(tmp_path, files))
    assert "install" in found
    assert "." not in found or not first(found["."], K.FRAMEWORK)[1]


def test_manifest_below_another_manifest_of_its_ecosystem_stays(tmp_path: Path) -> None:
    # The root has its own package.json: a package whose `main` is missing (built later)
    # is a workspace package, never the root's manifest.
    files = forum()
    files["package.json"] = '{"name": "root", "private": true, "workspaces": ["install"]}\n'
    found = by_folder(write(tmp_path, files))
    assert "install" in found


DATABASE_CONFIGURATION = """\
namespace Media.Core.Models;

public class DatabaseConfiguration
{
    public const string SqliteDatabase = "Sqlite";

    public DatabaseConfiguration(string defaultSqlitePath)
    {
        MainDatabase = new PerDatabaseConfiguration(
            SqliteDatabase, $"Data Source={Path.Combine(defaultSqlitePath, "Media.db")}");
    }
    public PerDatabaseConfiguration MainDatabase { get; set; }
}
"""
DATABASE_SETUP = """\
public static class DatabaseSetup
{
    public static void ConfigurePostgres(DbContextOptionsBuilder options, string cs)
    {
        options.UseNpgsql(cs);
    }
    public static void ConfigureMySql(DbContextOptionsBuilder options, string cs)
    {
        options.UseMySql(cs, ServerVersion.AutoDetect(cs));
    }
    public static void ConfigureSqlite(DbContextOptionsBuilder options, string cs)
    {
        options.UseSqlite(cs);
    }
}
"""


def media_server() -> dict[str, str]:
    """A web project over a store library with the providers of three engines; the core
    library's configuration class defaults every database to a SQLite file."""
    return {
        "Directory.Build.props": PROPS,
        "src/Media/Media.csproj": csproj(
            "Pomelo.EntityFrameworkCore.MySql", sdk="Microsoft.NET.Sdk.Web"
        ),
        "src/Media/Program.cs": WEB_MAIN,
        "src/Media.Store/Media.Store.csproj": csproj(
            "Microsoft.EntityFrameworkCore.Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL",
            "Pomelo.EntityFrameworkCore.MySql",
        ),
        "src/Media.Core/Media.Core.csproj": csproj("Microsoft.EntityFrameworkCore.Sqlite"),
        "src/Media.Core/Helpers/DatabaseSetup.cs": DATABASE_SETUP,
        **{f"src/Media.Core/Engine/Part{n:02}.cs": "class Part {}\n" for n in range(30)},
        "src/Media.Core/Models/DatabaseConfiguration.cs": DATABASE_CONFIGURATION,
    }


def test_configuration_class_default_connection_string_picks_the_engine(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, media_server()))
    assert list(found) == ["src/Media"]
    engine = primary(found["src/Media"], K.DATABASE)
    assert engine.name == "SQLite"
    assert "src/Media.Core/Models/DatabaseConfiguration.cs" in {e.path for e in engine.evidence}


def test_server_connection_string_is_not_a_sqlite_file(tmp_path: Path) -> None:
    # `Data Source=` also starts SQL Server's connection strings: a server name, no file.
    files = media_server()
    files["src/Media.Core/Models/DatabaseConfiguration.cs"] = DATABASE_CONFIGURATION.replace(
        '$"Data Source={Path.Combine(defaultSqlitePath, "Media.db")}"',
        '"Data Source=db.example.database.windows.net;Initial Catalog=media"',
    )
    engine = primary(by_folder(write(tmp_path, files))["src/Media"], K.DATABASE)
    assert engine.name != "SQLite"


def test_sqlite_fallback_in_shipped_settings_is_no_choice(tmp_path: Path) -> None:
    # appsettings.json lists a SQL Server default and a SQLite fallback connection; the code
    # supports both providers: the SQLite file named there proves no default.
    files = {
        "Directory.Build.props": PROPS,
        "src/Web/Web.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer",
            "Microsoft.EntityFrameworkCore.Sqlite",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "src/Web/Program.cs": WEB_MAIN,
        "src/Web/appsettings.json": (
            '{\n  "ConnectionStrings": {\n'
            '    "DefaultConnection": "Server=(localdb)\\\\mssqllocaldb;Database=app",\n'
            '    "SqliteConnection": "Data Source=database.sqlite"\n  }\n}\n'
        ),
    }
    engine = primary(by_folder(write(tmp_path, files))["src/Web"], K.DATABASE)
    assert engine.name == "SQL Server"


REDIS_REPOSITORY = """\
namespace Basket.API.Repositories;

public class RedisBasketRepository(
    ILogger<RedisBasketRepository> logger, IConnectionMultiplexer redis) : IBasketRepository
{
    private readonly IDatabase _database = redis.GetDatabase();
}
"""


def basket(repository: str = REDIS_REPOSITORY) -> dict[str, str]:
    return {
        "src/Basket.API/Basket.API.csproj": csproj(
            "Aspire.StackExchange.Redis", sdk="Microsoft.NET.Sdk.Web"
        ),
        "src/Basket.API/Program.cs": WEB_MAIN,
        "src/Basket.API/Extensions/Extensions.cs": 'builder.AddRedisClient("redis");\n',
        "src/Basket.API/Repositories/RedisBasketRepository.cs": repository,
    }


def test_repository_keeping_data_in_redis_makes_redis_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, basket()))["src/Basket.API"]
    engine = primary(backend, K.DATABASE)
    assert engine.name == "Redis"
    assert engine.evidence[0].path.endswith("RedisBasketRepository.cs")
    assert first(backend, K.CACHE)[0] == "Redis"


def test_redis_client_outside_a_repository_is_only_a_cache(tmp_path: Path) -> None:
    files = basket()
    text = files.pop("src/Basket.API/Repositories/RedisBasketRepository.cs")
    files["src/Basket.API/Services/RedisRateLimiter.cs"] = text
    backend = by_folder(write(tmp_path, files))["src/Basket.API"]
    assert first(backend, K.DATABASE) == ("", "")
    assert first(backend, K.CACHE)[0] == "Redis"


def test_redis_repository_beside_a_relational_engine_is_secondary(tmp_path: Path) -> None:
    # A token repository in Redis beside the service's PostgreSQL (seen only in code, the
    # weakest way): the relational engine stays the primary one.
    files = basket()
    files["src/Basket.API/Extensions/Extensions.cs"] = "options.UseNpgsql(connection);\n"
    backend = by_folder(write(tmp_path, files))["src/Basket.API"]
    engines = [f.name for f in backend.findings if f.kind is K.DATABASE]
    assert engines == ["PostgreSQL", "Redis"]


def test_spring_redis_repository_and_redis_hash_entities(tmp_path: Path) -> None:
    build = (
        'plugins { id("org.springframework.boot") version "3.3.0" }\n'
        "dependencies {\n"
        '    implementation("org.springframework.boot:spring-boot-starter-web")\n'
        '    implementation("org.springframework.boot:spring-boot-starter-data-redis")\n'
        "}\n"
    )
    app = (
        "package app;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n"
        "@SpringBootApplication\npublic class Application {}\n"
    )
    files = {
        "build.gradle.kts": build,
        "src/main/java/app/Application.java": app,
        "src/main/java/app/Session.java": (
            "package app;\n\n@RedisHash(\"sessions\")\npublic class Session {}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"
    files.pop("src/main/java/app/Session.java")
    files["src/main/java/app/CartRepository.java"] = (
        "package app;\n\npublic class CartRepository {\n"
        "    private final StringRedisTemplate redis;\n}\n"
    )
    backend = by_folder(write(tmp_path / "repository", files))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"


def laravel(compose: str) -> dict[str, str]:
    """A Laravel app whose connection is `mysql` (the driver MariaDB is reached with too)."""
    return {
        "composer.json": '{"require": {"php": "^8.2", "laravel/framework": "^11.0"}}\n',
        "artisan": "<?php\n",
        "config/database.php": "<?php\nreturn ['default' => env('DB_CONNECTION', 'mysql')];\n",
        ".env.example": "APP_NAME=Assets\nDB_CONNECTION=mysql\n",
        "docker-compose.yml": compose,
    }


def test_mariadb_server_refines_a_mysql_driver_name(tmp_path: Path) -> None:
    compose = (
        "services:\n  app:\n    image: example/assets:latest\n"
        "  mariadb:\n    image: mariadb:11.5.2\n"
    )
    backend = by_folder(write(tmp_path, laravel(compose)))["."]
    assert first(backend, K.DATABASE) == ("MariaDB", "11.5.2")


def test_mysql_server_image_keeps_mysql(tmp_path: Path) -> None:
    compose = (
        "services:\n  app:\n    image: example/assets:latest\n"
        "  db:\n    image: mysql:8.4\n  legacy:\n    image: mariadb:10.6\n"
    )
    backend = by_folder(write(tmp_path, laravel(compose)))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_mariadb_only_in_a_test_setup_does_not_refine(tmp_path: Path) -> None:
    files = laravel("services:\n  app:\n    image: example/assets:latest\n")
    files["tests/docker/compose.yml"] = "services:\n  db:\n    image: mariadb:11\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


API_PACKAGE = '{"dependencies": {"express": "^4.21.0", "mysql2": "^3.11.0", "pg": "^8.13.0"}}\n'
API_INDEX = "const express = require('express');\nconst app = express();\n"


def test_compose_application_settings_name_the_engine(tmp_path: Path) -> None:
    # Drivers of two engines; the shipped Compose file runs the app against a managed
    # PostgreSQL (no database service of its own) through its DATABASE_URL.
    compose = (
        "services:\n  api:\n    build: .\n    environment:\n"
        "      - NODE_ENV=production\n"
        "      - DATABASE_URL=postgres://app:s3cret@db.example.com:5432/app\n"
    )
    files = {"package.json": API_PACKAGE, "index.js": API_INDEX, "docker-compose.yml": compose}
    engine = primary(by_folder(write(tmp_path, files))["."], K.DATABASE)
    assert engine.name == "PostgreSQL"
    compose_lines = [e for e in engine.evidence if e.path == "docker-compose.yml"]
    assert compose_lines and compose_lines[0].line == 6
    assert "s3cret" not in compose_lines[0].text


def test_compose_engine_key_default_of_an_interpolation(tmp_path: Path) -> None:
    # `DB_ENGINE: ${APP_DB_ENGINE:-sqlite}`: the engine the deployment runs unless told.
    pyproject = (
        '[project]\nname = "recipes"\n'
        'dependencies = ["fastapi>=0.115", "sqlalchemy>=2", "psycopg2-binary>=2.9"]\n'
    )
    compose = (
        "services:\n  recipes:\n    build:\n      context: .\n    environment:\n"
        "      DB_ENGINE: ${APP_DB_ENGINE:-sqlite}\n"
    )
    files = {
        "pyproject.toml": pyproject,
        "main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "docker-compose.yml": compose,
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


def test_compose_test_database_setting_is_not_the_engine(tmp_path: Path) -> None:
    compose = (
        "services:\n  api:\n    build: .\n    environment:\n"
        "      DATABASE_URL: postgres://app@db/app\n"
        "      TEST_DATABASE_URL: mysql://app@db/app_test\n"
    )
    files = {
        "package.json": '{"dependencies": {"express": "^4.21.0"}}\n',
        "index.js": API_INDEX,
        "docker-compose.yml": compose,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert [f.name for f in backend.findings if f.kind is K.DATABASE] == ["PostgreSQL"]


def test_rails_production_adapter_is_the_engine(tmp_path: Path) -> None:
    # Both gems are runtime dependencies and both adapters are in database.yml: the one of
    # the production environment is the deployed engine.
    gemfile = (
        "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.1.3'\n"
        "gem 'mysql2', '~> 0.5'\ngem 'pg', '~> 1.5'\n"
    )
    database_yml = (
        "development:\n  adapter: mysql2\n  database: app_development\n\n"
        "test:\n  adapter: mysql2\n  database: app_test\n\n"
        "production:\n  # managed database\n  encoding: unicode\n\n"
        "  adapter: postgresql\n  url: <%= ENV['DATABASE_URL'] %>\n"
    )
    files = {
        "Gemfile": gemfile,
        "config/application.rb": "module App\n  class Application < Rails::Application\n"
        "  end\nend\n",
        "config/database.yml": database_yml,
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "PostgreSQL"
