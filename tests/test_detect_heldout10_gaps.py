"""Generic gaps the tenth held-out set showed (benchmarks/detect_heldout10.yaml), each as a
small fixture of the real files' shape (#19): Pyramid served through its Configurator's WSGI
app; rusqlite, in a workspace crate the server uses, as the data layer and SQLite as the
engine (and the query library more crates use ranking first); a settings schema's database
section whose engine key has a default, beating the driver of an optional extra; a flat
`db-type:` key in a shipped config.yaml; the engine an application image's final stage sets
in its ENV; Jdbi, over the Spring Boot JDBC starter it runs on; a version property a
parent pom defines, and the Boot plugin's version."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, cargo, dep, go_mod, pom, write

from designer.model.stack import FindingKind as K

# --- Pyramid ---------------------------------------------------------------------------------

_PYRAMID_CONFIG = (
    "from pyramid.config import Configurator\n\n\n"
    "def configure(settings=None):\n    config = Configurator(settings=settings or {})\n"
    "    config.include('pyramid_tm')\n    return config\n"
)


def test_a_pyramid_wsgi_app_is_a_backend_on_its_pinned_version(tmp_path: Path) -> None:
    # A pip-compiled requirements file and a wsgi module making the Configurator's app.
    files = {
        "requirements/main.txt": "pyramid==2.1 \\\n    --hash=sha256:00\nsqlalchemy==2.0.51\n",
        "app/config.py": _PYRAMID_CONFIG,
        "app/wsgi.py": "from app.config import configure\n\n"
        "application = configure().make_wsgi_app()\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("Pyramid", "==2.1")
    pyramid = next(f for f in found["."].findings if f.name == "Pyramid")
    assert "app/wsgi.py" in {e.path for e in pyramid.evidence}


def test_pyramid_has_stack_defaults() -> None:
    from designer.questionnaire.stacks import FRAMEWORKS

    assert FRAMEWORKS["Pyramid"].language == "Python"


# --- rusqlite through a workspace crate ------------------------------------------------------


def test_rusqlite_in_a_workspace_crate_is_the_data_layer_and_sqlite_the_engine(
    tmp_path: Path,
) -> None:
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/server", "crates/core"]\n',
        "crates/server/Cargo.toml": cargo('axum = "0.8"', 'core = { path = "../core/" }'),
        "crates/server/src/main.rs": "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
        "    let listener = tokio::net::TcpListener::bind(\"0.0.0.0:8088\").await.unwrap();\n"
        "    axum::serve(listener, Router::new()).await.unwrap();\n}\n",
        "crates/core/Cargo.toml": cargo('rusqlite = { version = "0.40", features = ["bundled"] }')
        .replace('name = "app"', 'name = "core"'),
        "crates/core/src/lib.rs": "pub fn open() -> rusqlite::Connection {\n"
        "    rusqlite::Connection::open_in_memory().unwrap()\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    server = found["crates/server"]
    assert first(server, K.QUERY)[0] == "rusqlite"
    assert first(server, K.DATABASE)[0] == "SQLite"


def test_the_query_library_more_crates_use_is_the_data_layer(tmp_path: Path) -> None:
    # The server's crates query through sqlx; one also links rusqlite for its update hooks.
    sqlx = 'sqlx = { version = "0.5", features = ["runtime-tokio-rustls", "sqlite"] }'
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["app", "core", "database", "web"]\n',
        "app/Cargo.toml": cargo(*(f'{c} = {{ path = "../{c}" }}' for c in ("core", "web"))),
        "app/src/main.rs": "#[tokio::main]\nasync fn main() {\n    web::serve().await;\n}\n",
        "web/Cargo.toml": cargo('axum = "0.6"', sqlx, 'database = { path = "../database" }')
        .replace('name = "app"', 'name = "web"'),
        "web/src/lib.rs": "pub async fn serve() {\n"
        "    axum::Server::bind(&([0, 0, 0, 0], 8000).into());\n}\n",
        "database/Cargo.toml": cargo(sqlx).replace('name = "app"', 'name = "database"'),
        "core/Cargo.toml": cargo('rusqlite = { version = "0.27.0", features = ["hooks"] }', sqlx)
        .replace('name = "app"', 'name = "core"'),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["app"], K.QUERY)[0] == "sqlx"


# --- A settings schema's default -------------------------------------------------------------

_SCHEMA = (
    "import os\n\nCONFIG = {\n    \"site\": {\n        \"debug\": {\"default\": False},\n    },\n"
    "    \"database\": {\n{lines}    },\n}\n"
)


@pytest.mark.parametrize(
    ("lines", "engine"),
    [
        # pretalx: the backend key's default, read from the environment otherwise.
        ('        "backend": {"default": "sqlite3", "env": os.getenv("APP_DB_TYPE")},\n'
         '        "name": {"env": os.getenv("APP_DB_NAME")},\n', "SQLite"),
        # The engine key further down the section still counts.
        ('        "name": {"env": os.getenv("APP_DB_NAME")},\n'
         '        "engine": {"default": "sqlite3"},\n', "SQLite"),
        # No default for the engine: the driver decides.
        ('        "backend": {"env": os.getenv("APP_DB_TYPE")},\n'
         '        "name": {"default": "sqlite3"},\n', "PostgreSQL"),
    ],
)
def test_a_settings_schemas_engine_default_beats_an_optional_driver(
    tmp_path: Path, lines: str, engine: str
) -> None:
    files = {
        "pyproject.toml": '[project]\nname = "app"\ndependencies = ["Django~=6.0.0"]\n\n'
        '[project.optional-dependencies]\npostgres = ["psycopg2-binary~=2.9.0"]\n',
        "src/manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'app.settings')\n",
        "src/app/config.py": _SCHEMA.replace("{lines}", lines),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == engine


# --- A flat engine key in a shipped config.yaml ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "engine"),
    [
        # gotosocial: `db-type: "sqlite"` in example/config.yaml, no default in code.
        ('db-type: "sqlite"\n', "SQLite"),
        ("database_driver: sqlite3\n", "SQLite"),
        # A key that names no engine setting: the drivers and the Compose file decide.
        ('storage-type: "sqlite"\n', "PostgreSQL"),
    ],
)
def test_a_flat_engine_key_in_a_shipped_config_file_beats_drivers(
    tmp_path: Path, line: str, engine: str
) -> None:
    files = {
        "go.mod": go_mod("github.com/gin-gonic/gin v1.10.1", "github.com/jackc/pgx/v5 v5.7.6",
                         "modernc.org/sqlite v1.39.0"),
        "main.go": 'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
        'func main() {\n\tr := gin.Default()\n\tr.Run(":8080")\n}\n',
        "example/config.yaml": "# Options: [\"postgres\",\"sqlite\"]\n" + line,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == engine


# --- The engine an application's image sets --------------------------------------------------

_LARAVEL = {
    "composer.json": '{\n  "require": {\n    "php": "^8.2",\n'
    '    "laravel/framework": "^13.0"\n  },\n'
    '  "require-dev": {\n    "phpunit/phpunit": "^13.0"\n  }\n}\n',
    "artisan": "#!/usr/bin/env php\n<?php\nuse Illuminate\\Foundation\\Application;\n",
    "config/database.php": "<?php\n\nreturn [\n"
    "    'default' => envUnlessEmpty('DB_CONNECTION', 'mysql'),\n];\n",
    ".env.example": "# DB_CONNECTION=sqlite\nDB_CONNECTION=\n",
}


@pytest.mark.parametrize(
    ("dockerfile", "engine"),
    [
        # 2FAuth: the final stage's ENV, several variables on continuation lines.
        ("FROM composer:2 AS vendor\nRUN composer install\n\nFROM php:8.4-fpm-alpine\n"
         "ENV \\\n    LOG_CHANNEL=daily \\\n    DB_CONNECTION=sqlite \\\n"
         '    DB_DATABASE="/srv/database/database.sqlite"\n', "SQLite"),
        ("FROM php:8.4-fpm-alpine\nENV DB_CONNECTION=\"pgsql\" APP_ENV=production\n",
         "PostgreSQL"),
        # An ENV of a build stage does not reach the image that runs.
        ("FROM php:8.4-cli AS build\nENV DB_CONNECTION=sqlite\nRUN php artisan optimize\n\n"
         "FROM php:8.4-fpm-alpine\nCOPY --from=build /app /app\n", ""),
    ],
)
def test_the_engine_the_applications_image_sets_is_the_deployed_one(
    tmp_path: Path, dockerfile: str, engine: str
) -> None:
    found = by_folder(write(tmp_path, {**_LARAVEL, "Dockerfile": dockerfile}))
    assert first(found["."], K.DATABASE)[0] == engine


# --- Jdbi over Spring Boot's JDBC starter ----------------------------------------------------

_BOOT_APP = (
    "package app;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class App {\n    public static void main(String[] args) {\n"
    "        SpringApplication.run(App.class, args);\n    }\n}\n"
)


@pytest.mark.parametrize(
    ("extra", "query"),
    [
        # Hangar: SqlObject DAOs over the DataSource the JDBC starter configures.
        (("jdbi3-core", "jdbi3-sqlobject"), "Jdbi"),
        # The starter alone: JdbcTemplate is the data layer.
        ((), "Spring JDBC"),
    ],
)
def test_jdbi_over_the_spring_jdbc_starter_is_the_data_layer(
    tmp_path: Path, extra: tuple[str, ...], query: str
) -> None:
    deps = [
        dep("org.springframework.boot", "spring-boot-starter-web"),
        dep("org.springframework.boot", "spring-boot-starter-jdbc"),
        *(dep("org.jdbi", artifact, version="3.54.0") for artifact in extra),
        dep("org.postgresql", "postgresql"),
    ]
    files = {
        "backend/pom.xml": pom("\n".join(deps), SPRING_PARENT),
        "backend/src/main/java/app/App.java": _BOOT_APP,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["backend"], K.QUERY)[0] == query


# --- A Spring Boot version a parent pom keeps as a property ----------------------------------

_ROOT_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>parent</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <spring-boot.version>3.5.16</spring-boot.version>
  </properties>
  <modules><module>modules/server</module><module>modules/server-boot</module></modules>
</project>
"""
_MODULE_PARENT = (
    "  <parent>\n    <groupId>org.example</groupId>\n    <artifactId>parent</artifactId>\n"
    "    <version>1.0</version>\n    <relativePath>../..</relativePath>\n  </parent>"
)
_BOOT_PLUGIN = (
    "  <build>\n    <plugins>\n      <plugin>\n"
    "        <groupId>org.springframework.boot</groupId>\n"
    "        <artifactId>spring-boot-maven-plugin</artifactId>\n"
    "        <version>${spring-boot.version}</version>\n      </plugin>\n    </plugins>\n  </build>"
)


def test_a_version_property_of_a_parent_pom_resolves_in_its_modules(tmp_path: Path) -> None:
    # DSpace: the WAR module names the starter at the parent's property; the runnable jar
    # module only pins the Boot plugin at it.
    boot = dep("org.springframework.boot", "spring-boot-starter-tomcat",
               version="${spring-boot.version}")
    files = {
        "pom.xml": _ROOT_POM,
        "modules/server/pom.xml": pom(boot, _MODULE_PARENT),
        "modules/server/src/main/java/app/App.java": _BOOT_APP,
        "modules/server-boot/pom.xml": pom(
            dep("org.springframework.boot", "spring-boot-starter"), _MODULE_PARENT, _BOOT_PLUGIN
        ),
        "modules/server-boot/src/main/java/app/App.java": _BOOT_APP,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["modules/server"], K.FRAMEWORK) == ("Spring Boot", "3.5.16")
    assert first(found["modules/server-boot"], K.FRAMEWORK) == ("Spring Boot", "3.5.16")


def test_a_property_no_pom_above_defines_stays_as_written(tmp_path: Path) -> None:
    boot = dep("org.springframework.boot", "spring-boot-starter-web", version="${boot.v}")
    files = {
        "pom.xml": _ROOT_POM,
        "modules/server/pom.xml": pom(boot, _MODULE_PARENT),
        "modules/server/src/main/java/app/App.java": _BOOT_APP,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["modules/server"], K.FRAMEWORK)[1] != "3.5.16"
