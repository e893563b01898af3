"""Held-out set 289 (#19): a Rust binary whose server library pools rusqlite's connections
through r2d2_sqlite. The code writes its SQL on rusqlite's connection, so rusqlite, the client,
is the data layer; the pool only shares connections between requests."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout27_gaps import _data_layer
from test_detect_projects import cargo, write

from designer.model.stack import FindingKind as K


def _server(*deps: str) -> dict[str, str]:
    """A root binary crate running the Axum router of the path crate `server/`."""
    return {
        "Cargo.toml": cargo('server = { path = "./server" }', 'tokio = "1"')
        + '\n[workspace]\nmembers = ["server"]\n',
        "src/main.rs": "#[tokio::main]\nasync fn main() {\n    server::serve().await;\n}\n",
        "server/Cargo.toml": cargo('axum = "0.7.5"', 'tokio = "1"', *deps).replace(
            'name = "app"', 'name = "server"'
        ),
        "server/src/lib.rs": (
            "use axum::Router;\n\npub async fn serve() {\n"
            "    let app: Router = Router::new();\n    let _ = app;\n}\n"
        ),
        "server/src/db.rs": (
            "use r2d2_sqlite::SqliteConnectionManager;\nuse rusqlite::params;\n\n"
            "pub fn init() {\n    let manager = SqliteConnectionManager::file(\"db.sqlite3\");\n"
            "    let _ = manager;\n}\n"
        ),
    }


def test_the_pooled_client_is_the_data_layer(tmp_path: Path) -> None:
    files = _server('r2d2 = "0.8.10"', 'r2d2_sqlite = "0.24.0"', 'rusqlite = "0.31.0"')
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Axum"
    assert _data_layer(backend) == "rusqlite"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_the_pool_alone_stays_the_data_layer(tmp_path: Path) -> None:
    """Without rusqlite declared, the pool (which re-exports it) is all that names the layer."""
    files = _server('r2d2 = "0.8.10"', 'r2d2_sqlite = "0.24.0"')
    backend = by_folder(write(tmp_path, files))["."]
    assert _data_layer(backend) == "r2d2_sqlite"
