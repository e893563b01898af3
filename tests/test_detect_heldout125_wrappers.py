"""Held-out set 125 (#19): an Express API whose every query goes through a company's own client
package over a fork of node-postgres (`acme-psql`, constructed as `new PSQL(dbParams)` in the
query controller, the middlewares and the batch runner), declared in `dependencies`; `pg`
itself is only a devDependency (the tests' setup), and the npm lock (version 1) records that
the client requires it. No ORM, no URL: the settings name a host and a port.

A registry package the catalogue does not know, whose lock entry requires a driver at run time
and which at least three of the server's own modules (outside its tests) import, is the client
the server's queries go through: the driver it requires is the server's data layer and engine.
Counter-case: a session store requiring the same driver, imported once where the app is built,
lends nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = """const express = require('express');
const session = require('express-session');
const PgStore = require('connect-acme-pg')(session);

module.exports = function createServer () {
    const app = express();
    app.use(session({ store: new PgStore() }));
    app.use('/api/v1', require('./api/api-router')());
    return app;
};
"""

_USER = """const PSQL = require('acme-psql');

module.exports = function {name} (dbParams, sql, callback) {{
    const pg = new PSQL(dbParams);
    pg.query(sql, callback);
}};
"""


def _package(wrapper_users: int) -> dict[str, str]:
    manifest = {
        "name": "sql-api",
        "main": "app.js",
        "dependencies": {
            "acme-psql": "0.14.0",
            "connect-acme-pg": "^1.0.0",
            "express": "^4.16.4",
            "express-session": "^1.17.0",
        },
        "devDependencies": {"mocha": "^7.2.0", "pg": "github:acme/node-postgres#6.4.2-acme2"},
        "scripts": {"test": "mocha test/unit"},
    }
    lock = {
        "name": "sql-api",
        "lockfileVersion": 1,
        "requires": True,
        "dependencies": {
            "acme-psql": {
                "version": "0.14.0",
                "requires": {"debug": "^3.1.0", "pg": "github:acme/node-postgres#6.4.2-acme2"},
            },
            "connect-acme-pg": {"version": "1.0.0", "requires": {"pg": "^8.0.0"}},
            "express": {"version": "4.16.4"},
            "express-session": {"version": "1.17.0"},
            "mocha": {"version": "7.2.0", "dev": True},
            "pg": {"version": "github:acme/node-postgres#5417d7b"},
        },
    }
    files = {
        "package.json": json.dumps(manifest, indent=2),
        "package-lock.json": json.dumps(lock, indent=2),
        "app.js": "const server = require('./lib/server');\nserver().listen(8080);\n",
        "lib/server.js": _SERVER,
        "lib/api/api-router.js": "module.exports = () => require('express').Router();\n",
        "config/environments/production.js": "module.exports.db_host = 'localhost';\n",
        "test/support/client.js": "const PSQL = require('acme-psql');\nmodule.exports = PSQL;\n",
        "test/unit/query-test.js": "const PSQL = require('acme-psql');\ndescribe('q', () => {});\n",
    }
    for index, name in enumerate(("queryController", "affectedTables", "dbQuota", "runner")):
        if index < wrapper_users:
            files[f"lib/api/{name}.js"] = _USER.format(name=name)
    return files


def test_a_client_wrapping_a_driver_in_many_modules_is_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _package(4)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert first(backend, K.QUERY)[0] == "pg"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_package_imported_once_lends_nothing(tmp_path: Path) -> None:
    # Only the session store (in lib/server.js) and two modules import a driver's package;
    # the tests' imports do not count.
    backend = by_folder(write(tmp_path, _package(2)))["."]
    assert first(backend, K.QUERY)[0] == ""
