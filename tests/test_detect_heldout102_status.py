"""A Rust worker manager whose Axum router serves only `/version`, `/health` and `/status`, as
set 102 showed it (benchmarks/detect_heldout102.yaml, #19): it starts workers on RabbitMQ
queues and keeps no data; `/status` lists its workers' states for operators, as a health
probe does. No backend beside the API crate over Diesel. A crate with no data serving one
route of its own beside `/status` stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _crate(name: str, extra: str = "") -> str:
    return (
        f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n'
        f'[dependencies]\naxum = "0.7.5"\ntokio = "1"\nlapin = "2.3.4"\n{extra}'
    )


def _api_rs(routes: str) -> str:
    return (
        "use axum::{extract::State, routing::get, Json, Router};\n\n"
        "pub async fn create_server(addr: String) {\n"
        f"    let app = Router::new()\n{routes}        .with_state(());\n"
        "    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();\n"
        "    axum::serve(listener, app).await.unwrap();\n}\n"
    )


_MANAGER_ROUTES = (
    '        .route("/version", get(version))\n'
    '        .route("/health", get(health_check))\n'
    '        .route("/status", get(list_workers))\n'
)

_API = {
    "editoast/Cargo.toml": (
        '[package]\nname = "editoast"\nversion = "0.1.0"\nedition = "2021"\n\n'
        '[dependencies]\naxum = "0.7.5"\ntokio = "1"\ndiesel = "2.2.4"\n'
        'diesel-async = { version = "0.5.0", features = ["postgres"] }\n'
    ),
    "editoast/src/main.rs": (
        "use axum::{routing::get, Router};\n\n#[tokio::main]\nasync fn main() {\n"
        '    let app = Router::new().route("/infra", get(list));\n'
        '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8090").await.unwrap();\n'
        "    axum::serve(listener, app).await.unwrap();\n}\n\nasync fn list() {}\n"
    ),
}


def _manager(routes: str) -> dict[str, str]:
    return {
        "manager/Cargo.toml": _crate("manager"),
        "manager/src/main.rs": (
            "mod api;\n\n#[tokio::main]\nasync fn main() {\n"
            '    api::create_server("0.0.0.0:4000".into()).await;\n}\n'
        ),
        "manager/src/api.rs": _api_rs(routes),
    }


def test_a_worker_manager_serving_version_health_and_status_is_no_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, {**_API, **_manager(_MANAGER_ROUTES)}))
    assert list(found) == ["editoast"]


def test_a_route_of_its_own_beside_status_leaves_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: `/jobs` serves clients, whatever the operators' routes beside it.
    routes = _MANAGER_ROUTES + '        .route("/jobs", get(list_jobs))\n'
    found = by_folder(write(tmp_path, {**_API, **_manager(routes)}))
    assert sorted(found) == ["editoast", "manager"]
