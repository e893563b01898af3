"""Held-out set 352 (#19): a Rust binary's main runs on Actix's runtime (`#[actix_web::main]`)
and serves an Axum router (`axum::serve`); actix-web stays declared for a few request types.
The macro is no server: Axum, whose server is started, is the framework. A main building
Actix's `HttpServer` keeps Actix Web."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CARGO = """[package]
name = "api"
version = "0.1.0"
edition = "2021"

[dependencies]
actix-web = "4"
axum = "0.8"
tokio = { version = "1", features = ["full"] }
"""

_AXUM_MAIN = """use axum::{routing::get, Router};

#[actix_web::main]
async fn main() -> Result<(), std::io::Error> {
    let app = Router::new().route("/health", get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8000").await?;
    axum::serve(listener, app).await
}
"""

_ACTIX_MAIN = """use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let _ = axum::Router::<()>::new();
    HttpServer::new(|| App::new().route("/health", web::get().to(|| async { "ok" })))
        .bind(("0.0.0.0", 8000))?
        .run()
        .await
}
"""


def test_actix_runtime_macro_over_an_axum_server_is_axum(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, {"Cargo.toml": _CARGO, "src/main.rs": _AXUM_MAIN}))["."]
    assert first(api, K.FRAMEWORK)[0] == "Axum"
    assert not api.ambiguous


def test_actix_server_built_keeps_actix_web(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, {"Cargo.toml": _CARGO, "src/main.rs": _ACTIX_MAIN}))["."]
    assert first(api, K.FRAMEWORK)[0] == "Actix Web"
