"""A Node tile server built by a kit over Express, as set 327 showed it (#19): the package
declares only the map tile server library (`windshaft`), whose npm 2 shrinkwrap nests its own
express 2.5.11 under it (no `"requires"` in that format), and `server.js` takes a server from
the kit's call (`var server = Windshaft.Server(config)`) and starts it (`server.listen(port)`).
Beside a Python web application of the same tree it is a backend on Express 2.5.11. A kit call
whose result is never started lends nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.lock_readers import npm_nested
from designer.model.stack import FindingKind as K

_SHRINKWRAP = {
    "name": "city-tiler",
    "version": "0.0.0",
    "dependencies": {
        "lodash": {"version": "2.4.1", "from": "lodash@^2.4.1"},
        "tilekit": {
            "version": "0.19.4",
            "from": "tilekit@^0.19.4",
            "dependencies": {
                "express": {
                    "version": "2.5.11",
                    "from": "express@~2.5.11",
                    "dependencies": {"qs": {"version": "0.4.2", "from": "qs@0.4.x"}},
                },
                "pg": {"version": "2.6.2", "from": "pg@2.6.2"},
            },
        },
    },
}

_SERVER = """"use strict";
var Tilekit = require('tilekit'),
    _ = require('lodash'),
    port = process.env.PORT || 4000,
    dbPort = process.env.DB_PORT || 5432;

var config = {
    base_url: '/tile/:layer',
    grainstore: { datasource: { host: process.env.DB_HOST, port: dbPort, dbname: 'city' } },
    redis: { host: 'localhost', port: 6379 }
};

var server = Tilekit.Server(config);
server.get('/health-check', function (req, res) { res.send('ok'); });
server.listen(port);
"""

_HEALTH = """"use strict";
// The kit's own installed client, as the tile queries use it.
var pg = require('tilekit/node_modules/pg');
module.exports = function (host, user, database) {
    var client = new pg.Client(['postgres://', user, '@', host, '/', database].join(''));
    return function (req, res) { client.connect(function (err) { res.send(err ? 503 : 200); }); };
};
"""

_WEB = """from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "trees"
"""


def _tree(server: str = _SERVER) -> dict[str, str]:
    package = {
        "name": "city-tiler",
        "main": "server.js",
        "dependencies": {"lodash": "^2.4.1", "tilekit": "^0.19.4"},
        "devDependencies": {"jshint": "^2.5.11"},
        "scripts": {"lint": "jshint *.js"},
    }
    return {
        "src/web/requirements.txt": "flask==2.3.3\n",
        "src/web/app.py": _WEB,
        "src/web/Dockerfile": "FROM python:3.11\nCMD [\"flask\", \"run\"]\n",
        "src/tiler/package.json": json.dumps(package, indent=2),
        "src/tiler/npm-shrinkwrap.json": json.dumps(_SHRINKWRAP, indent=2),
        "src/tiler/server.js": server,
        "src/tiler/healthCheck.js": _HEALTH,
    }


def test_nested_copies_are_what_an_npm2_entry_requires() -> None:
    text = "\n" + json.dumps(_SHRINKWRAP, indent=2)
    found = {(name, version) for name, version, _ in npm_nested(text, "tilekit", "x.json")}
    assert found == {("express", "2.5.11"), ("pg", "2.6.2")}


def test_a_kit_built_server_started_is_a_backend_on_its_express(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert "src/web" in backends
    assert first(backends["src/tiler"], K.FRAMEWORK) == ("Express", "2.5.11")


def test_a_kit_call_never_started_lends_nothing(tmp_path: Path) -> None:
    server = _SERVER.replace("server.listen(port);\n", "module.exports = server;\n")
    backends = by_folder(write(tmp_path, _tree(server)))
    assert "src/tiler" not in backends
