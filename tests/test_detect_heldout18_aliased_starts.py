"""Held-out set 18 (#19): a repository split into a server package and a browser application's
package, the UI's package keeping a copy of the server's start file: it creates an Express app
only as the mount point it hands to the server (`server.start({ parent })`) and reaches the
server's code through a tsconfig path alias leaving the package (`"srv/*":
["../../server/src/core/server/*"]`). The server package starts the same code with its data:
it is the backend, the UI's start is that server run from elsewhere. A UI package whose start
declares routes of its own stays a backend; so does one whose alias stays inside it.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_START = (
    'import express from "express";\n'
    'import logger from "srv/logger";\n\n'
    'import createServer from "./core";\n\n'
    "const parent = express();\n\n"
    "async function bootstrap() {\n"
    "  const server = createServer();\n"
    "  await server.connect();\n"
    "  await server.start({ parent });\n"
    '  logger.info("started");\n'
    "}\n\n"
    "bootstrap().catch(() => process.exit(1));\n"
)

_CORE = (
    'import Server from "srv/index";\n\n'
    "export default function createServer(): Server {\n  return new Server();\n}\n"
)


def _package(name: str, deps: dict[str, str]) -> str:
    return json.dumps(
        {
            "name": name,
            "version": "1.0.0",
            "scripts": {"build": "tsc"},
            "dependencies": deps,
            "devDependencies": {"typescript": "^4.3.0"},
        },
        indent=2,
    )


def _tsconfig(target: str) -> str:
    return json.dumps(
        {"compilerOptions": {"baseUrl": "./", "paths": {"srv/*": [target]}}}, indent=2
    )


_SERVER = {
    "server/package.json": _package(
        "server", {"express": "^4.17.1", "mongodb": "^6.9.0"}
    ),
    "server/src/tsconfig.json": _tsconfig("./core/server/*"),
    "server/src/index.ts": _START,
    "server/src/core/index.ts": _CORE,
    "server/src/core/server/index.ts": (
        'import express from "express";\nimport { MongoClient } from "mongodb";\n\n'
        "export default class Server {\n"
        "  app = express();\n"
        '  async connect() { await new MongoClient("mongodb://db:27017").connect(); }\n'
        "  async start({ parent }: { parent: express.Express }) {\n"
        '    this.app.get("/api/items", (_req, res) => res.json([]));\n'
        '    parent.use("/", this.app);\n    parent.listen(3000);\n  }\n}\n'
    ),
    "server/src/core/server/logger.ts": "export default console;\n",
}


def _client(start: str = _START, target: str = "../../server/src/core/server/*") -> dict:
    return {
        "client/package.json": _package(
            "client", {"express": "^4.17.1", "react": "^16.13.0", "react-dom": "^16.13.0"}
        ),
        "client/src/tsconfig.json": _tsconfig(target),
        "client/src/index.ts": start,
        "client/src/core/index.ts": _CORE,
        "client/src/core/client/app.tsx": (
            'import React from "react";\nexport const App = () => <div>app</div>;\n'
        ),
    }


def test_a_start_of_another_packages_server_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_SERVER, **_client()}))
    assert set(found) == {"server"}


def test_a_start_with_routes_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the start declares a route on the app it creates: a server of its own.
    start = _START.replace(
        "const parent = express();\n",
        'const parent = express();\nparent.get("/events", (_req, res) => res.send("ok"));\n',
    )
    found = by_folder(write(tmp_path, {**_SERVER, **_client(start=start)}))
    assert set(found) == {"server", "client"}


def test_an_alias_inside_the_package_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the alias reaches the package's own code, not another package's server.
    files = {**_SERVER, **_client(target="./core/server/*")}
    files["client/src/core/server/index.ts"] = _SERVER["server/src/core/server/index.ts"]
    files["client/src/core/server/logger.ts"] = "export default console;\n"
    found = by_folder(write(tmp_path, files))
    assert "client" in found
