"""Held-out set 92 (#19): a Sequelize instance built with a literal dialect, under a stale Compose.

The shape: a 2019 Express server (its React client in the same package) whose models module,
`server/models/postgresql.js` (named for the engine it opens, deep below shallower modules
that fill the walk's ordinary quota), builds `new Sequelize(DATABASE_URL, { dialect:
'postgres', … })` with the URL defaulting to `sqlite://db.db`; the package declares
sequelize, pg and sqlite3, and a docker-compose.yml left from an earlier version still runs a
MongoDB the manifest has no client for. The dialect written in the code is the program's own
choice, as Sequelize's settings file's agreed dialect is: PostgreSQL above the Compose MongoDB,
and Sequelize the data layer over it. A dialect read from a setting chooses nothing: the
Compose database keeps its rank.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_APP = """const express = require('express');
const db = require('./models/postgresql');

const app = express();
app.get('/api/health', (req, res) => res.json({ ok: true }));
module.exports = app;
"""

_SERVER = "const app = require('./app');\n\napp.listen(3000);\n"

_MODELS = """const Sequelize = require('sequelize');
const logger = require('../logging');

const DATABASE_URL = process.env.DATABASE_URL || 'sqlite://db.db';

const sequelize = new Sequelize(DATABASE_URL, {
  dialect: 'postgres',
  logging: msg => logger.silly(msg),
  pool: {
    max: 5,
    min: 0,
  },
  operatorsAliases: false,
});

module.exports = { sequelize, Sequelize };
"""

_COMPOSE = """version: '3'

services:
  mongo:
    image: mongo:latest
  backend:
    build: .
    depends_on:
      - mongo
    command: npm run backend
    environment:
      - SDF_DATABASE_URL=mongodb://mongo:27017/sdf
"""

_DEPS = {
    "express": "^4.14.0",
    "pg": "7",
    "react": "^16.0.0",
    "react-dom": "^16.0.0",
    "sequelize": "^4.35.1",
    "sqlite3": "^3.1.13",
}


def _tree(models: str = _MODELS) -> dict[str, str]:
    files = {
        "package.json": package_json(
            _DEPS, {"jest": "^21.0.2"}, scripts={"backend": "node server/server.js"}
        ),
        "docker-compose.yml": _COMPOSE,
        "server/app.js": _APP,
        "server/server.js": _SERVER,
        "server/logging.js": "module.exports = { silly() {} };\n",
        "server/models/postgresql.js": models,
    }
    # Shallow modules of the shared code fill the walk's ordinary quota before server/models.
    for n in range(30):
        files[f"common/actionTypes/type{n:02}.js"] = f"export const TYPE_{n} = 'TYPE_{n}';\n"
    return files


def test_the_constructors_dialect_outranks_a_stale_compose_database(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.ORM)[0] == "Sequelize"


def test_a_dialect_from_a_setting_leaves_the_compose_database(tmp_path: Path) -> None:
    models = _MODELS.replace("dialect: 'postgres',", "dialect: config.dialect,")
    backend = by_folder(write(tmp_path, _tree(models)))["."]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
