"""Held-out set 86 (#19): an Axum server keeping its social graph in Neo4j through neo4rs.

neo4rs is Neo4j's Bolt client for Rust: the code writes Cypher by hand over it, so it is the
data layer (a query library) and Neo4j the engine, above a PostgreSQL the Compose file starts
only under its `tests` profile. Without neo4rs the same tree names that PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, write

from designer.model.stack import FindingKind as K

_MAIN = """use axum::{routing::get, Router};
use neo4rs::{query, Graph};

#[tokio::main]
async fn main() {
    let graph = Graph::new("bolt://localhost:7687", "neo4j", "secret").await.unwrap();
    let app = Router::new().route("/users", get(|| async { "[]" }));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
"""

_COMPOSE = """services:
  graph:
    image: example/neo4j:5.26.27-gds2.13.10
  homeserver-db:
    profiles: ["tests"]
    image: postgres:18-alpine
"""


def _tree(graph_client: bool) -> dict[str, str]:
    deps = ['axum = "0.8.9"', 'tokio = { version = "1", features = ["full"] }']
    if graph_client:
        deps.append('neo4rs = "0.8.0"')
    main = _MAIN if graph_client else _MAIN.replace("use neo4rs::{query, Graph};\n", "").replace(
        '    let graph = Graph::new("bolt://localhost:7687", "neo4j", "secret").await.unwrap();\n',
        "",
    )
    return {"Cargo.toml": cargo(*deps), "src/main.rs": main, "docker-compose.yml": _COMPOSE}


def test_neo4rs_is_the_data_layer_and_neo4j_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(graph_client=True)))["."]
    assert first(backend, K.QUERY)[0] == "neo4rs"
    assert first(backend, K.DATABASE)[0] == "Neo4j"


def test_without_the_graph_client_the_compose_database_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(graph_client=False)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
