"""A Node server that renders UI components to HTML for another application's pages is no
backend (#19, the phantom redbox's lit_ssr left in benchmarks/detect_heldout37.yaml): Express
importing Lit's server-side renderer, rendering the markup a Django app sends, with no data of
its own; the fixture built from its files' shape."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_RENDERER = """import express from "express";
import { html, render } from "@lit-labs/ssr";
import { unsafeHTML } from "lit-html/directives/unsafe-html.js";

const app = express();

app.get("/", async (req, res) => {
  const rendered = [...render(html`${unsafeHTML(req.query.data)}`)].join("");
  res.send(rendered);
});

app.get("/health", async (req, res) => {
  res.status(200).send();
});
ROUTES
app.listen(3002, () => {
  console.log("Server is running on port 3002");
});
"""

_API = """const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.post("/api/messages", async (req, res) => {
  await pool.query("insert into messages(body) values ($1)", [req.body.text]);
  res.status(201).end();
});
app.listen(8080);
"""


def _package(name: str, main: str, **dependencies: str) -> str:
    return json.dumps(
        {"name": name, "version": "1.0.0", "main": main, "type": "module",
         "dependencies": dependencies},
        indent=2,
    )


def _repo(routes: str = "", renderer: str = "@lit-labs/ssr") -> dict[str, str]:
    """The product's API over PostgreSQL, and beside it the renderer of its web components."""
    return {
        "api/package.json": _package("api", "server.js", express="^4.21.1", pg="^8.13.0"),
        "api/server.js": _API,
        "lit_ssr/package.json": _package(
            "lit_ssr", "lit-ssr.js", **{renderer: "^3.2.2"}, express="^4.21.1", lit="^3.2.1"
        ),
        "lit_ssr/lit-ssr.js": _RENDERER.replace("@lit-labs/ssr", renderer).replace(
            "ROUTES", routes
        ),
    }


def test_a_server_rendering_web_components_for_pages_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert set(found) == {"api"}
    assert first(found["api"], K.FRAMEWORK)[0] == "Express"


def test_react_dom_server_renders_pages_too(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _repo(renderer="react-dom/server")))) == {"api"}


def test_a_renderer_taking_data_on_a_route_of_its_own_is_a_backend(tmp_path: Path) -> None:
    """The other side: a route that takes data (an event endpoint) is an API beside the
    rendering."""
    routes = '\napp.post("/events", async (req, res) => res.status(202).end());\n'
    assert set(by_folder(write(tmp_path, _repo(routes)))) == {"api", "lit_ssr"}


def test_a_renderer_with_data_of_its_own_is_a_backend(tmp_path: Path) -> None:
    files = _repo()
    files["lit_ssr/package.json"] = _package(
        "lit_ssr", "lit-ssr.js", **{"@lit-labs/ssr": "^3.2.2"}, express="^4.21.1", pg="^8.13.0"
    )
    assert set(by_folder(write(tmp_path, files))) == {"api", "lit_ssr"}
