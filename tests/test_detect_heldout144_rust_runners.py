"""Rust: a workspace crate whose main only runs its router on the loopback is the program's
library (set 144, #19).

A Cargo workspace's deployed program (`service`) depends on a crate holding its WebDAV handler
and mounts the crate's router; the crate keeps a `src/main.rs` beside its `src/lib.rs` that
serves the router alone on `127.0.0.1`, for a developer. That binary is a tool, the crate a
library of the program: only the program is a backend (`rust_runners`). A crate whose main
binds `0.0.0.0` stays an application."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_ROOT = (
    '[workspace]\nmembers = ["packages/service", "packages/dav"]\nresolver = "2"\n\n'
    '[workspace.dependencies]\naxum = "0.8.6"\ntokio = { version = "1", features = ["full"] }\n'
    'dav = { path = "packages/dav" }\n'
)


def _workspace(bind: str) -> dict[str, str]:
    return {
        "Cargo.toml": _ROOT,
        "packages/service/Cargo.toml": '[package]\nname = "service"\nversion = "0.1.0"\n\n'
        "[dependencies]\naxum = { workspace = true }\ntokio = { workspace = true }\n"
        "dav = { workspace = true }\n",
        "packages/service/src/main.rs": "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
        '    let port = std::env::var("PORT").unwrap_or_else(|_| "5101".into());\n'
        '    let app = Router::new().nest_service("/dav", dav::dav_service());\n'
        '    let listener = tokio::net::TcpListener::bind(format!("0.0.0.0:{port}"))'
        ".await.unwrap();\n"
        "    axum::serve(listener, app).await.unwrap();\n}\n",
        "packages/dav/Cargo.toml": '[package]\nname = "dav"\nversion = "0.1.0"\n\n'
        "[dependencies]\naxum = { workspace = true }\ntokio = { workspace = true }\n",
        "packages/dav/src/lib.rs": "use axum::{routing::any, Router};\n\n"
        "pub fn dav_service() -> Router {\n"
        "    Router::new().route(\"/\", any(|| async { \"dav\" }))\n}\n",
        "packages/dav/src/main.rs": "use dav::dav_service;\nuse std::net::SocketAddr;\n\n"
        "#[tokio::main]\nasync fn main() {\n"
        f"    let addr: SocketAddr = ({bind}, 5918).into();\n"
        "    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();\n"
        "    axum::serve(listener, dav_service()).await.unwrap();\n}\n",
    }


def test_a_crate_run_alone_on_the_loopback_is_the_program_s_library(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace("[127, 0, 0, 1]")))
    assert list(found) == ["packages/service"]


def test_a_crate_serving_every_address_stays_an_application(tmp_path: Path) -> None:
    # Counter-case: its main binds 0.0.0.0, reachable from other machines.
    found = by_folder(write(tmp_path, _workspace("[0, 0, 0, 0]")))
    assert set(found) == {"packages/service", "packages/dav"}
