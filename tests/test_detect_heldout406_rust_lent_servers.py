"""Held-out set 406 (#19): a Cargo workspace of services whose shared library crates include the
small Axum server every program runs for its orchestrator (`lib/health`: `spawn_health_server`
binds a listener and calls `axum::serve` on a router of liveness and readiness probes) and an
authentication layer written against Axum (`lib/token_auth`: `use axum::…` middleware, no
binary, no server, nothing depending on it yet). Two programs (`app/topic-backup`,
`app/task-worker`) consume Kafka and write their own PostgreSQL tables through sqlx; neither
names Axum: each depends on the health library, starts Tokio and calls its start. The server
runs in each program, so its framework is theirs (a worker keeping data of its own counts,
however few its routes); neither library is a backend. A program keeping no data whose only
routes are the lent probes is no backend either."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WORKSPACE = """[workspace]
resolver = "3"
members = ["lib/health", "lib/token_auth", "app/topic-backup", "app/task-worker"]

[workspace.package]
edition = "2024"

[workspace.dependencies]
axum = "0.8"
rdkafka = { version = "0.39.0", features = ["tokio"] }
sqlx = { version = "0.9", features = ["postgres", "runtime-tokio", "macros"] }
tokio = { version = "1.5", features = ["full"] }
"""

_LOCK = """[[package]]
name = "axum"
version = "0.8.9"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "sqlx"
version = "0.9.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
"""

_HEALTH_MANIFEST = """[package]
name = "health"
version = "0.1.0"
edition.workspace = true

[dependencies]
axum = { workspace = true }
tokio = { workspace = true }
"""

_HEALTH = """use axum::{extract::State, http::StatusCode, routing::get, Router};
use std::sync::Arc;
use tokio::task::JoinHandle;

pub fn spawn_health_server(state: Arc<AppState>) -> JoinHandle<anyhow::Result<()>> {
    tokio::spawn(async move {
        let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
        axum::serve(listener, routes(state)).await?;
        Ok(())
    })
}

pub fn routes(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/internal/isAlive", get(is_alive))
        .route("/internal/isReady", get(is_ready))
        .with_state(state)
}

async fn is_alive(State(state): State<Arc<AppState>>) -> StatusCode {
    StatusCode::OK
}

async fn is_ready(State(state): State<Arc<AppState>>) -> StatusCode {
    StatusCode::OK
}
"""

_AUTH_MANIFEST = """[package]
name = "token_auth"
version = "0.1.0"
edition.workspace = true

[dependencies]
axum = { workspace = true }
"""

_AUTH = """use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

pub async fn require_token(State(config): State<Config>, request: Request, next: Next) -> Response {
    next.run(request).await
}
"""


def _program(name: str) -> str:
    return f"""[package]
name = "{name}"
version = "0.1.0"
edition.workspace = true

[dependencies]
health = {{ path = "../../lib/health" }}
rdkafka = {{ workspace = true }}
sqlx = {{ workspace = true }}
tokio = {{ workspace = true }}
"""


_MAIN = """use health::spawn_health_server;
use std::sync::Arc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let state = Arc::new(AppState::new());
    let pool = sqlx::PgPool::connect(&std::env::var("DATABASE_URL")?).await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    let server = spawn_health_server(state.clone());
    let consumer = spawn_consumer(pool.clone());
    tokio::select! { _ = server => {}, _ = consumer => {} }
    Ok(())
}
"""

_INSERT = """pub async fn insert(pool: &sqlx::PgPool, value: &[u8]) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO backup (value) VALUES ($1)").bind(value).execute(pool).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn inserts() {}
}
"""


def _tree() -> dict[str, str]:
    files = {
        "Cargo.toml": _WORKSPACE,
        "Cargo.lock": _LOCK,
        "lib/health/Cargo.toml": _HEALTH_MANIFEST,
        "lib/health/src/lib.rs": _HEALTH,
        "lib/token_auth/Cargo.toml": _AUTH_MANIFEST,
        "lib/token_auth/src/lib.rs": _AUTH,
    }
    for app in ("topic-backup", "task-worker"):
        files[f"app/{app}/Cargo.toml"] = _program(app)
        files[f"app/{app}/src/main.rs"] = _MAIN
        files[f"app/{app}/src/database.rs"] = _INSERT
        files[f"app/{app}/migrations/1_init.sql"] = "CREATE TABLE backup (value BYTEA);\n"
    return files


def test_programs_take_the_framework_of_the_server_library_they_start(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["app/task-worker", "app/topic-backup"]
    for backend in found.values():
        assert first(backend, K.FRAMEWORK) == ("Axum", "0.8.9")
        assert first(backend, K.QUERY)[0] == "sqlx"
        assert first(backend, K.DATABASE)[0] == "PostgreSQL"
        assert first(backend, K.TEST)[0] == "cargo test"


def test_program_keeping_no_data_behind_lent_probes_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: a program with no store of its own (a relay calling another service),
    whose only routes are the library's probes (spelled as the operator paths the detector
    knows), serves operators only: no backend."""
    files = _tree()
    files["lib/health/src/lib.rs"] = _HEALTH.replace("/internal/isAlive", "/internal/health")
    files["lib/health/src/lib.rs"] = files["lib/health/src/lib.rs"].replace(
        "/internal/isReady", "/internal/ready"
    )
    files["app/task-worker/Cargo.toml"] = _program("task-worker").replace(
        "sqlx = { workspace = true }\n", ""
    )
    files["app/task-worker/src/main.rs"] = (
        "use health::spawn_health_server;\n\n#[tokio::main]\nasync fn main() {\n"
        "    spawn_health_server(state()).await.unwrap();\n}\n"
    )
    del files["app/task-worker/src/database.rs"]
    del files["app/task-worker/migrations/1_init.sql"]
    assert sorted(by_folder(write(tmp_path, files))) == ["app/topic-backup"]


def test_program_not_calling_the_library_takes_no_framework(tmp_path: Path) -> None:
    """Counter-case: a program declaring the library but never naming it in its code starts
    none of its server."""
    files = _tree()
    files["app/task-worker/src/main.rs"] = _MAIN.replace(
        "use health::spawn_health_server;\n", ""
    ).replace("let server = spawn_health_server(state.clone());", "let server = idle();")
    assert sorted(by_folder(write(tmp_path, files))) == ["app/topic-backup"]


def test_library_crate_starting_no_server_beside_programs_is_no_backend(tmp_path: Path) -> None:
    """The authentication layer, imported by no program yet, is a library of the workspace."""
    assert "lib/token_auth" not in by_folder(write(tmp_path, _tree()))


def test_library_crate_alone_is_left_as_it_was(tmp_path: Path) -> None:
    """Counter-case: with no program starting the runtime in the tree, the rule says nothing
    (a lone crate is judged by the rules that judged it before)."""
    files = {
        "Cargo.toml": _AUTH_MANIFEST.replace("{ workspace = true }", '"0.8"').replace(
            "edition.workspace = true", 'edition = "2024"'
        ),
        "src/lib.rs": _AUTH,
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["."]
