"""A Rust gap the hundred-and-twenty-eighth held-out set showed (benchmarks/detect_heldout128.yaml),
as a small fixture of the real files' shape (#19): a workspace whose library crate holds the Axum
sync server and the SQLite storage, started by a small binary crate beside it (`[[bin]] path =
"main.rs"`) that depends on the library only under platform tables
(`[target.'cfg(windows)'.dependencies]` with one TLS feature, `cfg(not(windows))` with another).
Those tables are the binary's dependencies all the same: the binary is the application and the
library lends it its framework, data layer and engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_WORKSPACE = """[workspace.package]
version = "0.0.0"
edition = "2021"

[workspace]
members = ["rslib", "rslib/sync", "rslib/io"]
resolver = "2"

[workspace.dependencies]
# local
notes = { path = "rslib" }
notes_io = { path = "rslib/io" }

axum = { version = "0.8.4", features = ["multipart", "macros"] }
rusqlite = { version = "0.36.0", features = ["trace", "bundled"] }
tokio = { version = "1.45", features = ["fs", "rt-multi-thread", "macros"] }
"""

_LIBRARY = """[package]
name = "notes"
version.workspace = true
edition.workspace = true

[lib]
name = "notes"
path = "src/lib.rs"

[features]
rustls = []
native-tls = []

[dependencies]
notes_io.workspace = true
axum.workspace = true
rusqlite.workspace = true
tokio.workspace = true
"""

_SERVER = """use axum::routing::post;
use axum::Router;

pub struct SimpleServer;

impl SimpleServer {
    pub fn run() -> String {
        let app: Router = Router::new().route("/sync/{method}", post(sync_handler));
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
            axum::serve(listener, app).await.unwrap();
        });
        String::new()
    }
}

async fn sync_handler() -> &'static str {
    "ok"
}
"""

_BINARY_MANIFEST = """[package]
name = "notes-sync-server"
version.workspace = true
edition.workspace = true
publish = false

[[bin]]
path = "main.rs"
name = "notes-sync-server"

[dependencies]

[target.'cfg(windows)'.dependencies]
notes = { workspace = true, features = ["native-tls"] }

[target.'cfg(not(windows))'.dependencies]
notes = { workspace = true, features = ["rustls"] }
"""

_BINARY_MAIN = """use notes::sync::http_server::SimpleServer;

fn main() {
    println!("{}", SimpleServer::run());
}
"""


def _tree() -> dict[str, str]:
    return {
        "Cargo.toml": _WORKSPACE,
        "rslib/Cargo.toml": _LIBRARY,
        "rslib/src/lib.rs": "pub mod storage;\npub mod sync;\n",
        "rslib/src/storage.rs": (
            "use rusqlite::Connection;\n\npub fn open(path: &str) -> Connection {\n"
            "    Connection::open(path).unwrap()\n}\n"
        ),
        "rslib/src/sync/mod.rs": "pub mod http_server;\n",
        "rslib/src/sync/http_server/mod.rs": _SERVER,
        "rslib/io/Cargo.toml": '[package]\nname = "notes_io"\n\n[dependencies]\n',
        "rslib/io/src/lib.rs": "pub fn read() {}\n",
        "rslib/sync/Cargo.toml": _BINARY_MANIFEST,
        "rslib/sync/main.rs": _BINARY_MAIN,
    }


def test_binary_depending_on_the_server_library_under_platform_tables_is_the_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["rslib/sync"]
    backend = found["rslib/sync"]
    assert first(backend, FindingKind.FRAMEWORK) == ("Axum", "0.8.4")
    assert first(backend, FindingKind.QUERY)[0] == "rusqlite"
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"


def test_binary_not_depending_on_the_library_leaves_the_library_the_backend(
    tmp_path: Path,
) -> None:
    """Counter-case: a binary whose platform tables name another crate (an I/O helper) does not
    start the server library, which stays the backend as before."""
    files = _tree()
    files["rslib/sync/Cargo.toml"] = _BINARY_MANIFEST.replace("notes = {", "notes_io = {")
    files["rslib/sync/main.rs"] = "fn main() {\n    notes_io::read();\n}\n"
    assert sorted(by_folder(write(tmp_path, files))) == ["rslib"]
