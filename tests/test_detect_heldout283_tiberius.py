"""Held-out set 283 (#19): tiberius, SQL Server's TDS client for Rust, is a data layer over SQL
Server.

The shape: a Cargo workspace declares tiberius (and its bb8 pool) in `[workspace.dependencies]`;
a library crate `db` takes it (`tiberius.workspace = true`) and runs hand-written SQL through
`Client::query`; the Actix Web server crate depends on `db` by path. The server's data layer is
tiberius and its engine SQL Server, lent by the path crate as sqlx or tokio-postgres would be.
Counter-case: the same server without the `db` crate has no data layer and no engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """[workspace]
members = ["db", "portal"]
resolver = "2"

[workspace.package]
version = "3.1.0"
edition = "2021"

[workspace.dependencies]
tokio = { version = "1", features = ["full"] }
tiberius = { version = "0.12", features = ["chrono", "rustls", "tds73"], default-features = false }
bb8 = "0.9"
"""

_DB = """[package]
name = "db"
version.workspace = true
edition.workspace = true

[dependencies]
tokio.workspace = true
tiberius.workspace = true
bb8.workspace = true
"""

_DB_LIB = """use tiberius::{Client, Query};

pub async fn results(client: &mut Client<Compat<TcpStream>>) -> Vec<String> {
    let query = Query::new("SELECT Name FROM Event WHERE Regatta_ID_FK = @P1");
    let rows = query.query(client).await.unwrap().into_first_result().await.unwrap();
    rows.iter().map(|row| row.get::<&str, _>(0).unwrap().to_string()).collect()
}
"""

_PORTAL = """[package]
name = "portal"
version.workspace = true
edition.workspace = true

[dependencies]
{db}tokio.workspace = true
actix-web = {{ version = "4.11" }}
"""

_MAIN = """use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().route("/api/results", web::get().to(list)))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}

async fn list() -> &'static str {
    "[]"
}
"""


def _tree(with_db: bool) -> dict[str, str]:
    db = 'db = { path = "../db" }\n' if with_db else ""
    return {
        "Cargo.toml": _ROOT,
        "db/Cargo.toml": _DB,
        "db/src/lib.rs": _DB_LIB,
        "portal/Cargo.toml": _PORTAL.format(db=db),
        "portal/src/main.rs": _MAIN,
    }


def test_tiberius_lent_by_a_path_crate_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(True)))
    assert set(found) == {"portal"}
    assert first(found["portal"], K.QUERY)[0] == "tiberius"
    assert first(found["portal"], K.DATABASE)[0] == "SQL Server"


def test_server_without_the_db_crate_has_no_engine(tmp_path: Path) -> None:
    # Counter-case: the workspace's declaration alone lends nothing.
    found = by_folder(write(tmp_path, _tree(False)))
    assert set(found) == {"portal"}
    assert first(found["portal"], K.DATABASE) == ("", "")
