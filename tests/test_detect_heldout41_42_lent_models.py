"""A Node server whose models come from a registry package of the product's own (#19): the
bookbrainz-site shape of held-out set 41, an Express site and API (two entry points of one
package, beside a React client it builds and serves) that import a `…-data` package holding
Bookshelf models over Knex and pg and start it with the database settings. The lock records
what that package requires: its data layer is the server's, and the server is a backend, not
a UI host. A package that only runs on a driver (a session store on pg) lends nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SITE = (
    "import ModelsData from 'acme-data';\nimport express from 'express';\n"
    "import path from 'path';\nimport routes from './routes';\nimport config from './config';\n\n"
    "const app = express();\napp.locals.orm = ModelsData(config.database);\n"
    "app.use(express.static(path.join(__dirname, 'static')));\nroutes(app);\n"
    "app.listen(9099);\n"
)
_DEPENDENCIES = {"express": "^4.17.1", "acme-data": "^2.10.0", "react": "^16.13.1",
                 "react-dom": "^16.13.1"}
_REQUIRES = {"bluebird": "^3.7.2", "bookshelf": "^1.2.0", "knex": "^0.21.12", "pg": "^8.5.1"}


def _lock_v1(requires: dict[str, str]) -> str:
    # npm 6: packages keyed by name under "dependencies", what each needs under "requires".
    entry = {"version": "2.10.0", "resolved": "https://registry.npmjs.org/acme-data.tgz",
             "requires": requires}
    deps = {"acme-data": entry, "express": {"version": "4.17.1"}, "knex": {"version": "0.21.19"},
            "pg": {"version": "8.6.0"}}
    return json.dumps({"name": "site", "lockfileVersion": 1, "requires": True,
                       "dependencies": deps}, indent=2) + "\n"


def _lock_v3(requires: dict[str, str]) -> str:
    packages = {"": {"name": "site", "dependencies": _DEPENDENCIES},
                "node_modules/acme-data": {"version": "2.10.0", "dependencies": requires},
                "node_modules/express": {"version": "4.17.1"},
                "node_modules/knex": {"version": "0.21.19"},
                "node_modules/pg": {"version": "8.6.0"}}
    return json.dumps({"name": "site", "lockfileVersion": 3, "packages": packages},
                      indent=2) + "\n"


def _site(lock: str) -> dict[str, str]:
    return {
        "package.json": package_json(_DEPENDENCIES, {"mocha": "^9.0.2", "webpack": "^5.11.1"},
                                     scripts={"test": "mocha"}),
        "package-lock.json": lock,
        "src/server/app.js": _SITE,
        "src/server/routes.js": "export default function routes(app) {}\n",
        "src/client/index.js": "import React from 'react';\n",
        "docker-compose.yml": "services:\n  postgres:\n    image: postgres:12.3\n",
    }


@pytest.mark.parametrize("lock", [_lock_v1, _lock_v3])
def test_models_package_lends_its_data_layer(tmp_path: Path, lock) -> None:
    write(tmp_path, _site(lock(_REQUIRES)))
    backend = by_folder(tmp_path)["."]
    assert first(backend, K.ORM)[0] == "Knex"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_package_on_a_driver_alone_lends_nothing(tmp_path: Path) -> None:
    # Without a data layer of its own the React site's server only hands out its build.
    write(tmp_path, _site(_lock_v1({"pg": "^8.5.1", "debug": "^4.3.1"})))
    assert by_folder(tmp_path) == {}
