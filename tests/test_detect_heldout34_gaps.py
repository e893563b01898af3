"""Generic gaps the thirty-fourth held-out set showed (benchmarks/detect_heldout34.yaml), each as a
small fixture of the real files' shape (#19): wither, an ODM over Rust's mongodb crate; the
Doctrine driver a Symfony parameters file gives `%database_driver%`; Ginkgo, required by a Go
module whose test files mostly are plain `go test` functions with testify, outnumbered there."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, write

from designer.model.stack import FindingKind as K

# --- Rust ----------------------------------------------------------------------------------------


def _keys_server(store: str) -> dict[str, str]:
    """keys-server: Axum serving, its stores written to wither's `Model` over the mongodb crate
    wither re-exports; the database URL in the env example."""
    return {
        "Cargo.toml": cargo(
            'axum = "0.7.5"',
            'tokio = { version = "1", features = ["full"] }',
            'wither = { git = "https://github.com/org/wither.git", rev = "6a70e74", features = '
            '["bson-chrono-0_4"] }',
            'wither_derive = { git = "https://github.com/org/wither.git", rev = "6a70e74" }',
        ),
        ".env.example": "PORT=8080\nDATABASE_URL=mongodb://admin:admin@mongo:27017/keys\n",
        "src/main.rs": (
            "use axum::{routing::get, Router};\n\n#[tokio::main]\nasync fn main() {\n"
            '    let app = Router::new().route("/health", get(|| async { "ok" }));\n'
            '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n'
            "    axum::serve(listener, app).await.unwrap();\n}\n"
        ),
        "src/stores/keys.rs": store,
    }


def test_wither_is_the_data_layer_over_the_mongodb_crate(tmp_path: Path) -> None:
    store = (
        "use wither::{bson::doc, mongodb::Database, Model};\n\n"
        "#[derive(Debug, Model, Serialize, Deserialize)]\n"
        '#[model(collection_name = "keys")]\npub struct MongoKeys {\n'
        "    pub id: Option<ObjectId>,\n    pub account: String,\n}\n"
    )
    backend = by_folder(write(tmp_path, _keys_server(store)))["."]
    assert first(backend, K.FRAMEWORK) == ("Axum", "0.7.5")
    assert first(backend, K.ORM)[0] == "wither"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_without_wither_the_server_keeps_no_data_layer(tmp_path: Path) -> None:
    """The other side: the same server without the ODM names no data layer of its own."""
    files = _keys_server("pub struct MongoKeys {\n    pub account: String,\n}\n")
    files["Cargo.toml"] = cargo('axum = "0.7.5"', 'tokio = { version = "1", features = ["full"] }')
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Axum"
    assert not [f for f in backend.findings if f.kind in (K.ORM, K.QUERY)]


# --- PHP -----------------------------------------------------------------------------------------


def _middleware(parameters: str) -> dict[str, str]:
    """Stepup-Middleware: a Symfony kernel over Doctrine, config/packages/doctrine.yaml reading
    every connection's driver from `%database_driver%`, which the parameters file an
    installation copies (config/openconext/parameters.yaml.dist) sets."""
    return {
        "composer.json": (
            '{\n  "name": "surfnet/stepup-middleware",\n  "type": "project",\n'
            '  "require": {\n    "php": "^8.5",\n    "doctrine/doctrine-bundle": "^2.13.2",\n'
            '    "doctrine/orm": "^3.3.2",\n    "symfony/framework-bundle": "7.4.*"\n  },\n'
            '  "require-dev": {\n    "phpunit/phpunit": "^10"\n  }\n}\n'
        ),
        "src/Kernel.php": (
            "<?php\n\nnamespace Surfnet\\StepupMiddleware;\n\n"
            "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
            "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
            "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
        ),
        "config/packages/doctrine.yaml": (
            "doctrine:\n    dbal:\n        default_connection: middleware\n"
            "        connections:\n            middleware:\n"
            '                driver:   "%database_driver%"\n'
            '                host:     "%database_host%"\n'
            '                dbname:   "%database_middleware_name%"\n'
        ),
        "config/openconext/parameters.yaml.dist": parameters,
    }


def test_a_symfony_parameters_file_names_the_doctrine_driver(tmp_path: Path) -> None:
    parameters = (
        "parameters:\n    app_env: prod\n\n    database_driver:   pdo_mysql\n"
        "    database_host:     mariadb\n    database_port:     ~\n"
        "    database_middleware_name: middleware\n"
    )
    backend = by_folder(write(tmp_path, _middleware(parameters)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Symfony"
    assert first(backend, K.ORM)[0] == "Doctrine"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_driver_outside_a_parameters_file_is_not_read_so(tmp_path: Path) -> None:
    """The other side: the same key in another YAML file (a CI matrix's notes) names nothing,
    nor does a commented-out line of the parameters file."""
    files = _middleware("parameters:\n    # database_driver: pdo_pgsql\n    app_env: prod\n")
    files["ci/matrix.yaml"] = "jobs:\n    database_driver: pdo_pgsql\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Symfony"
    assert not [f for f in backend.findings if f.kind is K.DATABASE]
