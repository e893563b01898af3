"""Held-out set 324 (#19): an Express server declares objection beside knex and pg, yet no
module imports objection: its connection module builds `require("knex")({ client: "pg" })` and
the connectors query through that instance. Knex is its data layer. Where a module writes
Objection models (`const { Model } = require("objection")`), Objection stays."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONNECT = """const knex = require("knex")({
  client: "pg",
  connection: process.env.DATABASE_URL,
});
module.exports = knex;
"""

_CONNECTOR = """const knex = require("../db/connect");
class ResourceConnector {
  find(id) {
    return knex("resources").where({ id }).first();
  }
}
module.exports = { ResourceConnector };
"""

_MODEL = """const { Model } = require("objection");
class Resource extends Model {
  static get tableName() { return "resources"; }
}
module.exports = { Resource };
"""

_SERVER = """const express = require("express");
const { ResourceConnector } = require("./connectors/resource_connector");
const app = express();
app.get("/resources/:id", async (req, res) =>
  res.json(await new ResourceConnector().find(req.params.id)));
app.listen(8080);
"""


def _server(models: bool) -> dict[str, str]:
    data = {
        "name": "reference-server",
        "scripts": {"server": "node src/server.js", "test": "jest"},
        "dependencies": {
            "express": "^4.17.1",
            "knex": "^0.20.8",
            "objection": "^2.1.3",
            "pg": "^8.0.3",
        },
        "devDependencies": {"jest": "^24.9.0"},
    }
    files = {
        "package.json": json.dumps(data, indent=2),
        "src/server.js": _SERVER,
        "src/db/connect.js": _CONNECT,
        "src/connectors/resource_connector.js": _CONNECTOR,
    }
    if models:
        files["src/models/resource.js"] = _MODEL
    return files


def test_upper_orm_no_module_imports_gives_way_to_its_base(tmp_path: Path) -> None:
    server = by_folder(write(tmp_path, _server(models=False)))["."]
    assert first(server, K.ORM)[0] == "Knex"


def test_upper_orm_a_module_imports_stays(tmp_path: Path) -> None:
    server = by_folder(write(tmp_path, _server(models=True)))["."]
    assert first(server, K.ORM)[0] == "Objection"
