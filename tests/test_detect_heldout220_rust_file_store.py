"""Held-out set 220 (#19): a Rust application rendering its pages from templates that keeps its
records in files of its own is a backend, not a UI over another service's API.

The shape: an Actix Web crate beside an API crate of the same repository requires Askama (its
pages' templates) and reqwest (exchange rates it fetches), declares no database crate, and
keeps the household's bookings in CSV and JSON files under a data folder it writes from several
modules (`fs::write`, `File::create`). `rust_pages` marked it a UI: a template engine and an
HTTP client with no data layer. Files written from two source files or more are a store of its
own (`rust_pages._writes_files`): it stays a backend, with no data layer and no engine.

Counter-cases: the same crate writing one file in one place only (a pid file), or writing files
only in its `#[cfg(test)]` modules, is still a front over the API.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API = """[package]
name = "api"
version = "0.1.0"
edition = "2021"

[dependencies]
actix-web = "4.12.1"
diesel = { version = "2.3.6", features = ["mysql", "r2d2"] }
"""

_API_MAIN = """use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().route("/api/items", web::get().to(list)))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}

async fn list() -> &'static str {
    "[]"
}
"""

_PAGES = """[package]
name = "pages"
version = "0.1.0"
edition = "2021"

[dependencies]
actix-files = "0.6.10"
actix-web = "4.12.1"
askama = "0.15.4"
reqwest = { version = "0.13.2", features = ["json"] }
serde = { version = "1.0", features = ["derive"] }
"""

_PAGES_MAIN = """mod io;

use actix_web::{web, App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| App::new().route("/", web::get().to(io::dashboard)))
        .bind(("0.0.0.0", 5000))?
        .run()
        .await
}
"""

_IO = """pub mod writer;
pub mod shares;

pub async fn dashboard() -> &'static str {
    "<html></html>"
}
"""

_WRITER = """use std::fs;
use std::path::PathBuf;

pub fn write_bookings(path: PathBuf, lines: Vec<String>) {
    fs::write(path, lines.join("\\n")).expect("Could not write the bookings");
}
"""

_SHARES = """use std::fs::File;
use std::io::Write;

pub fn save_shares(path: &str, json: &str) {
    let mut file = File::create(path).unwrap();
    file.write_all(json.as_bytes()).unwrap();
}
"""

_READER = """pub fn read_shares(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}
"""

_TESTED_WRITER = """pub fn read_shares(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_what_was_written() {
        std::fs::write("/tmp/shares.json", "{}").unwrap();
        assert_eq!(super::read_shares("/tmp/shares.json"), "{}");
    }
}
"""


def _tree(writer: str, shares: str) -> dict[str, str]:
    return {
        "api/Cargo.toml": _API,
        "api/src/main.rs": _API_MAIN,
        "pages/Cargo.toml": _PAGES,
        "pages/src/main.rs": _PAGES_MAIN,
        "pages/src/io/mod.rs": _IO,
        "pages/src/io/writer.rs": writer,
        "pages/src/io/shares.rs": shares,
    }


def test_pages_keeping_records_in_files_are_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_WRITER, _SHARES)))
    assert set(found) == {"api", "pages"}
    assert first(found["pages"], K.FRAMEWORK) == ("Actix Web", "4.12.1")
    assert first(found["pages"], K.ORM) == ("", "")
    assert first(found["pages"], K.DATABASE) == ("", "")


def test_one_file_written_in_one_place_keeps_the_front_a_ui(tmp_path: Path) -> None:
    # Counter-case: a single incidental write is no store.
    found = by_folder(write(tmp_path, _tree(_WRITER, _READER)))
    assert set(found) == {"api"}


def test_files_written_by_unit_tests_keep_the_front_a_ui(tmp_path: Path) -> None:
    # Counter-case: what a `#[cfg(test)]` module writes is its fixtures.
    found = by_folder(write(tmp_path, _tree(_TESTED_WRITER, _TESTED_WRITER)))
    assert set(found) == {"api"}
