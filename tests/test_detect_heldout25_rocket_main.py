"""A Rust binary run on Rocket's runtime (`#[rocket::main]`) launching the instance its library
builds (#19, set 67): the crate is the application, not the sync tool of the workspace that
depends on it; its data layer is the workspace crate's it uses."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _crate(name: str, dependencies: str) -> str:
    return (
        f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n'
        f"[dependencies]\n{dependencies}"
    )


_FILES = {
    "Cargo.toml": '[workspace]\nmembers = ["aw-datastore", "aw-server", "aw-sync"]\n',
    "aw-datastore/Cargo.toml": _crate("aw-datastore", 'rusqlite = { version = "0.30" }\n'),
    "aw-datastore/src/lib.rs": "use rusqlite::Connection;\n\npub struct Datastore;\n",
    "aw-server/Cargo.toml": _crate(
        "aw-server",
        'rocket = { version = "0.5.0", features = ["json"] }\n'
        'aw-datastore = { path = "../aw-datastore" }\n',
    ),
    "aw-server/src/lib.rs": "pub mod endpoints;\n",
    "aw-server/src/endpoints/mod.rs": (
        "pub fn build_rocket() -> rocket::Rocket<rocket::Build> {\n"
        "    rocket::custom(rocket::Config::default())\n}\n"
    ),
    "aw-server/src/main.rs": (
        "#[rocket::main]\nasync fn main() -> Result<(), rocket::Error> {\n"
        "    let _rocket = aw_server::endpoints::build_rocket().launch().await?;\n    Ok(())\n}\n"
    ),
    "aw-sync/Cargo.toml": _crate(
        "aw-sync",
        'clap = { version = "4.1", features = ["derive"] }\n'
        'aw-server = { path = "../aw-server" }\n',
    ),
    "aw-sync/src/main.rs": "use clap::Parser;\n\nfn main() {\n    println!(\"sync\");\n}\n",
}


def test_a_main_on_rockets_runtime_makes_its_crate_the_application(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _FILES))
    assert sorted(found) == ["aw-server"]
    assert first(found["aw-server"], K.FRAMEWORK)[0] == "Rocket"
