"""Held-out set 352 (#19): a root binary package that is also the workspace root declares its
member crates by registry version (`app-webserver = "=0.0.0"`) and redirects them to their
folders in `[patch.crates-io]`. The patch makes them path dependencies in all but spelling:
the root binary, which starts the member's Rocket server on the member's Diesel pool, is the
backend, and the web-server library is no backend of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = """[package]
name = "mapdb"
version = "0.1.0"
edition = "2021"

[workspace]
members = ["app-db", "app-webserver"]

[patch.crates-io]
app-db = { path = "./app-db" }
app-webserver = { path = "./app-webserver" }

[dependencies]
app-db = "=0.0.0"
app-webserver = "=0.0.0"
tokio = "1"
"""

_MAIN = """use app_db::Connections;

#[tokio::main]
pub async fn main() {
    let pool = Connections::init("map.db");
    app_webserver::run(pool).await;
}
"""

_WEB = """[package]
name = "app-webserver"
version = "0.0.0"
edition = "2021"

[dependencies]
rocket = "0.5.1"
app-db = "=0.0.0"
"""

_WEB_LIB = """use rocket::{get, routes};

#[get("/places")]
fn places() -> &'static str { "[]" }

pub async fn run(_pool: app_db::Connections) {
    let _ = rocket::build().mount("/", routes![places]).launch().await;
}
"""

_DB = """[package]
name = "app-db"
version = "0.0.0"
edition = "2021"

[dependencies]
diesel = { version = "2.3", features = ["sqlite", "r2d2"] }
"""


def _tree(patched: bool) -> dict[str, str]:
    root = _ROOT if patched else _ROOT.replace('app-db = { path = "./app-db" }\n', "").replace(
        'app-webserver = { path = "./app-webserver" }\n', ""
    )
    return {
        "Cargo.toml": root,
        "src/main.rs": _MAIN,
        "app-webserver/Cargo.toml": _WEB,
        "app-webserver/src/lib.rs": _WEB_LIB,
        "app-db/Cargo.toml": _DB,
        "app-db/src/lib.rs": "pub struct Connections;\n",
    }


def test_patched_member_crates_lend_the_root_binary_its_server(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(patched=True)))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "Rocket"
    assert first(found["."], K.ORM)[0] == "Diesel"
