"""Held-out set 151 (#19): an Express server that only hands out an API documentation
viewer's browser distribution (swagger-ui-dist copied beside the specification, a redirect to
its folder) is the viewer's host, not a backend; an Express API beside the viewer stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PACKAGE = (
    '{\n  "name": "static",\n  "version": "1.0.0",\n  "main": "index.js",\n'
    '  "private": true,\n  "dependencies": {\n    "express": "4.18.2",\n'
    '    "swagger-ui-dist": "4.14.0"\n  }\n}\n'
)
_SERVER = (
    'const express = require("express")\nconst path = require("path")\n\n'
    "const app = express()\n\n"
    'app.use("/api-doc/service/", express.static(path.join("dist", "service")))\n'
    'app.get("/api-doc/", function(req, res) {res.redirect("/api-doc/service/");})\n\n'
    "app.listen(8080)\n"
)


def test_a_doc_viewer_host_is_not_a_backend(tmp_path: Path) -> None:
    files = {
        "api_doc/viewer/package.json": _PACKAGE,
        "api_doc/viewer/index.js": _SERVER,
        "api_doc/viewer/index.html": '<div id="swagger-ui"></div>\n',
    }
    assert "api_doc/viewer" not in by_folder(write(tmp_path, files))


def test_an_api_beside_the_viewer_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a GET route of its own (not a redirect) is an API served beside the docs.
    server = _SERVER.replace(
        "app.listen(8080)\n",
        'app.get("/users", function(req, res) {res.json([]);})\n\napp.listen(8080)\n',
    )
    files = {"service/package.json": _PACKAGE, "service/index.js": server}
    assert "service" in by_folder(write(tmp_path, files))
