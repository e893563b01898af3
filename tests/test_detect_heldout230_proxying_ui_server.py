"""Node: a browser application's server proxying the product's API is part of the UI (set 230,
#19).

An Angular application's package builds its bundle and a small Express server
(`src/server/server.js`) that hands the bundle out (`express.static`, `index.html` for every
path), proxies `/api` and `/cdn` to the product's NestJS API (`express-http-proxy`) and relays
the UI's file uploads to the API's file store (`.post('/cdn/upload/*', …)`): it serves its UI's
own calls, a BFF, and no backend (HELDOUT.md). The same routes without the proxy, or the proxy
in a package of no browser application, leave the server a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _server(proxied: bool) -> str:
    head = "const proxy = require('express-http-proxy');\n" if proxied else ""
    proxies = (
        "  .use('/cdn/*', proxy(CDN_HOST))\n  .use('/api', proxy(API_HOST))\n" if proxied else ""
    )
    return (
        "const path = require('path');\n" + head + "const express = require('express');\n"
        "const fileUpload = require('express-fileupload');\n\n"
        "const DIST_DIR = path.resolve('./app');\nconst API_HOST = 'localhost:8081';\n"
        "const CDN_HOST = 'localhost:8081';\n\nconst app = express();\n\napp\n"
        "  .post('/cdn/upload/*', fileUpload(), async (req, res) => {\n"
        "    const url = await sendFile(req.files.file.tempFilePath, req.params[0]);\n"
        "    res.send(url);\n  })\n"
        + proxies
        + "  .use(express.static(DIST_DIR))\n"
        "  .use((_req, res) => {\n    res.sendFile(DIST_DIR + '/index.html');\n  })\n"
        "  .listen(8080);\n"
    )


def _app(proxied: bool, runtime: dict[str, str]) -> dict[str, str]:
    manifest = {
        "name": "crew-app",
        "version": "1.0.0",
        "scripts": {
            "build": "ng build && webpack --config ./src/server/webpack-server.config.js",
            "start:server": "node ./app/server/server.js",
        },
        "dependencies": {
            **runtime,
            "express": "4.18.2",
            "express-fileupload": "1.4.0",
            "express-http-proxy": "1.6.3",
        },
    }
    return {
        "app/package.json": json.dumps(manifest, indent=2),
        "app/src/server/server.js": _server(proxied),
        "app/src/main.ts": "import { platformBrowserDynamic } from '@angular/platform-browser-"
        "dynamic';\n",
    }


_ANGULAR = {"@angular/core": "14.0.0", "@angular/platform-browser-dynamic": "14.0.0"}


def test_an_angular_apps_proxying_server_is_the_ui(tmp_path: Path) -> None:
    assert "app" not in by_folder(write(tmp_path, _app(True, _ANGULAR)))


def test_the_same_routes_without_a_proxy_stay_a_backend(tmp_path: Path) -> None:
    # Counter-case: an upload route of its own, nothing proxied to an API.
    found = by_folder(write(tmp_path, _app(False, _ANGULAR)))
    assert first(found["app"], K.FRAMEWORK)[0] == "Express"


def test_a_proxy_in_no_browser_applications_package_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a gateway of its own (no browser application in its package).
    found = by_folder(write(tmp_path, _app(True, {"dotenv": "16.0.0"})))
    assert first(found["app"], K.FRAMEWORK)[0] == "Express"
