"""Held-out set 497 (#19): a monorepo of Rust warp servers under `medicines/` keeps at its root a
`hello-world/` crate, a Tide server answering `/hello/:name` that the team keeps to try its
cluster and toolchain. A folder named for a hello-world program is a sample, as `examples/` and
`*-sample` folders are, never one of the product's backends; a server whose folder only contains
the words (`greetings/`) is still one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.nonservices import is_example

_WARP = """[package]
name = "{name}"
version = "0.1.0"
edition = "2018"

[dependencies]
tokio = {{ version = "0.2", features = ["macros"] }}
warp = "0.2.5"
"""

_WARP_MAIN = """use warp::Filter;

#[tokio::main]
async fn main() {
    let routes = warp::path("products").and(warp::post()).map(|| "[]");
    warp::serve(routes).run(([0, 0, 0, 0], 8000)).await;
}
"""

_TIDE = """[package]
name = "{name}"
version = "0.1.0"
edition = "2018"

[dependencies]
smol = "0.1.4"
tide = "0.8.1"
"""

_TIDE_MAIN = """fn main() -> std::io::Result<()> {
    let mut app = tide::new();
    app.at("/hello/:name").get(|_| async { Ok("Hello") });
    smol::run(app.listen("0.0.0.0:3030"))
}
"""


def test_a_hello_world_server_beside_the_product_is_no_backend(tmp_path: Path) -> None:
    files = {
        "medicines/api/Cargo.toml": _WARP.format(name="api"),
        "medicines/api/src/main.rs": _WARP_MAIN,
        "hello-world/Cargo.toml": _TIDE.format(name="hello-world"),
        "hello-world/src/main.rs": _TIDE_MAIN,
        "greetings/Cargo.toml": _TIDE.format(name="greetings"),
        "greetings/src/main.rs": _TIDE_MAIN,
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["greetings", "medicines/api"]


@pytest.mark.parametrize(
    ("folder", "example"),
    [
        ("hello-world", True),
        ("HelloWorld", True),
        ("contrib/hello_world", True),
        ("contrib/hello-world-react", True),
        ("helloworlds-api", False),
        ("services/world-hello", False),
    ],
)
def test_hello_world_folders_are_samples(folder: str, example: bool) -> None:
    assert is_example(folder) is example
