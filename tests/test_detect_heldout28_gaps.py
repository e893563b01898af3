"""Generic gaps the twenty-eighth held-out set showed (benchmarks/detect_heldout28.yaml), each
as a small fixture of the real files' shape (#19): stores no set had (BuntDB, Google Cloud
Datastore, PouchDB); r2d2's per-engine pools with the engine a Rust settings type defaults to
outranking a Compose database; Jdbi's DAOs beside a JPA provider no source file uses; a Gradle
library module that applies the Spring Boot plugin with its boot jar turned off."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout27_gaps import _data_layer
from test_detect_projects import cargo, dep, go_mod, package_json, pom, write

from designer.model.stack import FindingKind as K

# --- Go, Python, Node: stores no set had ---------------------------------------------------------


def test_buntdb_is_the_embedded_store_and_its_data_layer(tmp_path: Path) -> None:
    """dkron: Gin over tidwall/buntdb (jobs kept through `db.Update(func(tx *buntdb.Tx)…)`)."""
    files = {
        "go.mod": go_mod("github.com/gin-gonic/gin v1.11.0", "github.com/tidwall/buntdb v1.3.2"),
        "main.go": (
            'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
            "func main() {\n\tr := gin.Default()\n\t_ = r.Run()\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert _data_layer(backend) == "buntdb"
    assert first(backend, K.DATABASE)[0] == "BuntDB"


def test_google_cloud_datastore_client_names_its_engine(tmp_path: Path) -> None:
    """eq-questionnaire-runner: Flask storing through google-cloud-datastore (Redis beside it
    holds sessions, a cache, not the engine)."""
    files = {
        "pyproject.toml": (
            '[tool.poetry]\nname = "runner"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\n'
            'python = "^3.12"\nflask = "^3.1.0"\ngoogle-cloud-datastore = "^2.19.0"\n'
            'redis = "^7.1.0"\n'
        ),
        "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Flask"
    assert first(backend, K.DATABASE)[0] == "Google Cloud Datastore"


def test_pouchdb_core_is_the_data_layer(tmp_path: Path) -> None:
    """cht-core api: Express with PouchDB assembled from pouchdb-core and its plugins."""
    files = {
        "package.json": package_json(
            {"express": "^5.2.1", "pouchdb-adapter-http": "^9.0.0", "pouchdb-core": "^9.0.0"}
        ),
        "server.js": (
            "const express = require('express');\nconst app = express();\napp.listen(5988);\n"
        ),
        "src/db.js": "const PouchDB = require('pouchdb-core');\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert _data_layer(backend) == "PouchDB"


# --- Rust ----------------------------------------------------------------------------------------


def _tracker(default: str) -> dict[str, str]:
    """torrust-tracker's shape: r2d2 pools for SQLite and MySQL, the settings type's default
    driver, a compose file running MySQL beside the tracker."""
    return {
        "Cargo.toml": cargo(
            'axum = "0"', 'r2d2 = "0"', 'r2d2_mysql = "25"',
            'r2d2_sqlite = { version = "0", features = ["bundled"] }',
        ),
        "src/main.rs": (
            "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
            "    let app: Router = Router::new();\n    let _ = app;\n}\n"
        ),
        "src/config/database.rs": (
            "pub enum Driver {\n    Sqlite3,\n    MySQL,\n}\n\npub struct Database {\n"
            "    pub driver: Driver,\n}\n\nimpl Database {\n"
            f"    fn default_driver() -> Driver {{\n        Driver::{default}\n    }}\n}}\n"
        ),
        "compose.yaml": (
            "services:\n  tracker:\n    image: tracker:release\n    depends_on:\n      - mysql\n"
            "  mysql:\n    image: mysql:8.0\n"
        ),
    }


def test_a_settings_types_default_driver_outranks_the_compose_database(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tracker("Sqlite3")))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert _data_layer(backend) == "r2d2_sqlite"


def test_the_default_drivers_pool_comes_first(tmp_path: Path) -> None:
    """The same program defaulting to MySQL: the MySQL pool is its data layer."""
    backend = by_folder(write(tmp_path, _tracker("MySQL")))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
    assert _data_layer(backend) == "r2d2_mysql"


# --- JVM -----------------------------------------------------------------------------------------


def _ledger(daos: int) -> dict[str, str]:
    """pay-ledger's shape: Dropwizard with dropwizard-jdbi3 and EclipseLink's JPA, the DAOs
    importing Jdbi, one model class importing `jakarta.persistence` for an enum mapping."""
    files = {
        "pom.xml": pom(
            "\n".join(
                (
                    dep("io.dropwizard", "dropwizard-core", version="5.0.2"),
                    dep("io.dropwizard", "dropwizard-jdbi3", version="5.0.2"),
                    dep("org.eclipse.persistence", "org.eclipse.persistence.jpa",
                        version="4.0.9"),
                    dep("org.postgresql", "postgresql", version="42.7.8"),
                )
            )
        ),
        "src/main/java/app/LedgerApp.java": (
            "package app;\n\nimport io.dropwizard.core.Application;\n\n"
            "public class LedgerApp extends Application<LedgerConfig> {\n}\n"
        ),
        "src/main/java/app/model/CardDetails.java": (
            "package app.model;\n\nimport jakarta.persistence.Enumerated;\n\n"
            "public class CardDetails {\n}\n"
        ),
    }
    for n in range(daos):
        files[f"src/main/java/app/dao/Dao{n}.java"] = (
            f"package app.dao;\n\nimport org.jdbi.v3.core.Jdbi;\n\npublic class Dao{n} {{\n}}\n"
        )
    return files


def test_jdbi_daos_outweigh_a_jpa_provider_no_code_uses(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _ledger(3)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Dropwizard"
    assert _data_layer(backend) == "Jdbi"


def test_one_jdbi_file_leaves_the_orm_first(tmp_path: Path) -> None:
    """A report's query through Jdbi beside the ORM is a side path, not the data layer."""
    backend = by_folder(write(tmp_path, _ledger(1)))["."]
    assert _data_layer(backend) == "JPA / EclipseLink"


def _boot_module(*extra: str) -> str:
    """A module's build.gradle applying the Spring Boot plugin (avni-server's shape)."""
    lines = "\n".join(extra)
    return (
        "plugins {\n    id 'org.springframework.boot' version '3.3.5'\n    id 'java'\n}\n\n"
        "dependencies {\n"
        '    implementation "org.springframework.boot:spring-boot-starter-data-jpa:3.3.5"\n'
        '    implementation "org.postgresql:postgresql"\n'
        f"{lines}\n}}\n"
    )


def test_a_module_with_its_boot_jar_turned_off_is_a_library(tmp_path: Path) -> None:
    """avni-server-data: the Spring Boot plugin applied, `tasks.bootJar { enabled = false }`,
    no main; the API module depends on it and starts the application."""
    files = {
        "settings.gradle": "rootProject.name = 'app'\ninclude 'api'\ninclude 'data'\n",
        "api/build.gradle": _boot_module(
            '    implementation "org.springframework.boot:spring-boot-starter-web:3.3.5"',
            "    implementation project(path: ':data')",
        ),
        "api/src/main/java/app/App.java": (
            "package app;\n\nimport org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class App {\n    public static void main(String[] a) "
            "{\n        SpringApplication.run(App.class, a);\n    }\n}\n"
        ),
        "data/build.gradle": _boot_module()
        + "\ntasks.bootJar {\n    enabled = false\n}\n\ntasks.jar {\n    enabled = true\n}\n",
        "data/src/main/java/app/domain/Dashboard.java": (
            "package app.domain;\n\nimport jakarta.persistence.Entity;\n\n"
            "@Entity\npublic class Dashboard {\n}\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["api"]
    assert first(found["api"], K.FRAMEWORK) == ("Spring Boot", "3.3.5")
    assert _data_layer(found["api"]) == "JPA / Hibernate"
