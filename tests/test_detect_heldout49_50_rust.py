"""Rust gaps the forty-ninth held-out set showed (benchmarks/detect_heldout49.yaml), as a small
fixture of the real files' shape (#19): a workspace's Kubernetes operator (kube-rs) whose Axum
router serves only an admission webhook and a health probe, beside the product's server and a
client library the operator and a CLI depend on (an OAuth callback listener in it)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_WORKSPACE = """[workspace]
members = ["crate/server", "crate/clients/client", "crate/clients/cli", "crate/clients/operator"]

[workspace.dependencies]
actix-web = { version = "4.12", default-features = false }
axum = "0.8"
tokio = "1"
kube = "1"
"""

_OPERATOR_MAIN = """use kube::Client;

mod webhook;

#[tokio::main]
async fn main() {
    let client = Client::try_default().await.unwrap();
    webhook::serve(client).await;
}
"""

_WEBHOOK = """use axum::{Json, Router, routing::post};
use kube::Client;

pub async fn serve(_client: Client) {
    let app = Router::new()
        .route("/mutate", post(mutate_handler))
        .route("/healthz", axum::routing::get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8443").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}

async fn mutate_handler(Json(body): Json<serde_json::Value>) -> Json<serde_json::Value> {
    Json(body)
}
"""


def _tree() -> dict[str, str]:
    return {
        "Cargo.toml": _WORKSPACE,
        "crate/server/Cargo.toml": (
            '[package]\nname = "vault_server"\n\n[dependencies]\n'
            "actix-web = { workspace = true }\ntokio = { workspace = true }\n"
        ),
        "crate/server/src/main.rs": (
            "use actix_web::{App, HttpServer, web};\n\n#[actix_web::main]\n"
            "async fn main() -> std::io::Result<()> {\n"
            '    HttpServer::new(|| App::new().route("/kmip", web::post().to(kmip)))\n'
            '        .bind(("0.0.0.0", 9998))?\n        .run()\n        .await\n}\n\n'
            'async fn kmip() -> &\'static str {\n    "ok"\n}\n'
        ),
        "crate/clients/client/Cargo.toml": (
            '[package]\nname = "vault_client"\n\n[lib]\npath = "src/lib.rs"\n\n[dependencies]\n'
            'actix-web = { workspace = true, features = ["macros"] }\n'
        ),
        "crate/clients/client/src/lib.rs": "pub mod login;\n",
        "crate/clients/client/src/login.rs": (
            "use actix_web::{App, HttpServer, web};\n\npub async fn callback() {\n"
            '    let server = HttpServer::new(|| App::new().route("/token", web::get().to(ok)));\n'
            '    drop(server);\n}\n\nasync fn ok() -> &\'static str {\n    "ok"\n}\n'
        ),
        "crate/clients/cli/Cargo.toml": (
            '[package]\nname = "vault_cli"\n\n[dependencies]\n'
            'vault_client = { path = "../client" }\n'
        ),
        "crate/clients/cli/src/main.rs": "fn main() {\n    vault_client::login::callback;\n}\n",
        "crate/clients/operator/Cargo.toml": (
            '[package]\nname = "vault_operator"\n\n[[bin]]\nname = "vault-operator"\n'
            'path = "src/main.rs"\n\n[dependencies]\n'
            'kube = { workspace = true, features = ["runtime", "derive"] }\n'
            'tokio = { workspace = true }\naxum = { workspace = true, features = ["json"] }\n'
            'vault_client = { path = "../client" }\n'
        ),
        "crate/clients/operator/src/main.rs": _OPERATOR_MAIN,
        "crate/clients/operator/src/webhook.rs": _WEBHOOK,
    }


def test_kubernetes_operator_serving_an_admission_webhook_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _tree()))) == ["crate/server"]


def test_admission_path_outside_a_kubernetes_controller_stays_a_route(tmp_path: Path) -> None:
    """`/validate` in a program that is no Kubernetes controller is a client's route."""
    files = _tree()
    files["crate/clients/operator/src/main.rs"] = (
        "mod webhook;\n\n#[tokio::main]\nasync fn main() {\n    webhook::serve().await;\n}\n"
    )
    files["crate/clients/operator/src/webhook.rs"] = (
        _WEBHOOK.replace("use kube::Client;\n", "")
        .replace("_client: Client", "")
        .replace("/mutate", "/validate")
    )
    assert "crate/clients/operator" in by_folder(write(tmp_path, files))
