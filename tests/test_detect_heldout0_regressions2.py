"""Regressions the second random sample of session 35 found (sets 7, 12, 17, 21), each mended
by narrowing the rule that caused it, as small fixtures of the real files' shape with the
rule's own case beside them (#19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Node: Sails' Waterline models beside the Knex its migration scripts run ---------------


def _sails(orm: str) -> dict[str, str]:
    deps = {"sails": "^1.5.17", "knex": "^3.1.0", "pg": "^8.20.0"}
    if orm == "waterline":
        deps |= {"sails-hook-orm": "^4.0.3", "sails-postgresql": "^5.0.1"}
    else:
        deps |= {"sequelize": "^6.37.0"}
    files = {
        "package.json": json.dumps(
            {"name": "server", "private": True, "main": "app.js", "dependencies": deps,
             "scripts": {"start": "node app.js"}}, indent=2) + "\n",
        ".sailsrc": '{\n  "generators": {}\n}\n',
        "app.js": "const sails = require('sails');\nconst rc = require('sails/accessible/rc');\n\n"
        "sails.lift(rc('sails'));\n",
        "config/datastores.js": "module.exports.datastores = {\n  default: {\n"
        "    adapter: 'sails-postgresql',\n    url: process.env.DATABASE_URL,\n  },\n};\n",
        # The models are globals Sails makes: no module imports the ORM.
        "api/models/User.js": "module.exports = {\n  attributes: {\n"
        "    email: { type: 'string', required: true },\n  },\n};\n",
        "api/controllers/users/index.js": "module.exports = {\n  async fn() {\n"
        "    return User.find();\n  },\n};\n",
        "db/knexfile.js": "module.exports = {\n  client: 'pg',\n"
        "  connection: process.env.DATABASE_URL,\n  migrations: { tableName: 'migration' },\n};\n",
    }
    # The scripts that create the schema and the first user import Knex.
    for name in ("init", "upgrade", "create-admin-user"):
        files[f"db/{name}.js"] = (
            "const initKnex = require('knex');\n\nconst knexfile = require('./knexfile');\n\n"
            "const knex = initKnex(knexfile);\n\n(async () => {\n"
            "  await knex.migrate.latest();\n})();\n"
        )
    if orm == "sequelize":
        files["api/models/User.js"] = (
            "const { DataTypes } = require('sequelize');\n\nmodule.exports = (s) => "
            "s.define('User', { email: DataTypes.STRING });\n"
        )
    return files


@pytest.mark.parametrize(
    ("orm", "data"),
    [
        # Waterline's models are globals: three migration scripts importing Knex are no
        # census of the code's data layer, and Waterline stays the layer.
        ("waterline", "Waterline"),
        # Counter-case (the census's own): an imported ORM beside Knex is still counted, and
        # Knex, imported by more than twice as many modules, leads.
        ("sequelize", "Knex"),
    ],
)
def test_sails_waterline_models_are_not_outcounted_by_knex_migration_scripts(
    tmp_path: Path, orm: str, data: str
) -> None:
    found = by_folder(write(tmp_path, _sails(orm)))
    assert first(found["."], K.ORM)[0] == data
