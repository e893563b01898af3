"""Held-out set 108 (#19): an Express service under src/ on Sequelize and pg, whose settings
module (`configs/postgres.js`, named by `.sequelizerc`) gives every environment `dialect:
'postgres'`, while the root's docker-compose.yml, left from the service's MongoDB days, still
runs mongo and hands the service a MONGODB_URL it no longer reads.

A Sequelize settings module whose every environment's dialect is one engine's literal names
the engine the program runs on, its own choice above a Compose file's database; Sequelize,
the layer over that engine, is then the data layer. Counter-cases: a module whose environments
disagree (SQLite in development, MySQL in production), or that reads the dialect from a
setting, settles nothing, and the Compose file's MongoDB stays first.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SEQUELIZERC = """const path = require('path')

module.exports = {
\tconfig: path.resolve('./configs', 'postgres.js'),
\t'models-path': path.resolve('./database/models'),
}
"""

_APP = """const express = require('express')
const app = express()
require('./routes')(app)
app.listen(process.env.APPLICATION_PORT)
"""

_COMPOSE = """version: '3'
services:
  mongo:
    image: 'mongo:4.1.4'
    ports:
      - '27017:27017'
  mentoring:
    image: example/mentoring:2.4
    environment:
      - MONGODB_URL=mongodb://mongo:27017/elevate-mentoring
    depends_on:
      - mongo
"""


def _settings(development: str, production: str) -> str:
    return f"""require('dotenv').config()

module.exports = {{
\tdevelopment: {{
\t\turl: process.env.DEV_DATABASE_URL,
\t\tdialect: {development},
\t\tmigrationStorageTableName: 'sequelize_meta',
\t\tpool: {{
\t\t\tmax: parseInt(process.env.DB_POOL_MAX_CONNECTIONS),
\t\t}},
\t}},
\ttest: {{
\t\turl: process.env.TEST_DATABASE_URL,
\t\tdialect: {development},
\t}},
\tproduction: {{
\t\turl: process.env.DATABASE_URL,
\t\tdialect: {production},
\t}},
}}
"""


def _tree(development: str, production: str) -> dict[str, str]:
    deps = {"express": "^4.17.1", "pg": "^8.11.0", "sequelize": "^6.32.0", "sqlite3": "^5.1.6",
            "mysql2": "^3.6.0"}
    return {
        "docker-compose.yml": _COMPOSE,
        "src/package.json": package_json(deps, name="mentoring"),
        "src/app.js": _APP,
        "src/.sequelizerc": _SEQUELIZERC,
        "src/configs/postgres.js": _settings(development, production),
    }


def test_the_settings_modules_agreed_dialect_is_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("'postgres'", "'postgres'")))["src"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.ORM)[0] == "Sequelize"


def test_environments_that_disagree_settle_nothing(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("'sqlite'", "'mysql'")))["src"]
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_a_dialect_read_from_a_setting_settles_nothing(tmp_path: Path) -> None:
    backend = by_folder(
        write(tmp_path, _tree("'postgres'", "process.env.DB_DIALECT"))
    )["src"]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
