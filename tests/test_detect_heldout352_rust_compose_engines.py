"""Held-out set 352 (#19): a single-crate Rust service keeps its attestations in Redis through
a deadpool-redis pool (its own Compose file builds it beside `redis`), while an `ops/` Compose
file copied from another stack, building nothing of the tree, runs MongoDB. No crate of the
tree has a MongoDB client nor any data layer: the compiled program cannot reach MongoDB, so
Redis is its engine. With the mongodb crate declared, MongoDB stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CARGO = """[package]
name = "bouncer"
version = "0.1.0"
edition = "2021"

[dependencies]
axum = "0.7.5"
tokio = { version = "1", features = ["full"] }
deadpool-redis = "0.10"
"""

_MAIN = """mod store;

#[tokio::main]
async fn main() {
    let pool = store::pool(&std::env::var("ATTESTATION_CACHE_URL").unwrap());
    let app = axum::Router::new().with_state(pool);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
"""

_STORE = """use deadpool_redis::{Config, Pool, Runtime};

pub fn pool(url: &str) -> Pool {
    Config::from_url(url).create_pool(Some(Runtime::Tokio1)).unwrap()
}
"""

_COMPOSE = """services:
  redis:
    image: "redis:6-alpine"
  bouncer:
    build: .
    depends_on:
      - redis
    environment:
      - ATTESTATION_CACHE_URL=redis://redis:6379/0
"""

_OPS = """services:
  broker:
    build: ./broker
  mongo:
    image: mongo:4
    ports:
      - 27017:27017
  redis:
    image: redis:6-alpine
"""


def _tree(mongodb: bool) -> dict[str, str]:
    cargo = _CARGO + ('mongodb = "2"\n' if mongodb else "")
    return {
        "Cargo.toml": cargo,
        "src/main.rs": _MAIN,
        "src/store.rs": _STORE,
        "docker-compose.yml": _COMPOSE,
        "ops/docker-compose.storage.yml": _OPS,
    }


def test_helper_compose_engine_no_crate_reaches_is_dropped(tmp_path: Path) -> None:
    service = by_folder(write(tmp_path, _tree(mongodb=False)))["."]
    assert first(service, K.DATABASE)[0] == "Redis"


def test_helper_compose_engine_a_crate_reaches_stays(tmp_path: Path) -> None:
    service = by_folder(write(tmp_path, _tree(mongodb=True)))["."]
    assert first(service, K.DATABASE)[0] == "MongoDB"
