"""Rust: a server crate whose program is `src/bin/<name>.rs` is the backend, not the test
crate depending on it (set 195, #19).

A Cargo workspace keeps its server in a crate with a library (`server.rs` serving the Axum
router, `sqlx` on PostgreSQL) and a binary named in `[[bin]] path = "src/bin/mint.rs"`, whose
`#[tokio::main]` reads the settings and calls `server::run_server(…).await`. Beside it an
`itests` crate depends on the server's crate, keeps a mock of an outside service (an Axum stub)
in its lib and the integration tests in `tests/`. The runtime rule read only `main.rs`, so the
server's binary looked like it started nothing and the test crate depending on it made it a
library; the test crate, with its stub's `axum::serve`, was reported instead. The binary's own
files are read now (`rust_bin_runtimes`), and a crate driving a program does not make it a
library (`rust_apps`). A binary that starts no runtime (a main printing the OpenAPI document)
changes nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MINT_CARGO = (
    '[package]\nname = "mint"\nversion = "0.2.1"\nedition = "2021"\n\n'
    '[[bin]]\nname = "mint"\npath = "src/bin/mint.rs"\n\n'
    '[lib]\nname = "mintlib"\npath = "src/lib.rs"\n\n[dependencies]\n'
    'axum = "0.7.9"\ntokio = { version = "1", features = ["full"] }\n'
    'sqlx = { version = "0.8.2", features = ["postgres", "runtime-tokio"] }\n'
)

_SERVER = (
    "use axum::routing::get;\nuse axum::Router;\n\n"
    "pub async fn run_server(port: u16) -> anyhow::Result<()> {\n"
    '    let app = Router::new().route("/v1/keys", get(|| async { "[]" }));\n'
    '    let listener = tokio::net::TcpListener::bind(("0.0.0.0", port)).await?;\n'
    "    axum::serve(listener, app).await?;\n    Ok(())\n}\n"
)

_BIN = (
    "use mintlib::server;\n\n#[tokio::main]\npub async fn main() -> anyhow::Result<()> {\n"
    "    server::run_server(3338).await\n}\n"
)

_ITESTS_CARGO = (
    '[package]\nname = "itests"\nversion = "0.2.1"\nedition = "2021"\npublish = false\n\n'
    '[dependencies]\naxum = "0.7.9"\nmint = { path = "../mint" }\n\n'
    '[dev-dependencies]\ntokio = { version = "1", features = ["full"] }\n'
)

_MOCK = (
    "use axum::{routing::post, Router};\n\n"
    "pub async fn run_payment_mock(port: u16) -> anyhow::Result<()> {\n"
    '    let app = Router::new().route("/api/v1/payments", post(|| async { "{}" }));\n'
    '    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;\n'
    "    axum::serve(listener, app).await?;\n    Ok(())\n}\n"
)


def _workspace() -> dict[str, str]:
    return {
        "Cargo.toml": '[workspace]\nresolver = "2"\nmembers = ["mint", "itests"]\n',
        "mint/Cargo.toml": _MINT_CARGO,
        "mint/src/lib.rs": "pub mod server;\n",
        "mint/src/server.rs": _SERVER,
        "mint/src/bin/mint.rs": _BIN,
        "itests/Cargo.toml": _ITESTS_CARGO,
        "itests/src/lib.rs": "pub mod mock;\n",
        "itests/src/mock.rs": _MOCK,
        "itests/tests/tests_mint.rs": (
            "#[tokio::test]\nasync fn mints() -> anyhow::Result<()> {\n    Ok(())\n}\n"
        ),
    }


def test_the_bin_file_starting_the_runtime_makes_the_crate_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert set(found) == {"mint"}
    assert first(found["mint"], K.FRAMEWORK) == ("Axum", "0.7.9")
    assert first(found["mint"], K.QUERY)[0] == "sqlx"


def test_a_bin_file_starting_nothing_changes_nothing(tmp_path: Path) -> None:
    # Counter-case: the crate's binary only prints its OpenAPI document: no program serves.
    files = _workspace()
    files["mint/src/bin/mint.rs"] = 'fn main() {\n    println!("{}", "openapi: 3.0.0");\n}\n'
    assert "mint" not in by_folder(write(tmp_path, files))
