"""Held-out set 408 (#19): a Rust API on Iron, the middleware-chain framework on Hyper 0.10 that
swagger-codegen's older Rust server template targets. The package declares `iron = "0.6"` beside
Diesel on PostgreSQL; its server binary (`src/bin/<name>d.rs`) builds the generated router and
hands an `iron::Chain` to `Iron::new(chain).http(addr)`. Cargo.lock holds two Iron releases (an
older one another crate pulls in): the one the manifest's requirement resolves to is the
framework's version."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANIFEST = """[package]
name = "catalog"
version = "0.5.0"
edition = "2018"

[workspace]
members = ["catalog-openapi"]

[dependencies]
catalog-openapi = { version = "*", path = "catalog-openapi", features = ["server"] }
diesel = { version = "1.3", features = ["postgres", "uuid", "chrono", "r2d2"] }
diesel_migrations = "1.3"
hyper = "0.10"
iron = "0.6"
"""

_LOCK = """[[package]]
name = "diesel"
version = "1.4.8"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "iron"
version = "0.5.1"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "iron"
version = "0.6.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
"""

_DAEMON = """use catalog::server;
use iron::{status, Chain, Iron, IronResult, Request, Response};

fn main() {
    let server = server::create_server().unwrap();
    let router = catalog_openapi::router(server);
    let mut chain = Chain::new(router);
    chain.link_after(catalog_openapi::server::ErrorMiddleware);
    Iron::new(chain).http("0.0.0.0:9411").unwrap();
}
"""

_SERVER = """use diesel::pg::PgConnection;
use diesel::r2d2::ConnectionManager;

pub fn create_server() -> Result<Server, Error> {
    let manager = ConnectionManager::<PgConnection>::new(std::env::var("DATABASE_URL")?);
    let pool = r2d2::Pool::builder().build(manager)?;
    Ok(Server { db_pool: pool })
}
"""

_GENERATED = """[package]
name = "catalog-openapi"
version = "0.5.0"

[features]
server = ["iron", "router"]

[dependencies]
iron = { version = "0.6", optional = true }
router = { version = "0.6", optional = true }
"""


def _tree() -> dict[str, str]:
    return {
        "rust/Cargo.toml": _MANIFEST,
        "rust/Cargo.lock": _LOCK,
        "rust/src/lib.rs": "pub mod server;\n",
        "rust/src/server.rs": _SERVER,
        "rust/src/bin/catalogd.rs": _DAEMON,
        "rust/tests/test_api.rs": "#[test]\nfn test_root() {\n    assert!(true);\n}\n",
        "rust/catalog-openapi/Cargo.toml": _GENERATED,
        "rust/catalog-openapi/src/lib.rs": "pub fn router() {}\n",
        "rust/example.env": "DATABASE_URL=postgres://catalog@localhost/catalog\n",
    }


def test_iron_server_binary_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["rust"]
    backend = found["rust"]
    assert first(backend, K.FRAMEWORK) == ("Iron", "0.6.1")
    assert first(backend, K.ORM)[0] == "Diesel"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "cargo test"

