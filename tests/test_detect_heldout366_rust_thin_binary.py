"""Held-out set 366 (#19): a Cargo workspace whose one program is a thin binary crate
(`src/app`, `main.rs` and a `[[bin]]` section) calling a command-line library crate
(`crates/cli`) whose `server` command runs the Axum server crate (`crates/server`, no binary).
The thin main builds Tokio's runtime by hand with the builder imported (`use
tokio::runtime::Builder;` then `Builder::new_multi_thread()`). Beside it, a developer tool
(`src/internals`) depends on the server crate directly, only to write its OpenAPI document.
The program is the binary starting the runtime that reaches the server crate through the
workspace's libraries, not the tool; the settings crate's `impl Default for Config` returning
`Config::SQLite(…)` makes SQLite its engine, whatever driver features the workspace enables.
With no binary starting a runtime, the tool is not made the program's stand-in by that reach.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_THIN_MAIN = """use tokio::runtime::Builder;

fn main() -> eyre::Result<()> {
    let program = app_cli::Program::parse();
    let mut builder = Builder::new_multi_thread();
    builder.enable_all();
    builder.build()?.block_on(program.execute())
}
"""

_PLAIN_MAIN = """fn main() -> eyre::Result<()> {
    futures::executor::block_on(app_cli::Program::parse().execute())
}
"""

_TOOL_MAIN = """fn main() {
    let document = app_server::openapi::document();
    std::fs::write("assets/openapi.json", document).unwrap();
}
"""

_SETTINGS = """pub enum Config {
    PostgreSQL(postgresql::Config),
    SQLite(sqlite::Config),
}

impl Default for Config {
    fn default() -> Self {
        Config::SQLite(sqlite::Config::default())
    }
}
"""


def _crate(name: str, deps: str, bin_path: str = "") -> str:
    binary = f'[[bin]]\nname = "{name}"\npath = "{bin_path}"\n\n' if bin_path else ""
    return (
        f'[package]\nname = "{name}"\nversion.workspace = true\nedition = "2024"\n\n'
        f"{binary}[dependencies]\n{deps}"
    )


def _workspace(main: str) -> dict[str, str]:
    return {
        "Cargo.toml": (
            '[workspace]\nresolver = "3"\nmembers = ["crates/cli", "crates/server",'
            ' "crates/configuration", "src/app", "src/internals"]\n\n'
            '[workspace.package]\nversion = "0.1.0"\n\n[workspace.dependencies]\n'
            'app-cli.path = "./crates/cli"\napp-server.path = "./crates/server"\n'
            'app-config.path = "./crates/configuration"\n'
            'axum = { version = "0.8.4", features = ["http2"] }\n'
            'sea-orm = { version = "1.1.8", features = ["sqlx-postgres", "sqlx-sqlite"] }\n'
            'tokio = { version = "1.44", features = ["full"] }\neyre = "0.6"\n'
        ),
        "crates/configuration/Cargo.toml": _crate("app-config", "eyre.workspace = true\n"),
        "crates/configuration/src/lib.rs": "pub mod database;\n",
        "crates/configuration/src/database.rs": _SETTINGS,
        "crates/server/Cargo.toml": _crate(
            "app-server",
            "axum.workspace = true\nsea-orm.workspace = true\ntokio.workspace = true\n"
            "app-config.workspace = true\n",
        ),
        "crates/server/src/lib.rs": (
            "use axum::{routing::get, Router};\n\npub mod openapi;\n\n"
            "pub async fn start() {\n"
            '    let app = Router::new().route("/charts", get(|| async { "[]" }));\n'
            '    let listener = tokio::net::TcpListener::bind("0.0.0.0:3651").await.unwrap();\n'
            "    axum::serve(listener, app).await.unwrap();\n}\n"
        ),
        "crates/server/src/openapi.rs": 'pub fn document() -> String {\n    "{}".into()\n}\n',
        "crates/cli/Cargo.toml": _crate(
            "app-cli", "app-server.workspace = true\ntokio.workspace = true\n"
        ),
        "crates/cli/src/lib.rs": (
            "pub struct Program;\n\nimpl Program {\n"
            "    pub fn parse() -> Self {\n        Program\n    }\n"
            "    pub async fn execute(self) -> eyre::Result<()> {\n"
            "        app_server::start().await;\n        Ok(())\n    }\n}\n"
        ),
        "src/app/Cargo.toml": _crate(
            "app",
            "app-cli.workspace = true\ntokio.workspace = true\neyre.workspace = true\n",
            bin_path="main.rs",
        ),
        "src/app/main.rs": main,
        "src/internals/Cargo.toml": _crate(
            "app-internals", "app-server.workspace = true\n", bin_path="main.rs"
        ),
        "src/internals/main.rs": _TOOL_MAIN,
    }


def test_the_thin_binary_starting_the_runtime_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace(_THIN_MAIN)))
    assert sorted(found) == ["src/app"]
    assert first(found["src/app"], K.FRAMEWORK)[0] == "Axum"
    assert first(found["src/app"], K.DATABASE)[0] == "SQLite"


def test_with_no_runtime_started_the_thin_binary_is_not_chosen(tmp_path: Path) -> None:
    assert "src/app" not in by_folder(write(tmp_path, _workspace(_PLAIN_MAIN)))
