"""Rust: a library crate's module whose name ends in `main.rs` is no binary (set 179, #19).

A Cargo workspace splits its service into a binary crate (`backend/app`, `src/main.rs` with
`#[tokio::main]` calling the web crate's `start`) and library crates: the web crate holds the
Axum routers, one of them in `src/domain.rs`. The binary that starts the web crate is the
application (`started_by_binaries`, as sets 10 and 14 named the binary crate); a file is a
binary's entry only when its whole name is `main.rs`, so `domain.rs` does not make the library
an application of its own. A web crate with a real `src/main.rs` starting the server stays the
application."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROUTER = (
    "use axum::Router;\nuse axum::routing::get;\n\n"
    "pub(crate) fn router() -> Router {\n"
    '    Router::new().route("/api/parts", get(list))\n}\n\nasync fn list() {}\n'
)


def _workspace() -> dict[str, str]:
    return {
        "Cargo.toml": (
            '[workspace]\nresolver = "2"\nmembers = ["backend/app", "backend/web"]\n\n'
            '[workspace.dependencies]\nweb = { path = "./backend/web" }\n'
            'tokio = "1.44"\n'
        ),
        "backend/app/Cargo.toml": (
            '[package]\nname = "shopapp"\nversion = "0.1.0"\nedition = "2021"\n\n'
            "[dependencies]\ntokio = { workspace = true, features = [\"full\"] }\n"
            "web = { workspace = true }\n"
        ),
        "backend/app/src/main.rs": (
            "#[tokio::main]\nasync fn main() {\n"
            '    let url = std::env::var("DB_URL").unwrap_or("postgres://localhost/shop".into());\n'
            "    web::start(&url).await;\n}\n"
        ),
        "backend/web/Cargo.toml": (
            '[package]\nname = "web"\nversion = "0.1.0"\nedition = "2021"\n\n'
            '[dependencies]\naxum = "0.8"\ntokio = { workspace = true }\n\n'
            "[lib]\ntest = false\n"
        ),
        "backend/web/src/lib.rs": (
            "mod domain;\nuse axum::Router;\n\npub async fn start(_url: &str) {\n"
            "    let app: Router = domain::router();\n"
            '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8000").await.unwrap();\n'
            "    axum::serve(listener, app).await.unwrap();\n}\n"
        ),
        "backend/web/src/domain.rs": _ROUTER,
    }


def test_the_binary_starting_a_web_crate_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert sorted(found) == ["backend/app"]
    assert first(found["backend/app"], K.FRAMEWORK)[0] == "Axum"


def test_a_web_crate_with_its_own_main_stays_the_backend(tmp_path: Path) -> None:
    # Counter-case: the web crate's own `src/main.rs` serves; nothing else depends on it.
    files = _workspace()
    del files["backend/app/Cargo.toml"], files["backend/app/src/main.rs"]
    files["Cargo.toml"] = files["Cargo.toml"].replace('"backend/app", ', "")
    files["backend/web/src/main.rs"] = (
        "mod domain;\n\n#[tokio::main]\nasync fn main() {\n"
        "    let app: axum::Router = domain::router();\n"
        '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8000").await.unwrap();\n'
        "    axum::serve(listener, app).await.unwrap();\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["backend/web"]
    assert first(found["backend/web"], K.FRAMEWORK)[0] == "Axum"
