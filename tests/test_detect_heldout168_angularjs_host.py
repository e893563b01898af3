"""Node: Express handing out an AngularJS application is the UI's host (set 168, #19).

An AngularJS GUI (the `angular` package, Angular 1) beside a Java backend ships a few lines of
Express that serve its folder (`app.use(serveStatic('.'))`) for its container: a browser
application handing out its own files, no backend (`uihosts`), as a React or Angular build's
server is. A route that takes data beside the files keeps it a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PACKAGE = json.dumps(
    {
        "name": "archive-web",
        "main": "server.js",
        "dependencies": {
            "angular": "^1.6.3",
            "angular-material": "^1.1.4",
            "express": "^4.15.0",
        },
        "scripts": {"start": "node server.js"},
    },
    indent=2,
)

_SERVER = (
    "var express = require('express')\nvar serveStatic = require('serve-static')\n\n"
    "var app = express()\n\napp.use(serveStatic('.'))\napp.listen(3000)\n"
)


def _gui(server: str) -> dict[str, str]:
    return {
        "web/package.json": _PACKAGE,
        "web/server.js": server,
        "web/index.html": "<html ng-app=\"archive\"></html>\n",
        "web/Dockerfile": 'FROM node\nWORKDIR /app\nADD . /app\nCMD ["npm", "start"]\n',
    }


def test_express_handing_out_an_angularjs_app_is_no_backend(tmp_path: Path) -> None:
    assert "web" not in by_folder(write(tmp_path, _gui(_SERVER)))


def test_a_route_taking_data_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: an endpoint of its own beside the files.
    server = _SERVER.replace(
        "app.listen", "app.post('/feedback', function (req, res) { res.end() })\napp.listen"
    )
    assert "web" in by_folder(write(tmp_path, _gui(server)))
