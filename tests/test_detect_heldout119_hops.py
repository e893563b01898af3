"""Node servers that serve no API, as set 119 showed them (benchmarks/detect_heldout119.yaml,
#19): a login bridge behind a Shibboleth service provider whose Express routes read the
identity provider's headers, call the real API once and redirect the browser (its old
`res.json` answer kept commented out); and a browser terminal whose Express server hands out
its page and the terminal's static files and streams a pseudoterminal over an express-ws
route. Neither keeps data; neither is a backend. Counter-cases: the same servers answering
JSON on a route are."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_HOP = """import express, { Request, Response } from "express"
import { GraphQLClient } from "graphql-request"

const app = express()
app.use(express.json())

const handler = async (req: Request, res: Response) => {
  const client = new GraphQLClient("https://example.org/api")
  try {
    const result = await client.request("mutation { addUser { id } }")
    res.redirect(`https://example.org/done?success=${result.addUser.id}`)
  } catch (error) {
    res.redirect(`https://example.org/done?error=1`)
  }
}

app.get("/hy", (req: Request, res) => {
  return handler(req, res)
  /*
  res.json({ error: "not authorized" })
  */
})

app.listen(5000)
"""

_TERMINAL = """const express = require('express');
const express_ws = require('express-ws');
const pty = require('node-pty');
const path = require('path');

const app = express();
express_ws(app);

app.get('/', (req, res) => res.sendFile(path.join(__dirname, 'index.html')));
app.use('/xterm', express.static('node_modules/@xterm/xterm'));

const term = pty.spawn('/bin/bash', [], {});
app.ws('/', (ws, req) => {
  ws.on('message', (msg) => term.write(msg));
});

app.listen(8080);
"""


_API = (
    "import express from 'express'\nimport { Pool } from 'pg'\n\n"
    "const pool = new Pool()\nconst app = express()\n"
    "app.get('/users', async (req, res) => res.json((await pool.query('SELECT 1')).rows))\n"
    "app.listen(4000)\n"
)


def _package(server: str, name: str, deps: dict[str, str]) -> dict[str, str]:
    """The server in `hop/`, beside the repository's API in `api/` (a hop is reported as no
    backend only beside one: alone, a folder is offered as a guess)."""
    return {
        "api/package.json": package_json({"express": "^4.17.1", "pg": "^8.11.0"}),
        "api/src/server.ts": _API,
        "hop/package.json": package_json(deps, scripts={"start": f"ts-node {name}"}),
        f"hop/{name}": server,
    }


_HOP_DEPS = {"express": "^4.17.1", "graphql-request": "^3.4.0"}
_TERMINAL_DEPS = {"express": "^4.22.1", "express-ws": "^5.0.2", "node-pty": "^1.1.0"}


def test_a_server_whose_routes_only_redirect_is_no_backend(tmp_path: Path) -> None:
    assert "hop" not in by_folder(write(tmp_path, _package(_HOP, "src/server.ts", _HOP_DEPS)))


def test_a_server_answering_json_beside_redirects_is_a_backend(tmp_path: Path) -> None:
    # Counter-case: a route answering a document is an API.
    server = _HOP.replace('app.listen(5000)', 'app.get("/status", (req, res) => res.json({}))\n'
                          'app.listen(5000)')
    assert "hop" in by_folder(write(tmp_path, _package(server, "src/server.ts", _HOP_DEPS)))


def test_a_redirecting_server_mounting_a_router_is_a_backend(tmp_path: Path) -> None:
    # Counter-case: routes mounted from elsewhere are not seen in the file.
    server = _HOP.replace("app.listen(5000)", 'app.use("/api", apiRouter)\napp.listen(5000)')
    assert "hop" in by_folder(write(tmp_path, _package(server, "src/server.ts", _HOP_DEPS)))


def test_a_page_and_static_files_beside_a_websocket_route_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _package(_TERMINAL, "server.js", _TERMINAL_DEPS)))
    assert "hop" not in found
    assert "api" in found


def test_a_websocket_server_with_an_api_route_is_a_backend(tmp_path: Path) -> None:
    # Counter-case: a route answering JSON beside the socket is an API.
    server = _TERMINAL.replace(
        "app.listen(8080);", "app.get('/sessions', (req, res) => res.json([]));\napp.listen(8080);"
    )
    assert "hop" in by_folder(write(tmp_path, _package(server, "server.js", _TERMINAL_DEPS)))
