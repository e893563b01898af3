"""Held-out set 395 (#19): an Actix Web member of a Cargo workspace keeping its data in
ScyllaDB through charybdis, an ORM over ScyllaDB's own CQL driver (the `scylla` crate), with
Redis beside it for a cluster cache. The models charybdis maps are the data layer and ScyllaDB
the engine, not the cache; a crate on the driver alone writes CQL through it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = """use actix_web::{web, App, HttpServer};
use scylla::SessionBuilder;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let session = SessionBuilder::new().known_node("127.0.0.1:9042").build().await.unwrap();
    let data = web::Data::new(session);
    HttpServer::new(move || App::new().app_data(data.clone()))
        .bind(("0.0.0.0", 3000))?
        .run()
        .await
}
"""

_MODEL = """use charybdis::macros::charybdis_model;
use charybdis::types::{Text, Uuid};

#[charybdis_model(table_name = nodes, partition_keys = [id], clustering_keys = [])]
pub struct Node {
    pub id: Uuid,
    pub title: Text,
}
"""


def _crate(deps: str) -> str:
    return (
        '[package]\nname = "server"\nversion = "0.1.0"\nedition = "2021"\n\n'
        f'[dependencies]\nactix-web = "4.10.2"\n{deps}'
        'redis = { version = "0.29", features = ["cluster-async", "tokio-comp"] }\n'
    )


def _tree(deps: str, model: bool) -> dict[str, str]:
    files = {
        "Cargo.toml": '[workspace]\nresolver = "2"\nmembers = ["server", "macros"]\n',
        "server/Cargo.toml": _crate(deps),
        "server/src/main.rs": _MAIN,
        "macros/Cargo.toml": '[package]\nname = "macros"\nversion = "0.1.0"\n\n[lib]\n'
        "proc-macro = true\n",
        "macros/src/lib.rs": "extern crate proc_macro;\n",
    }
    if model:
        files["server/src/models/node.rs"] = _MODEL
    return files


def test_charybdis_over_scylla_is_the_layer_over_scylladb(tmp_path: Path) -> None:
    deps = 'scylla = { version = "1.2.0" }\ncharybdis = "1.0.2"\n'
    server = by_folder(write(tmp_path, _tree(deps, model=True)))["server"]
    assert first(server, K.FRAMEWORK)[0] == "Actix Web"
    assert first(server, K.ORM)[0] == "charybdis"
    assert first(server, K.DATABASE)[0] == "ScyllaDB"


def test_the_scylla_driver_alone_is_layer_and_engine(tmp_path: Path) -> None:
    server = by_folder(write(tmp_path, _tree('scylla = "1.2.0"\n', model=False)))["server"]
    assert first(server, K.QUERY)[0] == "scylla"
    assert first(server, K.DATABASE)[0] == "ScyllaDB"
