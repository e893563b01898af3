"""A Node service built by an in-house kit over Express, as set 392 showed it (#19): the
package declares only the kit, whose package-lock entry requires express, and the service
module takes the application from calling the kit (`const app = kit(options)`) and mounts
middlewares and routes on it (`app.use(…)`). The kit lends Express at the release the lock
resolves. A kit call whose result mounts nothing lends nothing."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_LOCK = {
    "name": "repo-data",
    "version": "0.0.0",
    "lockfileVersion": 2,
    "requires": True,
    "packages": {
        "": {
            "name": "repo-data",
            "dependencies": {"@acme/web-kit": "^6.0.0", "knex": "0.21.21", "pg": "^8.5.1"},
        },
        "node_modules/@acme/web-kit": {
            "version": "6.0.0",
            "dependencies": {"express": "^4.17.2", "morgan": "^1.10.0"},
        },
        "node_modules/express": {"version": "4.18.2"},
        "node_modules/morgan": {"version": "1.10.0"},
        "node_modules/knex": {"version": "0.21.21"},
        "node_modules/pg": {"version": "8.10.0"},
    },
}

_SERVICE = """'use strict';
const knex = require('knex');
const webKit = require('@acme/web-kit');

module.exports = service;

function service(options) {
\tconst app = webKit(options);
\tapp.use(webKit.middleware.getBasePath());
\tapp.get('/v1/repos', (request, response) => response.send([]));
\tapp.database = knex({client: 'pg', connection: options.databaseUrl});
\treturn app;
}
"""

_INDEX = """'use strict';
const service = require('./lib/service');
const options = {databaseUrl: process.env.DATABASE_URL || 'postgres://localhost:5432/repo-data',
\tport: process.env.PORT || 8080};
service(options).listen().catch(() => {
\tprocess.exit(1);
});
"""


def _tree(service: str = _SERVICE) -> dict[str, str]:
    package = {
        "name": "repo-data",
        "main": "index.js",
        "scripts": {"start": "node index.js", "test": "mocha test/unit"},
        "dependencies": {"@acme/web-kit": "^6.0.0", "knex": "0.21.21", "pg": "^8.5.1"},
        "devDependencies": {"mocha": "^8.4.0"},
    }
    return {
        "package.json": json.dumps(package, indent=2),
        "package-lock.json": json.dumps(_LOCK, indent=2),
        "index.js": _INDEX,
        "lib/service.js": service,
    }


def _frameworks(tmp_path: Path, tree: dict[str, str]) -> list[tuple[str, str]]:
    backend = by_folder(write(tmp_path, tree)).get(".")
    if backend is None:
        return []
    return [(f.name, f.version) for f in backend.findings if f.kind is K.FRAMEWORK]


def test_a_kit_built_app_with_middlewares_is_on_the_kits_express(tmp_path: Path) -> None:
    assert _frameworks(tmp_path, _tree()) == [("Express", "4.18.2")]


def test_a_kit_call_mounting_nothing_lends_nothing(tmp_path: Path) -> None:
    service = _SERVICE.replace("\tapp.use(webKit.middleware.getBasePath());\n", "").replace(
        "\tapp.get('/v1/repos', (request, response) => response.send([]));\n", ""
    )
    assert _frameworks(tmp_path, _tree(service)) == []
