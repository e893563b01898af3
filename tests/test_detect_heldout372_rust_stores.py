"""Rust gaps the 372nd held-out set showed (benchmarks/detect_heldout372.yaml), as small
fixtures of the real files' shape (#19): fjall, an embedded LSM key-value store opened by the
program itself; a Cargo workspace whose database crate reaches SQLite only through
sea-query-rusqlite (no manifest names rusqlite); an `xtask-…` crate that starts a server for
a moment during setup."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_AXUM_MAIN = (
    "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
    '    let listener = tokio::net::TcpListener::bind("0.0.0.0:3001").await.unwrap();\n'
    "    axum::serve(listener, Router::new()).await.unwrap();\n}\n"
    "\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn works() {}\n}\n"
)


def test_fjall_is_store_and_layer(tmp_path: Path) -> None:
    """Axum with fjall (and tantivy, a search index beside it): fjall is the data layer and
    the engine, as sled is."""
    files = {
        "Cargo.toml": (
            '[package]\nname = "forum"\nversion = "0.1.0"\nedition = "2024"\n\n'
            '[dependencies]\naxum = { version = "0.8.7", features = ["http2"] }\n'
            'fjall = "2.11.2"\ntantivy = "0.26.1"\ntokio = "1"\n'
        ),
        "build.rs": "fn main() {}\n",
        "src/main.rs": _AXUM_MAIN,
        "src/db.rs": "use fjall::{Config, Keyspace};\n\npub fn open() -> Keyspace {\n"
        '    Config::new("data").open().unwrap()\n}\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Axum"
    assert first(backend, K.QUERY) == ("fjall", "2.11.2")
    assert first(backend, K.DATABASE)[0] == "fjall"


def _member(name: str, deps: str) -> str:
    return (
        f'[package]\nname = "{name}"\nversion.workspace = true\nedition.workspace = true\n\n'
        f"[dependencies]\n{deps}"
    )


def _lock(*packages: tuple[str, str]) -> str:
    return "version = 4\n" + "".join(
        f'\n[[package]]\nname = "{n}"\nversion = "{v}"\n' for n, v in packages
    )


_DROPSHOT_MAIN = (
    "use dropshot::{ApiDescription, ConfigDropshot, HttpServerStarter};\n\n"
    "#[tokio::main]\nasync fn main() {\n    let api = ApiDescription::new();\n"
    "    let server = HttpServerStarter::new(&ConfigDropshot::default(), api, ctx, &log);\n"
    "    server.unwrap().start().await.unwrap();\n}\n"
    "\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn works() {}\n}\n"
)

_SETUP_MAIN = (
    "use dropshot::{endpoint, ApiDescription, ConfigDropshot, ServerBuilder};\n\n"
    "#[tokio::main]\nasync fn main() {\n    let api = ApiDescription::new();\n"
    "    let server = ServerBuilder::new(api, ctx, log).config(ConfigDropshot::default());\n"
    "    server.start().unwrap().await.unwrap();\n}\n"
)


def _workspace() -> dict[str, str]:
    return {
        "Cargo.toml": (
            '[workspace]\nmembers = ["database", "server", "xtask", "xtask-setup"]\n'
            'resolver = "2"\n\n[workspace.package]\nversion = "0.0.0"\nedition = "2021"\n\n'
            '[workspace.dependencies]\ndropshot = "0.16"\n'
            'sea-query = { version = "0.32", default-features = false, features = '
            '["derive", "backend-sqlite"] }\nsea-query-rusqlite = "0.7"\ntokio = "1"\n'
        ),
        "Cargo.lock": _lock(
            ("dropshot", "0.16.7"),
            ("rusqlite", "0.32.1"),
            ("sea-query", "0.32.7"),
            ("sea-query-rusqlite", "0.7.0"),
        ),
        ".cargo/config.toml": '[alias]\nxtask = "run --quiet --package xtask --"\n',
        "database/Cargo.toml": _member(
            "app-database",
            "sea-query = { workspace = true }\nsea-query-rusqlite = { workspace = true }\n",
        ),
        "database/src/lib.rs": (
            "use rusqlite::Row;\nuse sea_query_rusqlite::{RusqliteBinder, RusqliteValues};\n"
        ),
        "server/Cargo.toml": _member(
            "app-server",
            'app-database = { path = "../database" }\ndropshot = { workspace = true }\n'
            "sea-query = { workspace = true }\ntokio = { workspace = true }\n",
        ),
        "server/src/main.rs": _DROPSHOT_MAIN,
        "xtask/Cargo.toml": _member("xtask", "tokio = { workspace = true }\n"),
        "xtask/src/main.rs": 'fn main() {\n    cargo().args(["run", "--bin", "xtask-setup"]);\n}\n',
        "xtask-setup/Cargo.toml": _member(
            "xtask-setup", "dropshot = { workspace = true }\ntokio = { workspace = true }\n"
        ),
        "xtask-setup/src/main.rs": _SETUP_MAIN,
    }


def test_sea_query_rusqlite_lends_rusqlite(tmp_path: Path) -> None:
    """The server uses the workspace's database crate, which runs sea-query's statements on
    rusqlite through sea-query-rusqlite: the data layer rusqlite at the lock's release of
    rusqlite (not the binding's), the engine SQLite."""
    backend = by_folder(write(tmp_path, _workspace()))["server"]
    assert first(backend, K.FRAMEWORK) == ("Dropshot", "0.16.7")
    assert first(backend, K.QUERY) == ("rusqlite", "0.32.1")
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_xtask_crate_is_no_backend(tmp_path: Path) -> None:
    """The `xtask-setup` crate starts a Dropshot server during setup: a developer's task, not
    a backend; nor does it take the workspace's offered binding."""
    backends = by_folder(write(tmp_path, _workspace()))
    assert "xtask-setup" not in backends
    assert "server" in backends


def test_sea_query_postgres_names_postgresql(tmp_path: Path) -> None:
    """sea-query-postgres runs the statements on tokio-postgres: that client over PostgreSQL."""
    files = {
        "Cargo.toml": (
            '[package]\nname = "api"\nversion = "0.1.0"\nedition = "2021"\n\n'
            '[dependencies]\naxum = "0.8"\nsea-query = "0.32"\nsea-query-postgres = "0.5"\n'
            'tokio = "1"\n'
        ),
        "src/main.rs": _AXUM_MAIN,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "tokio-postgres"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
