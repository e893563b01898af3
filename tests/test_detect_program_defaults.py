"""The engine a program runs on by default (#19, the seventh held-out set's engine misses):
its own default (a switch's default branch, a flag's default value, a struct tag's default, a
method building the default JDBC URL, the branch taken without a database URL, a shipped
settings section, the anchor a Rails database.yml merges) outranks drivers compiled in for
optional engines and a Compose file's database (designer/detect/defaults.py). Each fixture is
built in the test from the real files' shapes; nothing contacts the network."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import WEB_MAIN, by_folder, csproj, first
from test_detect_projects import dep, go_mod, package_json, pom, write

from designer.model.stack import FindingKind as K

POSTGRES_COMPOSE = """\
services:
  app:
    build: .
    depends_on: [db]
  db:
    image: postgres:17
"""

# --- Node: the default branch of a switch over the engine setting ---------------------------

DATA_SOURCE = """\
import { DataSource } from 'typeorm'

export const init = () => {
    switch (process.env.DATABASE_TYPE) {
        case 'mysql':
            ds = new DataSource({
                type: 'mysql',
                port: 3306,
            })
            break
        case 'postgres':
            ds = new DataSource({
                type: 'postgres',
            })
            break
        default:
            homePath = process.env.DATABASE_PATH ?? home
            ds = new DataSource({
                type: 'sqlite',
                database: 'database.sqlite',
            })
    }
}
"""


def _node(source: str) -> dict[str, str]:
    deps = {"express": "4.18.3", "typeorm": "0.3.20", "mysql2": "3.11.3", "pg": "8.11.1"}
    return {
        "package.json": package_json({**deps, "sqlite3": "5.1.6"}),
        "src/index.ts": "const express = require('express')\nexpress().listen(3000)\n",
        "src/DataSource.ts": source,
    }


def test_switch_default_branch_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _node(DATA_SOURCE)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_switch_without_default_branch_proves_no_default(tmp_path: Path) -> None:
    source = DATA_SOURCE.replace("        default:\n", "        case 'sqlite':\n")
    backend = by_folder(write(tmp_path, _node(source)))["."]
    assert first(backend, K.DATABASE)[0] != "SQLite"


# --- Go: a flag's default value and a struct tag's default ---------------------------------

FLAGS = """\
package main

var flags = []cli.Flag{
	&cli.StringFlag{
		Sources: cli.EnvVars("APP_DATABASE_DRIVER"),
		Name:    "db-driver",
		Usage:   "database driver",
		Value:   "sqlite3",
	},
	&cli.StringFlag{
		Name:  "log-level",
		Value: "info",
	},
}
"""

GO_MAIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default() }\n'


def _go(files: dict[str, str]) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.0",
            "github.com/lib/pq v1.10.9",
            "github.com/go-sql-driver/mysql v1.8.1",
            "github.com/mattn/go-sqlite3 v1.14.22",
        ),
        "main.go": GO_MAIN,
        **files,
    }


def test_flag_default_value_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _go({"flags.go": FLAGS})))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_default_of_another_flag_names_no_engine(tmp_path: Path) -> None:
    flags = FLAGS.replace('"db-driver"', '"log-format"')
    backend = by_folder(write(tmp_path, _go({"flags.go": flags})))["."]
    assert first(backend, K.DATABASE)[0] != "SQLite"


CONFIG = """\
package config

type dbConfig struct {
	Host string `env:"APP_DB_HOST"`
	Type string `yaml:"dialect" default:"sqlite3" env:"APP_DB_TYPE"`
}
"""


def test_struct_tag_default_outranks_a_compose_database(tmp_path: Path) -> None:
    files = _go({"config/config.go": CONFIG, "compose.yml": POSTGRES_COMPOSE})
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_compose_database_outranks_drivers_without_a_default(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _go({"compose.yml": POSTGRES_COMPOSE})))["."]
    assert first(backend, K.DATABASE) == ("PostgreSQL", "17")


def test_struct_tag_default_of_another_setting_names_no_engine(tmp_path: Path) -> None:
    config = CONFIG.replace('yaml:"dialect"', 'yaml:"name"').replace("APP_DB_TYPE", "APP_NAME")
    files = _go({"config/config.go": config, "compose.yml": POSTGRES_COMPOSE})
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- JVM: a method building the default JDBC URL ---------------------------------------------

SETTINGS_SERVICE = """\
package org.example.service;

public class SettingsService {
    public static String getDefaultJDBCUrl() {
        return "jdbc:hsqldb:file:" + home().resolve("db") + ";shutdown=true";
    }
}
"""

BOOT_APP = (
    "package org.example;\n\n@SpringBootApplication\npublic class Application {\n"
    "    public static void main(String[] args) { SpringApplication.run(Application.class); }\n"
    "}\n"
)


def _spring(service: str) -> dict[str, str]:
    deps = "".join(
        (
            dep("org.springframework.boot", "spring-boot-starter-web"),
            dep("org.hsqldb", "hsqldb"),
            dep("org.postgresql", "postgresql"),
            dep("org.mariadb.jdbc", "mariadb-java-client"),
        )
    )
    return {
        "pom.xml": pom(deps),
        "src/main/java/org/example/Application.java": BOOT_APP,
        "src/main/java/org/example/SettingsService.java": service,
    }


def test_default_jdbc_url_method_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _spring(SETTINGS_SERVICE)))["."]
    assert first(backend, K.DATABASE)[0] == "HSQLDB"


def test_jdbc_url_of_another_method_proves_no_default(tmp_path: Path) -> None:
    service = SETTINGS_SERVICE.replace("getDefaultJDBCUrl", "getBackupJDBCUrl")
    backend = by_folder(write(tmp_path, _spring(service)))["."]
    assert first(backend, K.DATABASE)[0] != "HSQLDB"


# --- Python: the branch taken when no database URL is set ------------------------------------

DB_MODULE = """\
class Database:
    def __init__(self, name):
        if self.type == POSTGRES and settings.app_database_url:
            database_uri = settings.app_database_url.replace(
                "postgres://", "postgresql+asyncpg://"
            )

        else:
            self.path = os.path.join(settings.data_folder, f"{name}.sqlite3")
            database_uri = f"sqlite+aiosqlite:///{self.path}"
"""

PYPROJECT = """\
[project]
name = "wallet"
dependencies = [
    "fastapi==0.115.0",
    "asyncpg==0.31.0",
    "aiosqlite==0.22.1",
]
"""

REGTEST_COMPOSE = POSTGRES_COMPOSE.replace("build: .", "build: ../..")


def _python(module: str) -> dict[str, str]:
    return {
        "pyproject.toml": PYPROJECT,
        "app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "app/db.py": module,
        "docker/regtest/docker-compose.yml": REGTEST_COMPOSE,
    }


def test_branch_without_a_database_url_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _python(DB_MODULE)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_sqlite_url_outside_that_else_branch_proves_no_default(tmp_path: Path) -> None:
    module = DB_MODULE.replace("        else:\n", "        if testing:\n")
    backend = by_folder(write(tmp_path, _python(module)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- .NET: the shipped settings' database section -------------------------------------------

APPSETTINGS = """\
{
  "Database": {
    "Type": "Sqlite",
    "ConnectionString": "Data Source=app.db"
  },
  "Storage": {
    "Type": "FileSystem"
  }
}
"""


def _dotnet(settings: str) -> dict[str, str]:
    return {
        "src/App/App.csproj": csproj("Microsoft.EntityFrameworkCore", sdk="Microsoft.NET.Sdk.Web"),
        "src/App/Program.cs": WEB_MAIN,
        "src/App/appsettings.json": settings,
        "src/App.MySql/App.MySql.csproj": csproj("Pomelo.EntityFrameworkCore.MySql"),
        "src/App.MySql/MySqlContext.cs": "using MySql.Data.MySqlClient;\n",
        "src/App.Sqlite/App.Sqlite.csproj": csproj("Microsoft.EntityFrameworkCore.Sqlite"),
        "src/App.Sqlite/SqliteContext.cs": "using Microsoft.Data.Sqlite;\n",
    }


def test_settings_database_section_type_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dotnet(APPSETTINGS)))
    assert first(found["src/App"], K.DATABASE)[0] == "SQLite"


def test_type_of_another_settings_section_names_no_engine(tmp_path: Path) -> None:
    settings = APPSETTINGS.replace('"Database"', '"Mirror"')
    found = by_folder(write(tmp_path, _dotnet(settings)))
    assert first(found["src/App"], K.DATABASE)[0] != "SQLite"


# --- Ruby: the anchor a database.yml example merges -----------------------------------------

DATABASE_YML = """\
postgresql: &postgresql
  adapter: postgresql
  host: "localhost"

mysql: &mysql
  adapter: mysql2
  host: "localhost"

common: &common
  # Choose one of the following
  <<: *postgresql
  #<<: *mysql

production:
  <<: *common
"""

GEMFILE = 'source "https://rubygems.org"\ngem "rails", "7.1.3"\ngem "mysql2", "0.5.7"\n'


RAILS_APP = "module App\n  class Application < Rails::Application\n  end\nend\n"


def _rails(database: str) -> dict[str, str]:
    return {
        "Gemfile": GEMFILE + 'gem "pg", "1.6.3"\n',
        "config/application.rb": RAILS_APP,
        "config/database.yml.example": database,
    }


def test_merged_anchor_of_a_database_yml_example_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _rails(DATABASE_YML)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_commented_merge_names_no_engine(tmp_path: Path) -> None:
    chosen = "  <<: *postgresql\n  #<<: *mysql"
    database = DATABASE_YML.replace(chosen, "  #<<: *postgresql\n  <<: *mysql")
    backend = by_folder(write(tmp_path, _rails(database)))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_flags_module_is_read_past_the_folder_quota(tmp_path: Path) -> None:
    # A CLI declares its settings in `cmd/server/flags.go`, below many ordinary files.
    ordinary = {f"pkg/util{i}.go": f"package pkg\n\nfunc F{i}() {{}}\n" for i in range(40)}
    files = _go({**ordinary, "cmd/server/flags.go": FLAGS})
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
