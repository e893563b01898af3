"""An Express service keeping its documents in CouchDB through `cradle` (#19): the older
CouchDB client names the engine as nano does."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

PACKAGE = """{
  "name": "svc",
  "scripts": {"start": "node server.js", "test": "mocha test/server-spec.js"},
  "dependencies": {"cradle": "0.7.1", "express": "4.15.3"},
  "devDependencies": {"mocha": "3.4.2"}
}
"""
SERVER = (
    "var express = require('express')\n,   app = express()\n"
    ",   Store = require('./store');\napp.listen(3043);\n"
)
STORE = (
    "var cradle = require('cradle');\n"
    "function Store (ctx) {\n"
    "    this.db = new cradle.Connection(ctx.couchDB).database(ctx.couchDB.name || 'ashnazg');\n"
    "}\nmodule.exports = Store;\n"
)


def test_cradle_names_couchdb(tmp_path: Path) -> None:
    files = {"package.json": PACKAGE, "server.js": SERVER, "store.js": STORE}
    backend = by_folder(write(tmp_path, files))["."]
    names = {(f.kind, f.name) for f in backend.findings}
    assert (K.DATABASE, "CouchDB") in names
    assert (K.QUERY, "cradle") in names
