"""Held-out set 383 (#19): a Rust program beside its product's API whose only HTTP is a Warp
filter for `/health` (`warp::path!("health").and(warp::get())`), and which keeps no data: it
reads a game server's events and forwards them with an HTTP client. Its one route serves an
operator, so it is no backend. A Warp filter whose path is not a literal (`warp::path::end()`,
`warp::any()`) may serve anything, and a filter for a route of the product's keeps the crate a
backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import cargo, package_json, write

_PROBE = """use warp::Filter;

#[tokio::main]
async fn main() {
    let health = warp::path!("health")
        .and(warp::get())
        .map(|| warp::reply::json(&"OK"));
    warp::serve(health.with(warp::log("events"))).run(([127, 0, 0, 1], 5006)).await;
}
"""

_EXPRESS = "const express = require('express');\nconst app = express();\n" \
    "app.get('/api/items', (req, res) => res.json([]));\napp.listen(3000);\n"


def _tree(main: str) -> dict[str, str]:
    return {
        "apps/api/package.json": package_json({"express": "^4.21.0"}),
        "apps/api/app.js": _EXPRESS,
        "events/Cargo.toml": cargo('warp = "0.3"', 'tokio = { version = "1", features = ["full"] }',
                                   'reqwest = "0.11"'),
        "events/src/main.rs": main,
    }


def test_a_warp_health_filter_alone_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _tree(_PROBE)))) == ["apps/api"]


def test_a_warp_route_of_the_product_stays_a_backend(tmp_path: Path) -> None:
    main = _PROBE.replace(
        "health.with(", 'health.or(warp::path!("matches").map(|| "[]")).with('
    )
    assert "events" in by_folder(write(tmp_path, _tree(main)))


def test_a_warp_filter_without_a_literal_path_stays_a_backend(tmp_path: Path) -> None:
    main = _PROBE.replace(
        "health.with(", 'health.or(warp::path::end().map(|| "home")).with('
    )
    assert "events" in by_folder(write(tmp_path, _tree(main)))
