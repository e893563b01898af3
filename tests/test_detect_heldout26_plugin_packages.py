"""A Node server loading its datastore as a plugin by a computed package name
(`require(\\`acme-datastore-${config.plugin}\\`)`) and installing the one it ships with,
`acme-datastore-sequelize`, with no lock (held-out set 70, #19): the plugin's last word names
its data layer, Sequelize. A computed name no declared package fits lends nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BIN = """#!/usr/bin/env node

const config = require('config');
const datastoreConfig = config.get('datastore');
const DatastorePlugin = require(`acme-datastore-${datastoreConfig.plugin}`);
const server = require('../lib/server');

server({ datastore: new DatastorePlugin(datastoreConfig[datastoreConfig.plugin]) });
"""

_SERVER = """const Hapi = require('@hapi/hapi');

module.exports = async (config) => {
    const server = new Hapi.Server({ port: 8080 });
    await server.start();
    return server;
};
"""


def _tree(plugin: str) -> dict[str, str]:
    manifest = {
        "name": "acme-api",
        "main": "index.js",
        "scripts": {"start": "./bin/server"},
        "bin": {"acme-api": "./bin/server"},
        "dependencies": {
            "@hapi/hapi": "^21.1.0",
            "config": "^3.3.9",
            plugin: "^10.1.0",
            "sqlite3": "^6.0.1",
        },
    }
    return {
        "package.json": json.dumps(manifest, indent=2),
        "index.js": "module.exports = require('./lib/server');\n",
        "bin/server": _BIN,
        "lib/server.js": _SERVER,
    }


def test_a_plugin_loaded_by_a_computed_name_lends_its_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("acme-datastore-sequelize")))["."]
    assert first(backend, K.ORM)[0] == "Sequelize"


def test_a_package_the_computed_name_cannot_be_lends_nothing(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("acme-cache-sequelize")))["."]
    assert first(backend, K.ORM) == ("", "")
