"""A Rust program whose only HTTP routes serve operators is no backend (#19, the phantom
firezone's TURN relay left in benchmarks/detect_heldout37.yaml): a relay's loop over UDP
sockets beside an Axum router answering `POST /log_filter`, the fixture built from its
files' shape."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, write

from designer.detect.probes import OPERATOR_PATH
from designer.model.stack import FindingKind as K

_MAIN = """use std::net::UdpSocket;

mod control_endpoint;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (dispatch, handle) = (logging::dispatch(), log_reload.merge(otel_reload));
    tokio::spawn(control_endpoint::serve(([0, 0, 0, 0], 8080), handle));
    let socket = UdpSocket::bind("0.0.0.0:3478")?;
    let mut buf = [0u8; 1500];
    loop {
        let (n, from) = socket.recv_from(&mut buf)?;
        relay(&buf[..n], from, &dispatch);
    }
}
"""

_CONTROL = """use axum::Router;
use axum::extract::{Query, State};
use axum::routing::post;

pub async fn serve(addr: impl Into<SocketAddr>, handle: FilterReloadHandle) -> std::io::Result<()> {
    let service = Router::new()
        .route("PATH", post(set_log_filter))MORE
        .with_state(AppState { handle: Arc::new(handle) })
        .into_make_service();
    axum::serve(tokio::net::TcpListener::bind(addr.into()).await?, service).await?;
    Ok(())
}
"""


_API = """use axum::{routing::get, Router};
use sqlx::PgPool;

#[tokio::main]
async fn main() {
    let pool = PgPool::connect(&std::env::var("DATABASE_URL").unwrap()).await.unwrap();
    let app = Router::new().route("/api/accounts", get(accounts)).with_state(pool);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
"""


def _workspace(path: str = "/log_filter", more: str = "") -> dict[str, str]:
    """A Cargo workspace: the portal's API over PostgreSQL, and the relay whose router is
    `control_endpoint.rs` with the given first route and more."""
    return {
        "Cargo.toml": '[workspace]\nmembers = ["api", "relay"]\nresolver = "2"\n',
        "api/Cargo.toml": cargo(
            'axum = "0.8.8"',
            'sqlx = { version = "0.8", features = ["postgres", "runtime-tokio"] }',
            'tokio = { version = "1", features = ["full"] }',
        ).replace('name = "app"', 'name = "api"'),
        "api/src/main.rs": _API,
        "relay/Cargo.toml": cargo(
            'axum = { version = "0.8.8", features = ["http1", "tokio", "query"] }',
            'tokio = { version = "1", features = ["macros", "rt-multi-thread", "net"] }',
            'anyhow = "1"',
        ).replace('name = "app"', 'name = "relay"'),
        "relay/src/main.rs": _MAIN,
        "relay/src/control_endpoint.rs": _CONTROL.replace("PATH", path).replace("MORE", more),
    }


def test_a_router_of_operator_controls_beside_a_socket_loop_is_no_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert set(found) == {"api"}
    assert first(found["api"], K.FRAMEWORK) == ("Axum", "0.8.8")


def test_a_health_and_metrics_router_is_no_backend_either(tmp_path: Path) -> None:
    more = '\n        .route("/metrics", get(metrics))\n        .route("/healthz", get(ok))'
    assert set(by_folder(write(tmp_path, _workspace("/readyz", more)))) == {"api"}


def test_a_platforms_own_probe_names_are_operators_too(tmp_path: Path) -> None:
    """Probes named as a platform names them (`/internal/isAlive`, `isReady`, `hasStarted`)."""
    more = (
        '\n        .route("/internal/isReady", get(ok))'
        '\n        .route("/internal/hasStarted", get(ok))'
    )
    assert set(by_folder(write(tmp_path, _workspace("/internal/isAlive", more)))) == {"api"}


def test_one_route_for_clients_keeps_the_backend(tmp_path: Path) -> None:
    """The other side: an allocation API beside the log control is served to clients."""
    more = '\n        .route("/api/allocations", post(allocate))'
    found = by_folder(write(tmp_path, _workspace(more=more)))
    assert set(found) == {"api", "relay"}
    assert first(found["relay"], K.FRAMEWORK)[0] == "Axum"


def test_a_router_merged_from_elsewhere_keeps_the_backend(tmp_path: Path) -> None:
    """Routes the reading cannot see (another router merged in) may serve clients."""
    more = "\n        .merge(allocations::router())"
    assert set(by_folder(write(tmp_path, _workspace(more=more)))) == {"api", "relay"}


def test_a_store_of_its_own_keeps_the_backend(tmp_path: Path) -> None:
    """A program with a database is weighed as a backend, whatever its routes."""
    files = _workspace()
    files["relay/Cargo.toml"] += 'sqlx = { version = "0.8", features = ["postgres"] }\n'
    files["relay/src/store.rs"] = (
        "use sqlx::PgPool;\n\npub async fn open(url: &str) -> PgPool {\n"
        "    PgPool::connect(url).await.unwrap()\n}\n"
    )
    assert set(by_folder(write(tmp_path, files))) == {"api", "relay"}


def test_operator_paths() -> None:
    operator = ("/health", "/_health", "/healthz", "/readyz", "/metrics", "/log_filter", "/ping",
                "/internal/isAlive", "/isready", "/internal/hasStarted")
    for path in (*operator, "/debug/pprof/heap"):
        assert OPERATOR_PATH.fullmatch(path), path
    for path in ("/", "/api", "/healthcare", "/metrics-report", "/users/ping", "/login",
                 "/isolate", "/island"):
        assert not OPERATOR_PATH.fullmatch(path), path


def _with_crate(lib: str) -> dict[str, str]:
    """The relay depending on a workspace crate `shared` whose `src/lib.rs` is `lib`."""
    files = _workspace()
    files["Cargo.toml"] = '[workspace]\nmembers = ["api", "relay", "shared"]\nresolver = "2"\n'
    files["relay/Cargo.toml"] += 'shared = { path = "../shared" }\n'
    files["shared/Cargo.toml"] = cargo('axum = "0.8.8"').replace('name = "app"', 'name = "shared"')
    files["shared/src/lib.rs"] = lib
    return files


def test_a_shared_crates_health_router_is_the_operators_too(tmp_path: Path) -> None:
    """firezone's bin-shared: the crate the relay depends on builds its probe router; neither
    is a backend (the crate's own routes are probes, so no binary is put in its place)."""
    health = (
        "use axum::Router;\nuse axum::routing::get;\n\npub fn router() -> Router {\n"
        '    Router::new()\n        .route("/healthz", get(|| async { "" }))\n'
        '        .route(\n            "/readyz",\n            get(|| async { "" }),\n        )\n}\n'
    )
    assert set(by_folder(write(tmp_path, _with_crate(health)))) == {"api"}


def test_client_routes_in_a_crate_the_program_serves_keep_the_backend(tmp_path: Path) -> None:
    """The other side: the program serves a router its workspace crate builds (`shared`'s
    `/api/allocations`), beside its own log control: the binary stands for the crate holding
    the routes (`rust_apps`)."""
    api = (
        "use axum::{routing::post, Router};\n\npub fn router() -> Router {\n"
        '    Router::new().route("/api/allocations", post(allocate))\n}\n'
    )
    assert "relay" in by_folder(write(tmp_path, _with_crate(api)))
