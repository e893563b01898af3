"""Generic gaps the seventeenth held-out set showed (benchmarks/detect_heldout17.yaml), each as a
small fixture of the real files' shape (#19): pip files one level down a `requirements/`
folder; a Cypress folder's stubs; a Rust test build's single `#[cfg(test)]` item; an example
settings file's engine key; ASP.NET Core's standalone packages on .NET Framework and ASP.NET
MVC versioned from its project's target when its package is lent; a test project that names
nothing it tests beside others that do; bbolt used directly; a SQLite binding beside a
PostgreSQL service; a Maven parent's own parent BOM; a Compose database built from a
database image kept in the tree."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import cargo, dep, go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- Python: pip files under requirements/<target>/ --------------------------------------------

_FLASK_APP = "from flask import Flask\n\napp = Flask(__name__)\n"


def test_pip_files_one_level_down_requirements_are_the_projects(tmp_path: Path) -> None:
    files = {
        "app/setup.py": (
            'import setuptools\n\nsetuptools.setup(name="app", python_requires=">=3.8")\n'
        ),
        "app/requirements/python3/requirements.txt": (
            "flask==2.0.3 \\\n    --hash=sha256:00\nflask-sqlalchemy==2.5.1 \\\n"
            "    --hash=sha256:11\nsqlalchemy==1.3.3 \\\n    --hash=sha256:22\n"
        ),
        "app/requirements/python3/requirements.in": "Flask>=2.0.3,<2.1.0\n",
        "app/web/__init__.py": _FLASK_APP,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["app"]
    assert first(found["app"], K.FRAMEWORK) == ("Flask", "==2.0.3")
    assert first(found["app"], K.ORM)[0] == "SQLAlchemy"


# --- Node: a Cypress folder's API stubs are no database -----------------------------------------

def _admin_ui(extra: dict[str, str]) -> dict[str, str]:
    return {
        "clients/package.json": package_json({}, workspaces=["admin-ui"]),
        "clients/admin-ui/package.json": package_json(
            {"next": "^16.2.0"}, {"cypress": "^15.4.0", "jest": "^29.7.0"}
        ),
        "clients/admin-ui/src/pages/index.tsx": "export default function Home() { return null; }\n",
        "clients/admin-ui/cypress/support/stubs.ts": (
            "export const CONNECTION_STRING =\n"
            '  "postgresql://postgres:secret@app-db:5432/app_test";\n'
        ),
        **extra,
    }


def test_a_postgres_url_in_cypress_stubs_makes_no_next_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _admin_ui({}))) == {}


def test_a_next_app_reading_a_database_on_the_server_is_still_a_backend(tmp_path: Path) -> None:
    db = {"clients/admin-ui/src/lib/db.ts": 'export const url = "postgresql://app@db/app";\n'}
    backend = by_folder(write(tmp_path, _admin_ui(db)))["clients/admin-ui"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Rust: a test build's single item ends no code ------------------------------------------------

_APP_CONFIG = """use std::path::Path;

#[cfg(test)]
fn default_database_url() -> String {
    "sqlite://:memory:?cache=shared".to_owned()
}
#[cfg(not(test))]
fn default_database_url() -> String {
    String::new()
}

fn create_default_database(configuration_directory: &Path) -> String {
    let prefix = "sqlite://".to_owned();
    prefix + configuration_directory.join("app.db").to_str().unwrap()
}
"""
_COMPOSE_PROFILES = (
    "services:\n  web:\n    build: { context: \".\" }\n    depends_on: [postgres]\n"
    "    environment:\n      DATABASE_URL: postgres://root:secret@postgres/app\n"
    "  postgres:\n    profiles: [\"postgres\"]\n    image: postgres:18\n"
)


def _rust_app(config: str) -> dict[str, str]:
    return {
        "Cargo.toml": cargo(
            'actix-web = "4"',
            'sqlx = { version = "0.6", features = ["sqlite", "postgres", "mysql"] }',
        ),
        "src/main.rs": (
            "use actix_web::{App, HttpServer};\n\nmod app_config;\n\n#[actix_web::main]\n"
            "async fn main() { HttpServer::new(|| App::new()); }\n"
        ),
        "src/app_config.rs": config,
        "docker-compose.yml": _COMPOSE_PROFILES,
    }


def test_the_default_database_a_function_creates_after_a_test_item_is_the_engine(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _rust_app(_APP_CONFIG)))["."]
    # Over the compose's profile services: the program's own default.
    assert first(backend, K.DATABASE)[0] == "SQLite"
    evidence = next(f for f in backend.findings if f.kind is K.DATABASE).evidence
    assert any("create_default_database" in e.text for e in evidence)


def test_code_after_a_test_module_is_still_test_code(tmp_path: Path) -> None:
    config = _APP_CONFIG.replace("#[cfg(test)]\nfn", "#[cfg(test)]\nmod tests {\nfn", 1)
    config = config.replace("fn create_default_database", "}\nfn create_default_database")
    backend = by_folder(write(tmp_path, _rust_app(config)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Python: an example settings file's engine key ---------------------------------------------

_DJANGO = {
    "pyproject.toml": (
        '[project]\nname = "app"\ndependencies = [\n    "django==5.2.15",\n'
        '    "mysqlclient==2.2.4",\n    "psycopg2-binary==2.9.12",\n    "pymongo==4.6.3",\n]\n'
    ),
    "apps/manage.py": (
        "import os\n\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"app.settings\")\n"
    ),
    "apps/app/conf.py": "defaults = {\n    'DB_ENGINE': 'mysql',\n}\n",
}


def test_an_example_settings_files_engine_key_is_the_operators_choice(tmp_path: Path) -> None:
    example = (
        "# SQLite setting:\n# DB_ENGINE: sqlite3\n# MySQL or postgres setting like:\n"
        "DB_ENGINE: postgresql\nDB_HOST: 127.0.0.1\n"
    )
    files = {**_DJANGO, "config_example.yml": example}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    evidence = next(f for f in backend.findings if f.kind is K.DATABASE).evidence
    assert any(e.path == "config_example.yml" for e in evidence)


def test_a_commented_engine_key_in_the_example_names_nothing(tmp_path: Path) -> None:
    files = {**_DJANGO, "config_example.yml": "# DB_ENGINE: postgresql\nDB_HOST: 127.0.0.1\n"}
    backend = by_folder(write(tmp_path, files))["."]
    evidence = [e.path for f in backend.findings if f.kind is K.DATABASE for e in f.evidence]
    assert "config_example.yml" not in evidence


# --- .NET Framework: ASP.NET MVC lent by a library; ASP.NET Core's standalone packages ---------

_OLD_STYLE = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
    "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n"
    "    <TargetFrameworkVersion>v4.7.2</TargetFrameworkVersion>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n{items}\n  </ItemGroup>\n</Project>\n"
)
_GLOBAL_ASAX = (
    "using System.Web.Mvc;\n\nnamespace Gallery\n{\n    public class MvcApplication : "
    "System.Web.HttpApplication\n    {\n        protected void Application_Start()\n"
    "        {\n            AreaRegistration.RegisterAllAreas();\n        }\n    }\n}\n"
)


def _gallery() -> dict[str, str]:
    web = "\n".join((
        '    <PackageReference Include="Microsoft.AspNetCore.Cryptography.Internal" />',
        '    <PackageReference Include="System.Data.SqlClient" />',
        '    <ProjectReference Include="..\\Gallery.Services\\Gallery.Services.csproj" />',
    ))
    return {
        "Gallery.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "Directory.Packages.props": (
            "<Project>\n  <ItemGroup>\n"
            '    <PackageVersion Include="Microsoft.AspNet.Mvc" Version="5.2.9" />\n'
            '    <PackageVersion Include="xunit" Version="2.9.0" />\n'
            "  </ItemGroup>\n</Project>\n"
        ),
        "src/Gallery/Gallery.csproj": _OLD_STYLE.format(items=web),
        "src/Gallery/Global.asax.cs": _GLOBAL_ASAX,
        "src/Gallery.Services/Gallery.Services.csproj": _OLD_STYLE.format(
            items='    <PackageReference Include="Microsoft.AspNet.Mvc" />'
        ),
        "src/Redirect/Redirect.csproj": _OLD_STYLE.format(
            items='    <PackageReference Include="Microsoft.AspNet.Mvc" />'
        ),
        "src/Redirect/Global.asax.cs": _GLOBAL_ASAX.replace("Gallery", "Redirect"),
        "tests/Gallery.Facts/Gallery.Facts.csproj": csproj("xunit", test=True).replace(
            "</Project>",
            '  <ItemGroup>\n    <ProjectReference Include="..\\..\\src\\Gallery\\Gallery.csproj"'
            " />\n  </ItemGroup>\n</Project>",
        ),
        "tests/Search.FunctionalTests/Search.FunctionalTests.csproj": csproj("xunit", test=True),
    }


def test_aspnet_mvc_lent_by_a_library_runs_on_the_projects_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _gallery()))
    gallery = found["src/Gallery"]
    frameworks = [f.name for f in gallery.findings if f.kind is K.FRAMEWORK]
    # Key derivation from ASP.NET Core's packages makes no ASP.NET Core app.
    assert frameworks == ["ASP.NET MVC"]
    assert first(gallery, K.FRAMEWORK) == ("ASP.NET MVC", "4.7.2")
    # The library's package, flowing on to the project referencing it, confirms it.
    assert not gallery.ambiguous


def test_a_test_project_naming_nothing_tests_no_service_beside_ones_that_do(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _gallery()))
    assert sorted(found) == ["src/Gallery", "src/Redirect"]
    assert first(found["src/Gallery"], K.TEST)[0] == "xUnit"
    assert first(found["src/Redirect"], K.TEST) == ("", "")


# --- Go: bbolt used directly --------------------------------------------------------------------

_MUX_MAIN = (
    'package main\n\nimport "github.com/gorilla/mux"\n\n'
    "func main() { r := mux.NewRouter(); _ = r }\n"
)


def test_bbolt_used_directly_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/gorilla/mux v1.8.1", "go.etcd.io/bbolt v1.3.10"),
        "main.go": _MUX_MAIN,
        "database/boltdb/db.go": (
            'package boltdb\n\nimport bolt "go.etcd.io/bbolt"\n\ntype DB struct{ conn *bolt.DB }\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY) == ("bbolt", "v1.3.10")
    assert first(backend, K.DATABASE)[0] == "BoltDB"


def test_storm_stays_the_data_layer_over_bbolt(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/gorilla/mux v1.8.1", "github.com/asdine/storm/v3 v3.2.1",
                         "go.etcd.io/bbolt v1.3.10"),
        "main.go": _MUX_MAIN,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Storm"


# --- Rust: a SQLite binding beside a PostgreSQL service ------------------------------------------

def test_a_sqlite_binding_beside_a_postgres_service_is_no_data_layer(tmp_path: Path) -> None:
    files = {
        "Cargo.toml": cargo(
            'axum = "0.6.20"',
            'rusqlite = { version = "0.30.0", features = ["bundled"] }',
            'sqlx = { version = "0.7.3", features = ["runtime-tokio", "postgres"] }',
        ),
        "src/main.rs": (
            "use axum::Router;\n\n#[tokio::main]\nasync fn main() { let app = Router::new(); }\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.QUERY)[0] == "sqlx"


# --- Maven: the parent's own parent is the build's BOM module -------------------------------------

def test_spring_boot_versioned_from_the_roots_parent_bom(tmp_path: Path) -> None:
    bom = (
        "<project>\n  <groupId>org.example</groupId>\n  <artifactId>bom</artifactId>\n"
        "  <version>1.0</version>\n  <packaging>pom</packaging>\n"
        "  <properties>\n    <spring-boot.version>3.5.12</spring-boot.version>\n"
        "  </properties>\n  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
        "        <groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-dependencies</artifactId>\n"
        "        <version>${spring-boot.version}</version>\n        <type>pom</type>\n"
        "        <scope>import</scope>\n      </dependency>\n    </dependencies>\n"
        "  </dependencyManagement>\n</project>\n"
    )
    root = (
        "<project>\n  <parent>\n    <groupId>org.example</groupId>\n"
        "    <artifactId>bom</artifactId>\n    <version>1.0</version>\n"
        "    <relativePath>/bom/pom.xml</relativePath>\n  </parent>\n"
        "  <artifactId>server</artifactId>\n  <packaging>pom</packaging>\n"
        "  <modules>\n    <module>bom</module>\n    <module>application</module>\n"
        "  </modules>\n</project>\n"
    )
    application = (
        "<project>\n  <parent>\n    <groupId>org.example</groupId>\n"
        "    <artifactId>server</artifactId>\n    <version>1.0</version>\n  </parent>\n"
        "  <artifactId>application</artifactId>\n  <dependencies>\n"
        + dep("org.springframework.boot", "spring-boot-starter-web")
        + "\n  </dependencies>\n</project>\n"
    )
    files = {
        "pom.xml": root,
        "bom/pom.xml": bom,
        "application/pom.xml": application,
        "application/src/main/java/org/example/Server.java": (
            "package org.example;\n\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class Server {}\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["application"]
    assert first(found["application"], K.FRAMEWORK) == ("Spring Boot", "3.5.12")


# --- Compose: a database service built from a database image in the tree ------------------------

def test_a_compose_database_built_from_a_mariadb_image_is_mariadb(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({}, workspaces=["packages/*"]),
        "packages/server/package.json": package_json(
            {"@nestjs/core": "10.4.7", "objection": "3.1.5", "knex": "3.1.0", "mysql2": "3.11.3"}
        ),
        "packages/server/src/main.ts": (
            "import { NestFactory } from '@nestjs/core';\n\n"
            "async function bootstrap() { const app = await NestFactory.create(AppModule); }\n"
        ),
        "docker/mariadb/Dockerfile": "FROM mariadb:10.2\n\nCOPY ./init.sql /scripts/init.sql\n",
        "docker-compose.prod.yml": (
            "services:\n  server:\n    image: example/server:latest\n    depends_on:\n"
            "      - mysql\n  mysql:\n    build:\n      context: ./docker/mariadb\n"
            "    environment:\n      - MYSQL_DATABASE=app\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["packages/server"]
    assert first(found["packages/server"], K.DATABASE) == ("MariaDB", "10.2")


# --- Go: a default database address on CockroachDB's port ---------------------------------------

def _nakama(address: str) -> dict[str, str]:
    return {
        "go.mod": go_mod("github.com/gorilla/mux v1.8.1", "github.com/jackc/pgx/v5 v5.10.0"),
        "main.go": _MUX_MAIN,
        "server/config.go": (
            "package server\n\ntype DatabaseConfig struct {\n"
            "\tAddresses []string `yaml:\"address\"`\n}\n\n"
            "func NewDatabaseConfig() *DatabaseConfig {\n\treturn &DatabaseConfig{\n"
            f'\t\tAddresses:   []string{{"{address}"}},\n\t\tMaxOpenConns: 100,\n\t}}\n}}\n'
        ),
        "docker-compose-postgres.yml": (
            "services:\n  postgres:\n    image: postgres:16.8-alpine\n"
            "  app:\n    image: example/app:3.37.0\n    depends_on: [postgres]\n"
        ),
    }


def test_a_default_address_on_cockroachdbs_port_is_cockroachdb(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _nakama("root@localhost:26257")))["."]
    assert first(backend, K.DATABASE)[0] == "CockroachDB"


def test_a_default_address_on_postgres_port_names_no_cockroachdb(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _nakama("postgres@localhost:5432")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
