"""A Cargo workspace member keeping a stale Cargo.lock of its own, as set 133 showed it
(benchmarks/detect_heldout133.yaml, #19): the root Cargo.toml lists the server crate among its
`members` (`"apps/server"` beside `"crates/*"`), so cargo builds it from the root's Cargo.lock
(axum 0.8.8); the member's own lock (0.8.7) is left over and not read. A crate the workspace
does not list (or `exclude`s) is built on its own, from its own lock."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _lock(axum: str) -> str:
    return (
        "version = 4\n\n"
        f'[[package]]\nname = "axum"\nversion = "{axum}"\n'
        'source = "registry+https://github.com/rust-lang/crates.io-index"\n\n'
        '[[package]]\nname = "tokio"\nversion = "1.47.1"\n'
        'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
    )


def _tree(members: str) -> dict[str, str]:
    return {
        "Cargo.toml": (
            f'[workspace]\nresolver = "2"\nmembers = [{members}]\n'
            'exclude = ["tools/*"]\n\n'
            '[workspace.dependencies]\ntokio = { version = "1", features = ["macros"] }\n'
        ),
        "Cargo.lock": _lock("0.8.8"),
        "crates/core/Cargo.toml": '[package]\nname = "core"\nversion = "0.1.0"\n',
        "crates/core/src/lib.rs": "pub fn f() {}\n",
        "apps/server/Cargo.toml": (
            '[package]\nname = "server"\nversion = "0.1.0"\nedition = "2021"\n\n'
            '[dependencies]\naxum = { version = "0.8", features = ["json"] }\n'
            "tokio = { workspace = true }\n"
        ),
        "apps/server/Cargo.lock": _lock("0.8.7"),
        "apps/server/src/main.rs": (
            "use axum::{routing::get, Router};\n\n#[tokio::main]\nasync fn main() {\n"
            '    let app = Router::new().route("/api/v1/accounts", get(list));\n'
            '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8088").await.unwrap();\n'
            "    axum::serve(listener, app).await.unwrap();\n}\n\nasync fn list() {}\n"
        ),
    }


def test_a_workspace_member_runs_on_the_workspace_lock(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree('"apps/server", "crates/*"')))
    assert first(found["apps/server"], FindingKind.FRAMEWORK) == ("Axum", "0.8.8")


def test_a_member_by_glob_runs_on_the_workspace_lock(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree('"apps/*", "crates/*"')))
    assert first(found["apps/server"], FindingKind.FRAMEWORK) == ("Axum", "0.8.8")


def test_a_crate_the_workspace_does_not_list_keeps_its_own_lock(tmp_path: Path) -> None:
    # Counter-case: not a member, the crate is built alone, from the lock beside it.
    found = by_folder(write(tmp_path, _tree('"crates/*"')))
    assert first(found["apps/server"], FindingKind.FRAMEWORK) == ("Axum", "0.8.7")


def test_an_excluded_crate_keeps_its_own_lock(tmp_path: Path) -> None:
    # Counter-case: `exclude` takes a folder out of a `members` glob.
    files = {
        (k.replace("apps/server", "tools/server") if k.startswith("apps/") else k): v
        for k, v in _tree('"tools/*", "crates/*"').items()
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["tools/server"], FindingKind.FRAMEWORK) == ("Axum", "0.8.7")


def test_a_crate_that_is_a_workspace_of_its_own_keeps_its_lock(tmp_path: Path) -> None:
    # Counter-case: a `[workspace]` table in the crate's own Cargo.toml makes it a root.
    files = _tree('"crates/*"')
    files["apps/server/Cargo.toml"] += "\n[workspace]\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["apps/server"], FindingKind.FRAMEWORK) == ("Axum", "0.8.7")
