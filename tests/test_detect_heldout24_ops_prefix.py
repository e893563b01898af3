"""A Rust worker whose Axum router serves only operators' routes kept under a namespace
(`/system/health`, `/system/metrics`) beside a real API crate (held-out set 52, #19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_WORKSPACE = '[workspace]\nmembers = ["src/app/api-server", "src/app/provider"]\n'


def _crate(name: str) -> str:
    return (
        f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n'
        '[dependencies]\naxum = "0.8"\ntokio = "1"\n'
    )


def _main(routes: str) -> str:
    return (
        "#[tokio::main]\nasync fn main() {\n"
        f"    let app = axum::Router::new()\n{routes}"
        "        .fallback(unknown);\n"
        '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n'
        "    axum::serve(listener, app.into_make_service()).await.unwrap();\n}\n\n"
        "async fn unknown() -> &'static str {\n    \"not found\"\n}\n"
    )


def test_worker_serving_namespaced_health_and_metrics_is_no_backend(tmp_path: Path) -> None:
    """kamu-node: the oracle provider serves `/system/health` and `/system/metrics` only; the
    API server beside it is the backend."""
    files = {
        "Cargo.toml": _WORKSPACE,
        "src/app/api-server/Cargo.toml": _crate("api-server"),
        "src/app/api-server/src/main.rs": _main(
            '        .route("/graphql", axum::routing::post(gql))\n'
            '        .route("/system/health", axum::routing::get(health))\n'
        )
        + "\nasync fn gql() {}\nasync fn health() {}\n",
        "src/app/provider/Cargo.toml": _crate("provider"),
        "src/app/provider/src/main.rs": _main(
            '        .route(\n            "/system/health",\n'
            "            axum::routing::get(observability::health::health_handler),\n        )\n"
            '        .route(\n            "/system/metrics",\n'
            "            axum::routing::get(observability::metrics::metrics_handler),\n"
            "        )\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["src/app/api-server"]
