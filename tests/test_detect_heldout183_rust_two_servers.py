"""Rust: one binary starting two server crates is the backend, beside a codegen binary that
prints their schemas (set 183, #19).

A Cargo workspace keeps an admin API and a customer API as library crates (`lana/admin-server`,
`lana/customer-server`: Axum routers and a `run` each, no binary). The binary crate `lana/cli`
builds the Tokio runtime by hand (`tokio::runtime::Builder::new_multi_thread()`, for a larger
worker stack) and spawns both servers. A codegen crate (`dev/codegen`, `src/bin/write_sdl.rs`)
also depends on both, only to print their GraphQL schemas. The binary starting the runtime
runs them: one backend, `lana/cli` (`started_by_binaries`). Where no binary starts a runtime,
nothing tells which runs them, and the server crates stay."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = (
    "fn main() -> anyhow::Result<()> {\n"
    "    tokio::runtime::Builder::new_multi_thread()\n        .enable_all()\n"
    "        .thread_stack_size(8 * 1024 * 1024)\n        .build()?\n"
    "        .block_on(lana_cli::run())\n}\n"
)


def _server(name: str) -> dict[str, str]:
    return {
        f"lana/{name}/Cargo.toml": (
            f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n'
            "[dependencies]\naxum = { workspace = true }\ntokio = { workspace = true }\n"
        ),
        f"lana/{name}/src/lib.rs": (
            "use axum::{routing::get, Router};\n\npub async fn run(port: u16) {\n"
            '    let app = Router::new().route("/graphql", get(|| async { "ok" }));\n'
            '    let listener = tokio::net::TcpListener::bind(("0.0.0.0", port)).await.unwrap();\n'
            "    axum::serve(listener, app).await.unwrap();\n}\n\n"
            'pub fn schema() -> String {\n    "type Query { ok: Boolean }".into()\n}\n'
        ),
    }


def _workspace(main: str = _MAIN) -> dict[str, str]:
    return {
        "Cargo.toml": (
            '[workspace]\nresolver = "2"\nmembers = ["lana/cli", "lana/admin-server",'
            ' "lana/customer-server", "dev/codegen"]\n\n[workspace.dependencies]\n'
            'admin-server = { path = "lana/admin-server" }\n'
            'customer-server = { path = "lana/customer-server" }\n'
            'axum = "0.8"\ntokio = { version = "1.44", features = ["full"] }\n'
        ),
        **_server("admin-server"),
        **_server("customer-server"),
        "lana/cli/Cargo.toml": (
            '[package]\nname = "lana-cli"\nversion = "0.1.0"\nedition = "2021"\n\n'
            "[dependencies]\nadmin-server = { workspace = true }\n"
            "customer-server = { workspace = true }\ntokio = { workspace = true }\n"
            'anyhow = "1"\n'
        ),
        "lana/cli/src/main.rs": main,
        "lana/cli/src/lib.rs": (
            "pub async fn run() -> anyhow::Result<()> {\n"
            "    let admin = tokio::spawn(admin_server::run(5253));\n"
            "    let customer = tokio::spawn(customer_server::run(5254));\n"
            "    let _ = tokio::join!(admin, customer);\n    Ok(())\n}\n"
        ),
        "dev/codegen/Cargo.toml": (
            '[package]\nname = "codegen"\nversion = "0.1.0"\nedition = "2021"\n\n'
            "[dependencies]\nadmin-server = { workspace = true }\n"
            "customer-server = { workspace = true }\n"
        ),
        "dev/codegen/src/bin/write_sdl.rs": (
            'fn main() {\n    println!("{}", admin_server::schema());\n'
            '    println!("{}", customer_server::schema());\n}\n'
        ),
    }


def test_the_binary_starting_the_runtime_is_the_one_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert sorted(found) == ["lana/cli"]
    assert first(found["lana/cli"], K.FRAMEWORK)[0] == "Axum"


def test_with_no_binary_starting_a_runtime_the_server_crates_stay(tmp_path: Path) -> None:
    # Counter-case: the binary's main only blocks on a future another crate's runtime
    # drives; nothing tells which of the two binaries runs the servers.
    main = "fn main() {\n    futures::executor::block_on(lana_cli::run()).unwrap();\n}\n"
    found = by_folder(write(tmp_path, _workspace(main)))
    assert "lana/cli" not in found
    assert {"lana/admin-server", "lana/customer-server"} <= set(found)
