"""Node: uWebSockets.js beside Express is the WebSocket endpoint, not the framework (set 199, #19).

A charging-station management server keeps its REST, OCPI and SOAP servers on Express
(`express()` handed to `http.createServer`) and its OCPP-JSON WebSockets on uWebSockets.js:
`App().ws("/*", …)` with a catch-all answering plain requests with 404. In a large tree the
walk reads neither module, and the two declared frameworks tied as an ambiguous choice. Beside a
Node HTTP framework uWebSockets.js is no choice of its own (`assemble.SOCKET_SERVERS`), and a
catch-all route is no HTTP route of its App. Where code seen gives its App real HTTP routes, or
no other framework is declared, it stays the framework."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SOCKETS = (
    "import { App, HttpResponse } from 'uWebSockets.js';\n\n"
    "export default class JsonServer {\n  start(port: number): void {\n"
    "    App({}).ws('/*', { open: (ws) => ws.subscribe('cs') })\n"
    "      .any('/*', (res: HttpResponse) => { res.writeStatus('404'); res.end(); })\n"
    "      .listen(port, () => undefined);\n  }\n}\n"
)

_REST = (
    "import express from 'express';\nimport http from 'http';\n\n"
    "export function start(port: number): void {\n  const app = express();\n"
    "  http.createServer(app).listen(port);\n}\n"
)


def _package(dependencies: dict[str, str]) -> str:
    return json.dumps(
        {"name": "ev", "main": "dist/start.js", "dependencies": dependencies}, indent=2
    )


def _server(**extra: str) -> dict[str, str]:
    files = {
        "package.json": _package(
            {
                "express": "^4.18.2",
                "mongodb": "^4.11.0",
                "uWebSockets.js": "github:uNetworking/uWebSockets.js#v20.10.0",
            }
        ),
        "tsconfig.json": "{}\n",
        # The walk's quota spent on shallow modules: neither server module is read.
        **{f"src/types/T{n}.ts": f"export type T{n} = string;\n" for n in range(30)},
        "src/server/ocpp/json/JsonServer.ts": _SOCKETS,
        "src/server/rest/internal/RestServer.ts": _REST,
    }
    files.update(extra)
    return files


def _frameworks(files: dict[str, str], tmp_path: Path) -> list[str]:
    backend = by_folder(write(tmp_path, files))["."]
    return [f.name for f in backend.findings if f.kind is K.FRAMEWORK]


def test_beside_express_the_socket_server_is_no_choice(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _server()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert "uWebSockets.js" not in [f.name for f in backend.findings if f.kind is K.FRAMEWORK]
    assert not backend.ambiguous


def test_a_catch_all_beside_the_sockets_is_no_http_route(tmp_path: Path) -> None:
    # Both modules read (a small tree): Express is started, the socket App serves no HTTP.
    files = {"package.json": _server()["package.json"], "app.ts": _REST, "ws.ts": _SOCKETS}
    assert _frameworks(files, tmp_path) == ["Express"]


def test_http_routes_on_the_app_keep_it_the_framework(tmp_path: Path) -> None:
    # Counter-case: code seen routes HTTP requests through its App (a GraphQL endpoint), while
    # Express is only declared: uWebSockets.js is the server's framework.
    server = (
        "import uws from 'uWebSockets.js';\n\n"
        "uws.App().post('/graphql', handler).ws('/*', sockets).listen(9001, () => {});\n"
    )
    files = {"package.json": _server()["package.json"], "server.ts": server}
    assert _frameworks(files, tmp_path)[0] == "uWebSockets.js"


def test_alone_it_stays_the_framework(tmp_path: Path) -> None:
    # Counter-case: no HTTP framework beside it: the declared uWebSockets.js is the framework.
    files = _server()
    files["package.json"] = _package(
        {"mongodb": "^4.11.0", "uWebSockets.js": "github:uNetworking/uWebSockets.js#v20.10.0"}
    )
    del files["src/server/rest/internal/RestServer.ts"]
    assert _frameworks(files, tmp_path) == ["uWebSockets.js"]
