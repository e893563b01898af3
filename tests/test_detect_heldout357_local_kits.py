"""Held-out set 357 (#19): a repository of several Node services whose web plumbing is one
library of the tree. `lib/service-api` declares Express and exports a `WebAPI` class that
builds the application, mounts the routes it is handed and listens on the port it is given;
each service installs it with `"file:../lib/service-api"` and declares no framework itself:
its `bin/` module does `new WebAPI({ ping: {...}, http_port: process.env.PORT, routes })` and
`api.run()`.

A framework a library of the tree lends the service is the service's: each is an Express
backend, the library itself none. Counter-case: a service constructing the same class with no
port to listen on starts no server of it in its code.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_LIBRARY = {
    "name": "@acme/service-api",
    "version": "0.1.0",
    "main": "lib/index.js",
    "type": "module",
    "scripts": {"test": "node --test test/"},
    "dependencies": {"cors": "^2.8.5", "express": "^5.0.1", "ws": "^8.18.0"},
}

_LIBRARY_CODE = """import express from "express";

export class WebAPI {
    constructor (opts) {
        this.port = opts.http_port ?? 80;
        this.routes = opts.routes;
    }
    async init () {
        this.app = express();
        this.routes(this.app);
        return this;
    }
    run () { this.app.listen(this.port); }
}
"""


def _service(name: str) -> str:
    return json.dumps({
        "name": name,
        "version": "1.0.0",
        "type": "module",
        "scripts": {"start": "node bin/api.js"},
        "dependencies": {
            "@acme/service-api": "file:../lib/service-api",
            "@acme/service-client": "file:../lib/service-client",
            "uuid": "^11.0.5",
        },
    })


_MAIN = """import { WebAPI } from "@acme/service-api";
import { Routes } from "../lib/routes.js";

const routes = new Routes();
const api = await new WebAPI({
    ping: {
        version: "2.0.0",
        software: { vendor: "ACME", application: "%s" },
    },
    realm: process.env.REALM,
    http_port: process.env.PORT ?? 80,
    routes: app => {
        app.use("/v1", routes.routes);
    },
}).init();

api.run();
"""

_CLIENT_ONLY = """import { WebAPI } from "@acme/service-api";

const api = new WebAPI({ realm: process.env.REALM, routes: () => {} });
export default api;
"""


def _tree(main: str = _MAIN) -> dict[str, str]:
    files = {
        "lib/service-api/package.json": json.dumps(_LIBRARY),
        "lib/service-api/lib/index.js": _LIBRARY_CODE,
        "lib/service-client/package.json": json.dumps(
            {"name": "@acme/service-client", "version": "1.0.0", "main": "lib/index.js"}
        ),
        "lib/service-client/lib/index.js": "export class Client {}\n",
    }
    for service in ("svc-auth", "svc-git"):
        files[f"{service}/package.json"] = _service(service)
        files[f"{service}/bin/api.js"] = main.replace("%s", service)
        files[f"{service}/lib/routes.js"] = "export class Routes { get routes () { return []; } }\n"
        files[f"{service}/Dockerfile"] = "FROM node:22\nCMD node bin/api.js\n"
    # A service beside them declaring its own Express for its routers.
    declared = json.loads(_service("svc-cmd"))
    declared["dependencies"]["express"] = "^4.18.1"
    files["svc-cmd/package.json"] = json.dumps(declared)
    files["svc-cmd/bin/api.js"] = _MAIN.replace("%s", "svc-cmd")
    files["svc-cmd/lib/routes.js"] = 'import express from "express";\nexport const r = 1;\n'
    files["svc-cmd/Dockerfile"] = "FROM node:22\nCMD node bin/api.js\n"
    return files


def test_a_service_built_by_a_kit_of_the_tree_runs_its_framework(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    for service in ("svc-auth", "svc-git"):
        assert first(backends[service], FindingKind.FRAMEWORK) == ("Express", "^5.0.1")
    assert "lib/service-api" not in backends


def test_a_kit_constructed_with_no_port_lends_no_framework(tmp_path: Path) -> None:
    # Whatever else the tree's libraries fold into the services, none starts a server in
    # their code: the construction names no port to listen on.
    backends = by_folder(write(tmp_path, _tree(_CLIENT_ONLY)))
    assert "svc-cmd" in backends
    for backend in backends.values():
        for finding in backend.findings:
            assert all(e.path != f"{backend.folder}/bin/api.js" for e in finding.evidence)
