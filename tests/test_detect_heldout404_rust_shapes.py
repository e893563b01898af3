"""Rust shapes the held-out set 404 showed (benchmarks/detect_heldout404.yaml), each as a small
fixture of the real files' shape (#19): r2d2_postgres standing for the postgres client it pools
and re-exports; a framework an SDK crate lends the program whose `main` hands its setup to the
SDK's serving helper; and a library crate whose only server is a binary built under a feature."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, write

from designer.model.stack import FindingKind as K


def _data_layer(backend: object) -> str:
    for kind in (K.ORM, K.QUERY):
        name = first(backend, kind)[0]  # type: ignore[arg-type]
        if name:
            return name
    return ""


# --- r2d2_postgres ---------------------------------------------------------------------------


def test_r2d2_postgres_names_the_postgres_client_it_pools(tmp_path: Path) -> None:
    files = {
        "Cargo.toml": cargo('actix-web = "4"', 'r2d2 = "0.8"', 'r2d2_postgres = "0.18"'),
        "src/main.rs": (
            "use actix_web::{App, HttpServer};\n\n#[actix_web::main]\n"
            "async fn main() -> std::io::Result<()> {\n"
            "    HttpServer::new(|| App::new()).bind((\"0.0.0.0\", 8080))?.run().await\n}\n"
        ),
        "src/db.rs": (
            "use postgres::NoTls;\nuse r2d2_postgres::{postgres, PostgresConnectionManager};\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert _data_layer(backend) == "postgres"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- A framework an SDK crate lends ----------------------------------------------------------

_WORKSPACE = (
    '[workspace]\nresolver = "2"\nmembers = ["crates/connector", "crates/cli"]\n\n'
    "[workspace.dependencies]\n"
    'sdk = { git = "https://example.org/sdk.git", rev = "v1" }\n'
    'axum = "0.6"\n'
    'sqlx = { version = "0.8", features = ["postgres"] }\n'
    'tokio = "1"\n'
)


def _lock(sdk_dependencies: str) -> str:
    return (
        "version = 3\n\n"
        '[[package]]\nname = "axum"\nversion = "0.6.20"\n'
        'source = "registry+https://github.com/rust-lang/crates.io-index"\n\n'
        '[[package]]\nname = "connector"\nversion = "1.0.0"\n'
        'dependencies = [\n "sdk",\n "sqlx",\n]\n\n'
        '[[package]]\nname = "sdk"\nversion = "0.8.1"\n'
        'source = "git+https://example.org/sdk.git?rev=v1#abc"\n'
        f"dependencies = [\n{sdk_dependencies}]\n\n"
        '[[package]]\nname = "sqlx"\nversion = "0.8.6"\n'
        'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
    )


def _connector(main: str, sdk_dependencies: str = ' "axum",\n "clap",\n') -> dict[str, str]:
    """A data connector: its binary hands its setup to the SDK's `default_main`, which serves
    the routes on axum; the workspace offers axum, which only the tests take."""
    return {
        "Cargo.toml": _WORKSPACE,
        "Cargo.lock": _lock(sdk_dependencies),
        "crates/connector/Cargo.toml": (
            '[package]\nname = "connector"\nversion = "1.0.0"\nedition = "2021"\n\n'
            '[[bin]]\nname = "connector"\npath = "bin/main.rs"\n\n[dependencies]\n'
            "sdk = { workspace = true }\n"
            'sqlx = { workspace = true, features = ["postgres", "runtime-tokio"] }\n'
            'tokio = { workspace = true, features = ["full"] }\n'
        ),
        "crates/connector/src/lib.rs": "pub mod connector;\n",
        "crates/connector/src/connector.rs": (
            "pub struct Setup;\n\nfn pool() {\n    let _ = sqlx::PgPool::connect(\"\");\n}\n"
        ),
        "crates/connector/bin/main.rs": main,
        "crates/cli/Cargo.toml": (
            '[package]\nname = "cli"\nversion = "1.0.0"\nedition = "2021"\n\n[dependencies]\n'
            'clap = "4"\n'
        ),
        "crates/cli/src/main.rs": "fn main() {}\n",
    }


_SDK_MAIN = (
    "use connector::connector::Setup;\nuse sdk::default_main::default_main_with;\n\n"
    "#[tokio::main]\npub async fn main() {\n    default_main_with(Setup).await.unwrap();\n}\n"
)


def test_an_sdk_serving_the_programs_main_lends_its_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _connector(_SDK_MAIN)))
    assert set(found) == {"crates/connector"}
    backend = found["crates/connector"]
    assert first(backend, K.FRAMEWORK) == ("Axum", "0.6.20")
    assert _data_layer(backend) == "sqlx"


def test_an_sdk_the_main_never_calls_lends_nothing(tmp_path: Path) -> None:
    main = "#[tokio::main]\npub async fn main() {\n    println!(\"hi\");\n}\n"
    assert "crates/connector" not in by_folder(write(tmp_path, _connector(main)))


def test_a_library_type_the_main_only_holds_lends_nothing(tmp_path: Path) -> None:
    """A push daemon holding an auth library's database type: the library carries a framework
    for its own routes, which the daemon never serves."""
    main = (
        "#[tokio::main]\nasync fn main() {\n    let db: sdk::Database = sdk::Database::new();\n"
        "    let _ = db;\n}\n"
    )
    assert "crates/connector" not in by_folder(write(tmp_path, _connector(main)))


def test_an_sdk_on_no_framework_lends_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _connector(_SDK_MAIN, ' "clap",\n')))
    assert "crates/connector" not in found


# --- A library's feature-gated server ----------------------------------------------------------


def _library(bins: str, categories: str = '["multimedia::audio", "algorithms"]') -> dict[str, str]:
    """A published audio library with a dashboard server built under its `native` feature."""
    return {
        "Cargo.toml": (
            '[package]\nname = "jitter"\nversion = "0.9.0"\nedition = "2021"\n'
            f'keywords = ["audio"]\ncategories = {categories}\n\n[dependencies]\n'
            'serde = "1"\naxum = { version = "0.7", optional = true }\n'
            'tokio = { version = "1", features = ["macros"], optional = true }\n\n'
            '[features]\ndefault = ["native"]\nnative = ["axum", "tokio"]\n\n' + bins
        ),
        "src/lib.rs": "pub mod buffer;\n",
        "src/buffer.rs": "pub struct Buffer;\n",
        "src/bin/dashboard_server.rs": (
            "use axum::{routing::get, Router};\n\n#[tokio::main]\nasync fn main() {\n"
            "    let app: Router = Router::new().route(\"/\", get(|| async { \"ok\" }));\n"
            "    let _ = app;\n}\n"
        ),
    }


_GATED = '[[bin]]\nname = "dashboard_server"\nrequired-features = ["native"]\n'


def test_a_librarys_feature_gated_dashboard_is_no_backend(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _library(_GATED)))


def test_a_binary_built_by_default_stays_a_backend(tmp_path: Path) -> None:
    assert "." in by_folder(write(tmp_path, _library('[[bin]]\nname = "dashboard_server"\n')))


def test_a_crate_filed_as_a_server_stays_a_backend(tmp_path: Path) -> None:
    files = _library(_GATED, '["web-programming::http-server"]')
    assert "." in by_folder(write(tmp_path, files))
