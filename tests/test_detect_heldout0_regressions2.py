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


# --- Go: the example settings' database section over a struct tag's default dialect ---------

_GO_MOD = (
    "module example.com/ops/server\n\ngo 1.25\n\nrequire (\n"
    "\tgithub.com/gin-gonic/gin v1.11.0\n\tgithub.com/glebarez/sqlite v1.11.0\n"
    "\tgithub.com/go-sql-driver/mysql v1.9.3\n\tgorm.io/driver/mysql v1.6.0\n"
    "\tgorm.io/gorm v1.31.1\n)\n"
)
_MAIN = (
    "package main\n\nimport (\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/gorm\"\n)\n\n"
    "var db *gorm.DB\n\nfunc main() {\n\tr := gin.New()\n\t_ = r.Run(\":18888\")\n}\n"
)
_STARTER = (
    "package starter\n\ntype DbDialect string\n\ntype Mysql struct {\n"
    "\tDialect      DbDialect `yaml:\"dialect\" default:\"sqlite\" options:\"mysql,sqlite\"`\n"
    "\tAddress      string    `yaml:\"address\" default:\"./app.db\"`\n}\n"
)


@pytest.mark.parametrize(
    ("example", "engine"),
    [
        # The example installs copy picks MySQL, the SQLite alternative commented out: the
        # operator's documented choice, above the struct tag's default.
        (
            "server:\n  port: 18888\n# database: dialect mysql or sqlite\ndb:\n"
            "  dialect: mysql\n  address: mysql:3306\n  name: app\n# db:\n"
            "#   dialect: sqlite\n#   address: ./app.db\n",
            "MySQL",
        ),
        # Counter-case (the struct tag rule's own): an example with no database section
        # leaves the program's default.
        ("server:\n  port: 18888\n", "SQLite"),
    ],
)
def test_go_example_settings_database_section_outranks_the_tag_default(
    tmp_path: Path, example: str, engine: str
) -> None:
    files = {
        "go.mod": _GO_MOD,
        "main.go": _MAIN,
        "pkg/starter/config.go": _STARTER,
        "config.yml.example": example,
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == engine


# --- Laravel: a local env example's SQLite that the settings' own default names too ---------

_DATABASE_PHP = (
    "<?php\n\nreturn [\n\n    'default' => env('DB_CONNECTION', '{default}'),\n\n"
    "    'connections' => [\n        'sqlite' => [\n            'driver' => 'sqlite',\n"
    "        ],\n        'pgsql' => [\n            'driver' => 'pgsql',\n        ],\n"
    "        'mysql' => [\n            'driver' => 'mysql',\n        ],\n    ],\n];\n"
)
# Laravel Sail's development services: the app built from `docker/8.4`, the project mounted.
_SAIL = (
    "services:\n    laravel.test:\n        build:\n            context: ./docker/8.4\n"
    "            dockerfile: Dockerfile\n        environment:\n            LARAVEL_SAIL: 1\n"
    "        volumes:\n            - '.:/var/www/html'\n        depends_on:\n            - pgsql\n"
    "    pgsql:\n        image: 'postgres:18-alpine'\n"
)


@pytest.mark.parametrize(
    ("default", "configured", "engine"),
    [
        # The settings default to SQLite and the local example picks it too: it stands in for
        # no server, and the Compose file's postgres is the development services'.
        ("sqlite", False, "SQLite"),
        # Counter-case (the demotion's own): settings defaulting to a server, the local
        # example's SQLite is a developer's checkout, below the Compose file's server.
        ("mysql", False, "PostgreSQL"),
        # Counter-case: the Compose file's app service sets the engine itself
        # (`DB_CONNECTION: pgsql`): the deployment configures it, above the example.
        ("sqlite", True, "PostgreSQL"),
    ],
)
def test_laravel_local_sqlite_example_agreeing_with_the_settings_default_keeps_its_rank(
    tmp_path: Path, default: str, configured: bool, engine: str
) -> None:
    # The configured case is a production service built from the project itself.
    sail = (
        _SAIL.replace("context: ./docker/8.4", "context: .").replace(
            "            LARAVEL_SAIL: 1\n",
            "            APP_ENV: production\n            DB_CONNECTION: pgsql\n",
        )
        if configured
        else _SAIL
    )
    files = {
        "composer.json": '{\n    "require": {\n        "laravel/framework": "^12.0"\n    }\n}\n',
        "artisan": "#!/usr/bin/env php\n<?php\n\nuse Illuminate\\Foundation\\Application;\n",
        "config/database.php": _DATABASE_PHP.replace("{default}", default),
        "app/Models/Result.php": "<?php\n\nnamespace App\\Models;\n\n"
        "use Illuminate\\Database\\Eloquent\\Model;\n\nclass Result extends Model\n{\n}\n",
        "docker/8.4/Dockerfile": "FROM ubuntu:24.04\nWORKDIR /var/www/html\n",
        "compose.yaml": sail,
        ".env.example": "APP_NAME=Tracker\nAPP_ENV=local\nAPP_DEBUG=true\n"
        "APP_URL=http://localhost\n\nDB_CONNECTION=sqlite\n# DB_HOST=127.0.0.1\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == engine
