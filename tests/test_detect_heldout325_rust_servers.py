"""Held-out set 325 (#19): two Rust shapes read wrong.

A lone Actix Web crate rendering pages with Maud and fetching with reqwest, at the root of a
Cargo workspace whose other member is a library, is a computation service (it reads crates'
manifests from a code host and a package index and renders status pages and SVG badges), not a
front over the product's API: the tree holds no other server its pages could go to, so
`rust_pages` leaves it a backend. Counter-case: the same crate beside an API crate of the tree
is still a UI.

A Rust program serving webhooks through Hyper alone (a match on method and path, no web
framework crate), deployed by its Dockerfile, is a program on a bare HTTP library, set aside as
Go programs on net/http alone are: `rust_plain_http` settles it, so that no guess makes it a
backend. Counter-case: the same crate requiring Axum beside Hyper is a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WORKSPACE_ROOT = """[workspace]
resolver = "2"
members = [
    ".",
    "./libs/badge",
]

[package]
name = "status-service"
version = "0.1.0"
edition = "2024"

[dependencies]
badge = { path = "./libs/badge" }

actix-web = { version = "4", default-features = false, features = ["macros"] }
maud = "0.27"
reqwest = { version = "0.13", default-features = false, features = ["json"] }
tokio = { version = "1.44.2", features = ["rt", "macros"] }
"""

_LOCK = """version = 4

[[package]]
name = "actix-web"
version = "4.13.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
"""

_MAIN = """use actix_web::{web, App, HttpServer};

mod server;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .service(server::index)
            .service(server::crate_status_svg)
            .default_service(web::to(server::not_found))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
"""

_SERVER = """use actix_web::{get, HttpResponse};
use maud::html;

#[get("/")]
pub async fn index() -> HttpResponse {
    HttpResponse::Ok().body(html! { h1 { "Status" } }.into_string())
}

#[get("/crate/{name}/status.svg")]
pub async fn crate_status_svg() -> HttpResponse {
    let body = reqwest::get("https://index.example.org/config.json").await.unwrap();
    HttpResponse::Ok().content_type("image/svg+xml").body(body.text().await.unwrap())
}

pub async fn not_found() -> HttpResponse {
    HttpResponse::NotFound().finish()
}
"""

_BADGE = """[package]
name = "badge"
version = "0.2.0"
edition = "2024"

[dependencies]
base64 = "0.22"
"""

_API = """[package]
name = "api"
version = "0.1.0"
edition = "2021"

[dependencies]
axum = "0.8"
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }
sqlx = { version = "0.8", features = ["postgres"] }
"""

_API_MAIN = """#[tokio::main]
async fn main() {
    let app = axum::Router::new();
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
"""


def _status_tree(**more: str) -> dict[str, str]:
    files = {
        "Cargo.toml": _WORKSPACE_ROOT,
        "Cargo.lock": _LOCK,
        "src/main.rs": _MAIN,
        "src/server/mod.rs": _SERVER,
        "libs/badge/Cargo.toml": _BADGE,
        "libs/badge/src/lib.rs": "pub struct Badge;\n",
        "Procfile": "web: ./target/release/status-service\n",
        "Dockerfile": "FROM rust:1.85\nCOPY . .\nRUN cargo build --release\nEXPOSE 8080\n",
    }
    files.update(more)
    return files


def test_a_lone_template_server_over_outside_services_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _status_tree()))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK) == ("Actix Web", "4.13.0")


def test_the_same_server_beside_an_api_of_the_tree_is_a_ui(tmp_path: Path) -> None:
    files = _status_tree(**{"api/Cargo.toml": _API, "api/src/main.rs": _API_MAIN})
    files["Cargo.toml"] = files["Cargo.toml"].replace('"./libs/badge",', '"./libs/badge", "api",')
    found = by_folder(write(tmp_path, files))
    assert "." not in found
    assert "api" in found


_HYPER_CRATE = """[package]
name = "log-analyzer"
version = "0.1.0"
edition = "2021"

[dependencies]
hyper = {{ version = "0.14.25", features = ["http1", "server", "runtime"] }}
reqwest = {{ version = "0.11.14", features = ["json", "blocking"] }}
aws-sdk-s3 = "0.34.0"
tokio = {{ version = "1.26.0", features = ["rt-multi-thread", "macros"] }}
{extra}"""

_SERVER_BIN = """mod server;

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(server::serve("0.0.0.0:80".parse().unwrap()));
}
"""

_SERVICE = """use hyper::service::{make_service_fn, service_fn};
use hyper::{Body, Method, Request, Response, Server, StatusCode};

pub async fn serve(addr: std::net::SocketAddr) {
    let make = make_service_fn(|_| async { Ok::<_, hyper::Error>(service_fn(route)) });
    Server::bind(&addr).serve(make).await.unwrap();
}

async fn route(req: Request<Body>) -> Result<Response<Body>, hyper::Error> {
    match (req.method(), req.uri().path()) {
        (&Method::POST, "/") => Ok(Response::new(Body::from("queued"))),
        _ => Ok(Response::builder().status(StatusCode::NOT_FOUND).body(Body::empty()).unwrap()),
    }
}
"""


def _hyper_tree(extra: str = "") -> dict[str, str]:
    return {
        "Cargo.toml": _HYPER_CRATE.format(extra=extra),
        "src/lib.rs": "pub mod index;\n",
        "src/index.rs": "pub struct Index;\n",
        "src/bin/webhook-server.rs": _SERVER_BIN,
        "src/bin/server/mod.rs": _SERVICE,
        "Dockerfile": "FROM rust:1.75\nCOPY . .\nRUN cargo build --release\n"
        "CMD webhook-server --bind 0.0.0.0 --port 80\n",
    }


def test_a_webhook_server_on_hyper_alone_is_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _hyper_tree())) == {}


def test_the_same_crate_on_a_web_framework_is_a_backend(tmp_path: Path) -> None:
    files = _hyper_tree(extra='axum = "0.7"\n')
    files["src/bin/server/mod.rs"] = _API_MAIN.replace("async fn main", "pub async fn serve")
    assert "." in by_folder(write(tmp_path, files))
