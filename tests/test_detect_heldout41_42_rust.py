"""Rust gaps the forty-first held-out set showed (benchmarks/detect_heldout41.yaml), as a small
fixture of the real files' shape (#19): native_db, which maps the program's structs onto redb,
an embedded key-value store; redb used directly."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = (
    "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
    '    let listener = tokio::net::TcpListener::bind("0.0.0.0:5050").await.unwrap();\n'
    "    axum::serve(listener, Router::new()).await.unwrap();\n}\n"
)


def _crate(store: str) -> str:
    return (
        '[package]\nname = "polaris"\nversion = "0.0.0"\nedition = "2021"\n\n'
        f'[dependencies]\nnative_db = "0.8.2"\n{store}tokio = "1"\n\n'
        '[dependencies.axum]\nversion = "0.8.8"\n\n[dev-dependencies]\naxum-test = "18.7.0"\n'
    )


def test_native_db_over_redb(tmp_path: Path) -> None:
    """Axum, native_db (the playlists, `#[native_db]` models): the data layer native_db, the
    engine redb it bundles; the built-in test harness."""
    files = {
        "Cargo.toml": _crate(""),
        "src/main.rs": _MAIN,
        "src/app/ndb.rs": (
            "use native_db::{Database, Models};\n\npub struct Manager {\n"
            "    database: Database<'static>,\n}\n"
        ),
        "src/app/playlist.rs": (
            "use native_db::*;\n\n#[native_db(primary_key(custom_id -> (&str, &str)))]\n"
            "pub struct Playlist {}\n\n#[cfg(test)]\nmod test {\n"
            "    #[test]\n    fn save_playlist() {}\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Axum"
    assert first(backend, K.ORM) == ("native_db", "0.8.2")
    assert first(backend, K.DATABASE)[0] == "redb"
    assert first(backend, K.TEST)[0] == "cargo test"


def test_redb_used_directly(tmp_path: Path) -> None:
    """redb's tables used without a layer over them: redb is the data layer and the engine."""
    files = {
        "Cargo.toml": _crate("").replace('native_db = "0.8.2"\n', 'redb = "2.4"\n'),
        "src/main.rs": _MAIN,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "redb"
    assert first(backend, K.DATABASE)[0] == "redb"
