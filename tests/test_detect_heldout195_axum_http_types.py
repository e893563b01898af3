"""Rust: `use axum::http::…` alone starts no server (set 195, #19).

A workspace keeps beside its Go server an agent in Rust: a program whose `main.rs` starts the
async runtime and dials the server's WebSocket, its handshake building headers with
`use axum::http::HeaderValue;` (Axum re-exports the `http` crate's types, and the crate declares
`axum` for them). Nothing in it routes or serves: it is a client, no backend. A crate that
imports Axum's router or extractors stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_CARGO = (
    '[package]\nname = "agent"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
    'axum = { version = "0.8.0", default-features = false, features = ["ws"] }\n'
    'tokio = { version = "1", features = ["full"] }\ntokio-tungstenite = "0.26.0"\n'
)

_MAIN = (
    "pub mod client;\n\nuse crate::client::run;\n\n#[tokio::main]\n"
    "async fn main() -> anyhow::Result<()> {\n    run().await\n}\n"
)

_CLIENT = (
    "use axum::http::HeaderValue;\nuse tokio_tungstenite::connect_async;\n\n"
    "pub async fn run() -> anyhow::Result<()> {\n"
    '    let mut request = "ws://gateway:8009/agent".into_client_request()?;\n'
    '    request.headers_mut().insert("authorization", HeaderValue::from_static("key"));\n'
    "    let (_ws, _) = connect_async(request).await?;\n    Ok(())\n}\n"
)


def _agent() -> dict[str, str]:
    return {
        "gateway/go.mod": (
            "module example.com/gateway\n\ngo 1.22\n\n"
            "require github.com/gin-gonic/gin v1.10.0\n"
        ),
        "gateway/main.go": (
            'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
            'func main() {\n\tr := gin.Default()\n\tr.Run(":8009")\n}\n'
        ),
        "agent/Cargo.toml": _CARGO,
        "agent/src/main.rs": _MAIN,
        "agent/src/client.rs": _CLIENT,
    }


def test_axum_http_types_alone_are_no_server(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _agent()))
    assert "gateway" in found
    assert "agent" not in found


def test_axum_router_keeps_the_server(tmp_path: Path) -> None:
    # Counter-case: the same crate serving an Axum router beside its client is a server.
    files = _agent()
    files["agent/src/server.rs"] = (
        "use axum::http::StatusCode;\nuse axum::{routing::post, Router};\n\n"
        "pub async fn serve() -> anyhow::Result<()> {\n"
        '    let app = Router::new().route("/sessions", post(|| async { StatusCode::CREATED }));\n'
        '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;\n'
        "    axum::serve(listener, app).await?;\n    Ok(())\n}\n"
    )
    assert "agent" in by_folder(write(tmp_path, files))
