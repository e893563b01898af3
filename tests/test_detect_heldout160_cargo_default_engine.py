"""A Rust service whose Diesel dependency names no backend itself, each engine being a feature
of the crate (`sqlite = ["diesel/sqlite", "diesel_migrations/sqlite"]`, likewise `mysql` and
`postgres`), runs on the engine its `default` feature turns on (`default = ["frontend",
"sqlite"]`): the build a plain `cargo build` makes. Held-out set 160's crate registry (#19).
Counter-cases: with no default feature naming an engine no engine is claimed, and a backend
feature of a dev-dependency only is none of the program's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CARGO = """[package]
name = "registry"
version = "0.1.0"
edition = "2021"

[dependencies]
axum = {{ version = "0.6.19", features = ["http2"] }}
tokio = {{ version = "1", features = ["full"] }}
{data}

[features]
default = [{default}]
frontend = []
mysql = ["diesel/mysql", "diesel_migrations/mysql"]
sqlite = ["diesel/sqlite", "diesel_migrations/sqlite"]
postgres = ["diesel/postgres", "diesel_migrations/postgres"]
"""
_DIESEL = (
    'diesel = { version = "2.0.3", features = ["r2d2", "chrono"] }\n'
    'diesel_migrations = "2.0.0"'
)
_MAIN = (
    "use axum::routing::get;\nuse axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
    '    let _app: Router = Router::new().route("/", get(|| async { "ok" }));\n}\n'
)


def _engine(tmp_path: Path, default: str, data: str = _DIESEL) -> str:
    files = {
        "crates/registry/Cargo.toml": _CARGO.format(default=default, data=data),
        "crates/registry/src/main.rs": _MAIN,
    }
    return first(by_folder(write(tmp_path, files))["crates/registry"], K.DATABASE)[0]


def test_the_default_feature_names_the_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, '"frontend", "sqlite"') == "SQLite"


def test_no_engine_in_the_default_feature_claims_none(tmp_path: Path) -> None:
    # Counter-case: every backend is opt-in; nothing says which one the program is built with.
    assert _engine(tmp_path, '"frontend"') == ""


def test_a_dev_dependency_s_backend_is_none_of_the_program_s(tmp_path: Path) -> None:
    # Counter-case: Diesel only among the dev-dependencies (a test helper's), not the program's.
    data = '\n[dev-dependencies]\n' + _DIESEL
    assert _engine(tmp_path, '"frontend", "sqlite"', data=data) == ""
