"""Held-out set 7 (#19): a Rust admin front rendering Askama pages over the product's API is a
UI, not a backend (HELDOUT.md's "What a backend is", settled in session 34).

The shape: a Cargo workspace whose API crate keeps the data (Axum over sqlx on PostgreSQL)
beside an admin crate on Axum that requires Askama (its pages' templates) and reqwest (what it
fetches them from the API and the identity service with), depends on the workspace's entity
and client libraries by path, and keeps only the sign-ins of its pages in Redis: `main.rs`
opens the client and hands it to the `SessionStorage` of `session.rs`, the one file issuing
Redis commands (`AsyncCommands`). `rust_pages` marks it as rendering pages and records Redis
as its session store, which `nonservices.ui_only` weighs as UI state.

Counter-cases: the same crate issuing Redis commands outside its session module (a store of
its own), one without a template engine (a relay over the API), and one with a data layer of
its own stay backends.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_WORKSPACE = """[workspace]
members = ["api", "admin_front", "libs/entity", "libs/auth-client"]
resolver = "2"

[workspace.dependencies]
entity = { path = "libs/entity" }
auth-client = { path = "libs/auth-client" }
serde = { version = "1.0", features = ["derive"] }
reqwest = { version = "0.12", features = ["json"] }
sqlx = { version = "0.8.1", default-features = false, features = ["postgres", "runtime-tokio"] }
"""

_API = """[package]
name = "api"
version = "0.1.0"
edition = "2021"

[dependencies]
entity.workspace = true
axum = "0.7"
tokio = { version = "1.36", features = ["rt-multi-thread", "macros"] }
sqlx = { workspace = true, features = ["postgres"] }
serde.workspace = true
"""

_API_MAIN = """use axum::{routing::get, Router};
use sqlx::PgPool;

#[tokio::main]
async fn main() {
    let pool = PgPool::connect("postgres://localhost/app").await.unwrap();
    let app = Router::new().route("/api/workspaces", get(list)).with_state(pool);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}

async fn list() -> &'static str {
    "[]"
}
"""

_ADMIN = """[package]
name = "admin_front"
version = "0.1.0"
edition = "2021"

[dependencies]
# local dependencies
auth-client = {{ path = "../libs/auth-client" }}
entity = {{ path = "../libs/entity" }}

axum = {{ version = "0.7", features = ["json"] }}
tokio = {{ version = "1.36", features = ["rt-multi-thread", "macros"] }}
{engine}axum-extra = {{ version = "0.9", features = ["cookie"] }}
serde.workspace = true
redis = {{ version = "0.25.2", features = ["aio", "tokio-comp", "connection-manager"] }}
reqwest.workspace = true
tower-http = {{ version = "0.5", features = ["fs"] }}
{extra}"""

_ADMIN_MAIN = """mod session;
mod templates;

use axum::{response::Redirect, routing::get, Router};

#[tokio::main]
async fn main() {
    let redis_client = redis::Client::open("redis://localhost:6379")
        .expect("failed to create redis client")
        .get_connection_manager()
        .await
        .expect("failed to get redis connection manager");
    let session_store = session::SessionStorage::new(redis_client);
    let api = reqwest::Client::new();
    let app = Router::new()
        .route("/", get(|| async { Redirect::permanent("/web/login") }))
        .with_state((session_store, api));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
"""

_SESSION = """use redis::{aio::ConnectionManager, AsyncCommands};

#[derive(Clone)]
pub struct SessionStorage {
    redis_client: ConnectionManager,
}

impl SessionStorage {
    pub fn new(redis_client: ConnectionManager) -> Self {
        Self { redis_client }
    }

    pub async fn get_user_session(&self, id: &str) -> Option<String> {
        self.redis_client.clone().get(format!("web::session::{}", id)).await.ok()
    }
}
"""

_AUDIT = """use redis::AsyncCommands;

pub async fn record(conn: &mut redis::aio::ConnectionManager, line: &str) {
    let _: () = conn.lpush("audit", line).await.unwrap();
}
"""

_TEMPLATES = """use askama::Template;

#[derive(Template)]
#[template(path = "pages/home.html")]
pub struct Home<'a> {
    pub user: &'a str,
}
"""

_LIBRARY = """[package]
name = "{name}"
version = "0.1.0"
edition = "2021"

[dependencies]
serde.workspace = true
{extra}"""


def _tree(
    engine: str = 'askama = "0.12"\n', extra: str = "", **more: str
) -> dict[str, str]:
    files = {
        "Cargo.toml": _WORKSPACE,
        "api/Cargo.toml": _API,
        "api/src/main.rs": _API_MAIN,
        "admin_front/Cargo.toml": _ADMIN.format(engine=engine, extra=extra),
        "admin_front/src/main.rs": _ADMIN_MAIN,
        "admin_front/src/session.rs": _SESSION,
        "admin_front/src/templates.rs": _TEMPLATES,
        "admin_front/templates/pages/home.html": "<html><body>{{ user }}</body></html>\n",
        "admin_front/Dockerfile": "FROM rust:1.80\nCOPY . .\nRUN cargo build --release\n",
        "libs/entity/Cargo.toml": _LIBRARY.format(name="entity", extra=""),
        "libs/entity/src/lib.rs": "pub struct Workspace;\n",
        "libs/auth-client/Cargo.toml": _LIBRARY.format(
            name="auth-client", extra="reqwest.workspace = true\n"
        ),
        "libs/auth-client/src/lib.rs": "pub struct Client;\n",
    }
    files.update(more)
    return files


def test_an_askama_front_keeping_only_sessions_in_redis_is_a_ui(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "admin_front" not in found
    assert "api" in found


def test_a_front_issuing_redis_commands_outside_its_sessions_stays_a_backend(
    tmp_path: Path,
) -> None:
    files = _tree(**{"admin_front/src/audit.rs": _AUDIT})
    assert "admin_front" in by_folder(write(tmp_path, files))


def test_a_front_without_a_template_engine_stays_a_backend(tmp_path: Path) -> None:
    files = _tree(engine="")
    del files["admin_front/src/templates.rs"]
    assert "admin_front" in by_folder(write(tmp_path, files))


def test_a_front_with_a_data_layer_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    files = _tree(extra='sqlx = { workspace = true, features = ["postgres"] }\n')
    assert "admin_front" in by_folder(write(tmp_path, files))
