"""A Rust command-line client beside the product's API, as set 134 showed it
(benchmarks/detect_heldout134.yaml, #19): one Cargo workspace holds the API (Actix Web over
sqlx) and the product's CLI, whose Cargo.toml files it under crates.io's
`command-line-utilities` category, parses its arguments with clap and, for its terminal UI,
starts an axum echo server on a free loopback port that receives the webhooks the UI sends.
That server serves the person at the terminal: the crate is a CLI, no backend. A crate filed
as a command that keeps data of its own (an identity server published as a command) stays a
backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_API = {
    "Cargo.toml": '[workspace]\nresolver = "2"\nmembers = ["api", "cli"]\n',
    "api/Cargo.toml": (
        '[package]\nname = "api"\nversion = "0.1.0"\nedition = "2021"\n\n'
        '[dependencies]\nactix-web = "4.11.0"\n'
        'sqlx = { version = "0.8", features = ["postgres", "runtime-tokio"] }\n'
    ),
    "api/src/main.rs": (
        "use actix_web::{web, App, HttpServer};\n\n#[actix_web::main]\n"
        "async fn main() -> std::io::Result<()> {\n"
        '    HttpServer::new(|| App::new().route("/api/v1/events", web::post().to(send)))\n'
        '        .bind(("0.0.0.0", 8081))?\n        .run()\n        .await\n}\n\n'
        "async fn send() -> &'static str { \"ok\" }\n"
    ),
}

_ECHO = (
    "use axum::Router;\nuse axum::routing::any;\n\n"
    "pub fn start_echo_server() -> u16 {\n"
    '    let port = portpicker::pick_unused_port().expect("no free port");\n'
    '    let app = Router::new().route("/", any(echo)).route("/{*path}", any(echo));\n'
    "    tokio::spawn(async move {\n"
    "        let listener = tokio::net::TcpListener::bind(([127, 0, 0, 1], port)).await.unwrap();\n"
    "        axum::serve(listener, app).await.unwrap();\n    });\n    port\n}\n\n"
    'async fn echo() -> &\'static str { "{\\"received\\":true}" }\n'
)


def _cli(categories: str, extra: str = "") -> dict[str, str]:
    return {
        "cli/Cargo.toml": (
            '[package]\nname = "acme-cli"\nversion = "1.0.0"\nedition = "2021"\n'
            f"categories = [{categories}]\n\n"
            '[dependencies]\nclap = { version = "4", features = ["derive"] }\n'
            'axum = { version = "0.8", optional = true }\nportpicker = "0.1"\n'
            'tokio = { version = "1", features = ["full"] }\n'
            f"{extra}"
            '\n[features]\ndefault = ["tui"]\ntui = ["dep:axum"]\n\n'
            '[[bin]]\nname = "acme"\npath = "src/main.rs"\n'
        ),
        "cli/src/main.rs": (
            "use clap::Parser;\nmod echo_server;\n\n#[derive(Parser)]\nstruct Cli {}\n\n"
            "#[tokio::main]\nasync fn main() {\n    let _ = Cli::parse();\n"
            "    echo_server::start_echo_server();\n}\n"
        ),
        "cli/src/echo_server.rs": _ECHO,
    }


def test_a_crate_filed_as_a_command_line_utility_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(
        write(tmp_path, {**_API, **_cli('"command-line-utilities", "web-programming"')})
    )
    assert set(found) == {"api"}
    assert first(found["api"], FindingKind.FRAMEWORK)[0] == "Actix Web"


def test_the_same_crate_filed_otherwise_stays(tmp_path: Path) -> None:
    # Counter-case: without the category, nothing here says the crate is a command.
    found = by_folder(write(tmp_path, {**_API, **_cli('"web-programming"')}))
    assert "cli" in found


def test_a_command_filed_as_an_http_server_stays(tmp_path: Path) -> None:
    # Counter-case: a server published as a command says so with its category.
    categories = '"command-line-utilities", "web-programming::http-server"'
    found = by_folder(write(tmp_path, {**_API, **_cli(categories)}))
    assert "cli" in found


def test_a_command_keeping_data_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: an identity server filed as a command, with a store of its own.
    extra = 'sqlx = { version = "0.8", features = ["sqlite", "runtime-tokio"] }\n'
    found = by_folder(
        write(tmp_path, {**_API, **_cli('"authentication", "command-line-utilities"', extra)})
    )
    assert "cli" in found
