"""Held-out set 92 (#19): a Node API whose models package, from the registry, opens the database.

The shape: an Express API built by a shared service package (`@acme/service/api`), declaring
Objection (its routers use `ref`) and Knex only for the migration CLI, with no driver, no
database URL and no Compose file. Its models come from a schema package of the product's own
(`@acme/schema`), which its API module imports and hands the database settings; the lock
records that package's requirements: objection, knex and pg. A data layer a library lends the
application is the application's, and so is the engine it opens: PostgreSQL. The counter-cases
keep the old answer (no engine): a package requiring a driver without the server's data layer
(a session store on pg), and a schema package only the tests import.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_DEPENDENCIES = {
    "@acme/schema": "^11.1.4",
    "@acme/service": "^11.0.2",
    "express": "^4.18.2",
    "objection": "^3.1.5",
    "redis": "^4.5.1",
}
_DEV = {"knex": "^3.1.0", "mocha": "^11.1.0"}

_SCHEMA_REQUIRES = {
    "knex": "^3.1.0",
    "lodash": "^4.17.21",
    "objection": "^3.1.5",
    "pg": "^8.7.3",
}

_INDEX = """const API = require('./lib/api');
const settings = require('./config');

const server = API(settings).listen(settings.port);
"""

_API = """const api = require('@acme/service/api');
const db = require('@acme/schema');
const userRouter = require('./routers/user');

module.exports = settings => {
  const app = api(settings);
  const models = db(settings.db);
  app.use((req, res, next) => {
    req.models = models;
    next();
  });
  app.use('/me', userRouter(settings));
  return app;
};
"""

_ROUTER = """const { Router } = require('express');
const { ref } = require('objection');

module.exports = () => {
  const router = Router();
  router.get('/', (req, res) => res.json({ name: ref('profile.name') }));
  return router;
};
"""

_CONFIG = """module.exports = {
  port: process.env.PORT || 8080,
  db: {
    database: process.env.DATABASE_NAME,
    host: process.env.DATABASE_HOST,
    user: process.env.DATABASE_USERNAME
  }
};
"""

_TEST_HELPER = "const Schema = require('@acme/schema');\n\nmodule.exports = Schema;\n"


def _lock(requires: dict[str, str]) -> str:
    packages = {
        "": {"name": "public-api", "dependencies": _DEPENDENCIES, "devDependencies": _DEV},
        "node_modules/@acme/schema": {"version": "11.1.4", "dependencies": requires},
        "node_modules/@acme/service": {"version": "11.0.2", "dependencies": {"express": "^4"}},
        "node_modules/express": {"version": "4.21.2"},
        "node_modules/knex": {"version": "3.1.0", "dev": True},
        "node_modules/objection": {"version": "3.1.5"},
        "node_modules/pg": {"version": "8.14.1"},
        "node_modules/redis": {"version": "4.7.0"},
        "node_modules/mocha": {"version": "11.1.0", "dev": True},
    }
    document = {"name": "public-api", "lockfileVersion": 3, "packages": packages}
    return json.dumps(document, indent=2) + "\n"


def _tree(requires: dict[str, str], api: str = _API) -> dict[str, str]:
    scripts = {"start": "node index.js", "test": "mocha ./test/specs"}
    return {
        "package.json": package_json(_DEPENDENCIES, _DEV, main="index.js", scripts=scripts),
        "package-lock.json": _lock(requires),
        "index.js": _INDEX,
        "config.js": _CONFIG,
        "lib/api.js": api,
        "lib/routers/user.js": _ROUTER,
        "test/helpers/db.js": _TEST_HELPER,
        "test/specs/user.js": "const db = require('../helpers/db');\n",
    }


def test_the_models_package_opens_the_servers_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_SCHEMA_REQUIRES)))["."]
    assert first(backend, K.ORM)[0] == "Objection"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_package_on_a_driver_alone_names_no_engine(tmp_path: Path) -> None:
    # A session store on pg requires no data layer the server queries through.
    requires = {"pg": "^8.7.3", "debug": "^4.3.1"}
    backend = by_folder(write(tmp_path, _tree(requires)))["."]
    assert first(backend, K.ORM)[0] == "Objection"
    assert first(backend, K.DATABASE) == ("", "")


def test_a_models_package_only_the_tests_import_names_no_engine(tmp_path: Path) -> None:
    api = _API.replace("const db = require('@acme/schema');\n", "const db = () => ({});\n")
    backend = by_folder(write(tmp_path, _tree(_SCHEMA_REQUIRES, api)))["."]
    assert first(backend, K.ORM)[0] == "Objection"
    assert first(backend, K.DATABASE) == ("", "")
