"""An Express server written on a drop-in wrapper named after Express (#19): the package
declares `express.oi` (Express with socket.io routes), which the server requires under
Express's own name and builds its application from as Express's (`express().http().io()`).
The framework the wrapper lends is the application's: Express, at no release the manifest
names, and no choice left to the user. A package merely named like Express, required under
another name, lends nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = json.dumps(
    {
        "name": "chat",
        "main": "app.js",
        "scripts": {"start": "node app.js"},
        "dependencies": {"express.oi": "0.0.21", "mongoose": "^4.5.5"},
    },
    indent=2,
)


def _app(binding: str) -> str:
    return (
        "'use strict';\n\n"
        f"var {binding} = require('express.oi'),\n"
        "    mongoose = require('mongoose');\n\n"
        f"var app = {binding}().http().io();\n"
        "mongoose.connect('mongodb://localhost/chat');\n"
        "app.get('/rooms', function(req, res) { res.json([]); });\n"
        "app.listen(5000);\n"
    )


def test_a_wrapper_required_as_express_lends_express(tmp_path: Path) -> None:
    files = {"package.json": _PACKAGE, "app.js": _app("express"), "Procfile": "web: node app.js\n"}
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Express", "")
    assert first(backend, K.ORM)[0] == "Mongoose"


def test_a_wrapper_under_another_name_lends_nothing(tmp_path: Path) -> None:
    text = _app("server") + "var express = require('./lib/express');\nexpress();\n"
    files = {"package.json": _PACKAGE, "app.js": text, "Procfile": "web: node app.js\n"}
    backend = by_folder(write(tmp_path, files)).get(".")
    assert backend is None or backend.ambiguous or first(backend, K.FRAMEWORK)[0] != "Express"
