"""Rust: a test attribute given the runtime's arguments is a test (sets 242 and 245, #19).

A server crate of a Cargo workspace keeps its only tests under `tests/` as browser-driven
integration tests on a threaded runtime: `#[tokio::test(flavor = "multi_thread",
worker_threads = 1)]`. The attribute is the built-in harness's as `#[tokio::test]` is, so the
crate's test framework is `cargo test`. The bare attribute still counts; a `#[cfg(test)]`
gate or a threaded `#[tokio::main(flavor = …)]` alone is no test."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.rust_tests import _ATTRIBUTE
from designer.model.stack import FindingKind as K

_MAIN = (
    "use axum::{routing::get, Router};\n\n"
    '#[tokio::main(flavor = "multi_thread")]\nasync fn main() {\n'
    '    let app = Router::new().route("/vaults", get(list));\n'
    '    let listener = tokio::net::TcpListener::bind("0.0.0.0:7103").await.unwrap();\n'
    "    axum::serve(listener, app).await.unwrap();\n}\n\nasync fn list() {}\n"
)


def _tree(test: str | None) -> dict[str, str]:
    files = {
        "Cargo.toml": '[workspace]\nmembers = [\n    "crates/*",\n]\n',
        "crates/web-server/Cargo.toml": (
            '[package]\nname = "vault"\nversion = "0.1.0"\nedition = "2021"\n\n'
            '[dependencies]\naxum = "0.7"\ntokio = { version = "1", features = ["macros"] }\n'
            'tokio-postgres = "0.7"\n\n[dev-dependencies]\nthirtyfour = "0"\n'
        ),
        "crates/web-server/src/main.rs": _MAIN,
    }
    if test is not None:
        files["crates/web-server/tests/single_user_test.rs"] = (
            "pub mod common;\n\nuse thirtyfour::prelude::*;\n\n"
            f"{test}\nasync fn run_single_user() -> WebDriverResult<()> {{\n    Ok(())\n}}\n"
        )
    return files


def test_a_test_attribute_with_the_runtimes_arguments_is_cargo_test(tmp_path: Path) -> None:
    found = by_folder(
        write(tmp_path, _tree('#[tokio::test(flavor = "multi_thread", worker_threads = 1)]'))
    )
    assert first(found["crates/web-server"], K.FRAMEWORK)[0] == "Axum"
    assert first(found["crates/web-server"], K.TEST)[0] == "cargo test"


def test_the_bare_attribute_is_still_cargo_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("#[tokio::test]")))
    assert first(found["crates/web-server"], K.TEST)[0] == "cargo test"


def test_a_threaded_main_and_a_test_gate_are_no_test(tmp_path: Path) -> None:
    # Counter-case: the runtime's arguments on `main`, and a gate with no test under it.
    found = by_folder(write(tmp_path, _tree("#[cfg(test)]")))
    assert first(found["crates/web-server"], K.TEST) == ("", "")


def test_the_unread_files_search_takes_the_arguments_too() -> None:
    # The search of a crate's files past the source quota reads the attribute the same way.
    assert _ATTRIBUTE.search('#[tokio::test(flavor = "multi_thread")]\nasync fn t() {}')
    assert _ATTRIBUTE.search("#[actix_rt::test]\nasync fn t() {}")
    assert not _ATTRIBUTE.search('#[cfg(test)]\n#[tokio::main(flavor = "current_thread")]')
