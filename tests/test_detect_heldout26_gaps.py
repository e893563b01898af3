"""Generic gaps the twenty-sixth held-out set showed (benchmarks/detect_heldout26.yaml), each as
a small fixture of the real files' shape (#19): Silex beside the symfony/symfony package, its
database server's image built beside a search engine's, a `/path/to/` placeholder DSN; CodeIgniter
3's `dbdriver`; Macaron over go-xorm; yee; a Cargo workspace whose program is `src/bin/x.rs`
starting its library crates' servers; a Maven DAO module keeping a leftover Spring Boot main."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout18_gaps import _module
from test_detect_projects import dep, go_mod, write

from designer.model.stack import FindingKind as K

# --- PHP -----------------------------------------------------------------------------------------


def _composer(*requires: str) -> str:
    body = ",\n".join(f'    "{r}": "*"' for r in requires)
    return f'{{\n  "name": "acme/app",\n  "require": {{\n{body}\n  }}\n}}\n'


def test_silex_beside_symfony_on_the_database_image_the_compose_builds(tmp_path: Path) -> None:
    """Phraseanet: the application class extends Silex's through an alias, symfony/symfony is
    required beside it; a copy of the manifest for Docker's layer cache (`docker/caching/`)
    is no backend; the datastores compose builds `db` from a MariaDB image kept in the tree
    beside an Elasticsearch image; a bundled tool's sample DSN names `/path/to/` SQLite."""
    manifest = _composer("silex/silex", "symfony/symfony", "doctrine/orm", "phpunit/phpunit")
    files = {
        "composer.json": manifest,
        "docker/caching/composer.json": manifest,
        "lib/App/Application.php": (
            "<?php\nnamespace App;\n\nuse Silex\\Application as SilexApplication;\n\n"
            "class Application extends SilexApplication\n{\n}\n"
        ),
        "lib/App/Provider/Orm.php": (
            "<?php\nnamespace App\\Provider;\n\nuse Silex\\Application;\n\n"
            "class Orm\n{\n    public function register(Application $app) {}\n}\n"
        ),
        "docker/saml/config/config.php": (
            "<?php\n$config = ['store.sql.dsn' => 'sqlite:/path/to/sqlitedatabase.sq3'];\n"
        ),
        "docker-compose.datastores.yml": (
            "services:\n  db:\n    build: ./docker/db\n    profiles: [\"db\"]\n"
            "  elasticsearch:\n    build: ./docker/elasticsearch\n"
        ),
        "docker/db/Dockerfile": "FROM mariadb:10.11.11\n",
        "docker/elasticsearch/Dockerfile": "FROM elasticsearch:8.15.0\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Silex"
    assert first(found["."], K.ORM)[0] == "Doctrine"
    assert first(found["."], K.DATABASE) == ("MariaDB", "10.11.11")


def test_a_codeigniter_3_connection_group_names_its_driver(tmp_path: Path) -> None:
    """OpenSID: CodeIgniter 3 (its front controller boots the framework's core) with
    illuminate/database beside it; donjo-app/config/database.php sets the driver of the
    default group key by key."""
    files = {
        "composer.json": _composer("codeigniter/framework", "illuminate/database"),
        "index.php": "<?php\nrequire_once BASEPATH . 'core/CodeIgniter.php';\n",
        "app/config/database.php": (
            "<?php\n$active_group = 'default';\n"
            "$db['default']['hostname']     = 'localhost';\n"
            "$db['default']['dbdriver']     = 'mysqli';\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "CodeIgniter"
    assert first(backend, K.DATABASE)[0] == "MySQL"


# --- Go ------------------------------------------------------------------------------------------


def test_macaron_over_xorm_from_its_first_home(tmp_path: Path) -> None:
    """gocron: `macaron.Classic()` in the command's package, gopkg.in/macaron.v1; the models
    import github.com/go-xorm/xorm, the module also requiring both SQL drivers."""
    files = {
        "go.mod": go_mod(
            "github.com/go-sql-driver/mysql v1.4.1", "github.com/go-xorm/xorm v0.7.1",
            "github.com/lib/pq v1.1.1", "gopkg.in/macaron.v1 v1.3.2",
        ),
        "cmd/app/app.go": (
            'package main\n\nimport "gopkg.in/macaron.v1"\n\n'
            "func main() {\n\tm := macaron.Classic()\n\tm.Run()\n}\n"
        ),
        "internal/models/model.go": (
            'package models\n\nimport (\n\t"github.com/go-xorm/xorm"\n)\n\n'
            "var Db *xorm.Engine\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Macaron", "v1.3.2")
    assert first(backend, K.ORM) == ("XORM", "v0.7.1")


def test_yee_over_gorm(tmp_path: Path) -> None:
    """Yearning: the service package builds its router with `yee.New()`."""
    files = {
        "go.mod": go_mod(
            "github.com/cookieY/yee v0.5.1", "gorm.io/driver/mysql v1.5.2", "gorm.io/gorm v1.25.7"
        ),
        "main.go": 'package main\n\nimport "app/cmd"\n\nfunc main() { cmd.Command() }\n',
        "src/service/app.go": (
            'package service\n\nimport "github.com/cookieY/yee"\n\n'
            "func Start() {\n\te := yee.New()\n\te.Start(\":8000\")\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("yee", "v0.5.1")
    assert first(backend, K.ORM)[0] == "GORM"
    assert first(backend, K.DATABASE)[0] == "MySQL"


# --- Rust ----------------------------------------------------------------------------------------


def test_a_workspace_program_in_src_bin_starts_its_library_crates_servers(
    tmp_path: Path,
) -> None:
    """thoth: the root crate's binary is `src/bin/thoth.rs` (found by Cargo, no `[[bin]]`);
    the api and export server crates each hold an `#[actix_web::main]` function in lib.rs;
    Diesel is the api crate's: one backend, the root."""
    server = "#[actix_web::main]\npub async fn start_server() -> std::io::Result<()> { Ok(()) }\n"
    files = {
        "Cargo.toml": (
            '[package]\nname = "app"\nversion = "1.0.0"\nedition = "2021"\n\n'
            '[workspace]\nmembers = ["app-api", "app-api-server", "app-export-server"]\n\n'
            '[dependencies]\napp-api = { path = "app-api" }\n'
            'app-api-server = { path = "app-api-server" }\n'
            'app-export-server = { path = "app-export-server" }\n'
        ),
        "src/lib.rs": "pub use app_api_server::start_server as api_server;\n",
        "src/bin/app.rs": "fn main() { app::api_server().unwrap(); }\n",
        "src/bin/commands/mod.rs": "pub mod start;\n",
        "app-api/Cargo.toml": (
            '[package]\nname = "app-api"\nversion = "1.0.0"\n\n[dependencies]\n'
            'diesel = { version = "2.2.8", features = ["postgres"] }\n'
        ),
        "app-api/src/lib.rs": "use diesel::prelude::*;\n",
        **{
            f"app-{name}/Cargo.toml": (
                f'[package]\nname = "app-{name}"\nversion = "1.0.0"\n\n[dependencies]\n'
                'actix-web = "4.10"\napp-api = { path = "../app-api" }\n'
            )
            for name in ("api-server", "export-server")
        },
        "app-api-server/src/lib.rs": server,
        "app-export-server/src/lib.rs": server,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Actix Web"
    assert first(found["."], K.ORM)[0] == "Diesel"


# --- JVM -----------------------------------------------------------------------------------------


def test_a_dao_module_keeping_a_spring_boot_main_is_the_applications_library(
    tmp_path: Path,
) -> None:
    """GreenCity: `dao` (data JPA, PostgreSQL) holds a leftover `@SpringBootApplication` main;
    `core`, the web application, depends on it: one backend, core, with dao's data layer."""
    main = (
        "package app;\n\n@SpringBootApplication\npublic class {name} {{\n"
        "    public static void main(String[] args) {{\n"
        "        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )
    files = {
        "pom.xml": (
            "<project>\n  <groupId>org.example</groupId>\n  <artifactId>app-parent</artifactId>\n"
            "  <version>1.0</version>\n  <packaging>pom</packaging>\n"
            "  <modules><module>dao</module><module>core</module></modules>\n</project>\n"
        ),
        "dao/pom.xml": _module(
            "dao",
            dep("org.springframework.boot", "spring-boot-starter-data-jpa")
            + dep("org.postgresql", "postgresql"),
        ),
        "dao/src/main/java/app/DaoApplication.java": main.format(name="DaoApplication"),
        "core/pom.xml": _module(
            "core",
            dep("org.example", "dao") + dep("org.springframework.boot", "spring-boot-starter-web"),
        ),
        "core/src/main/java/app/Application.java": main.format(name="Application"),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["core"]
    assert first(found["core"], K.ORM)[0] == "JPA / Hibernate"
    assert first(found["core"], K.DATABASE)[0] == "PostgreSQL"
