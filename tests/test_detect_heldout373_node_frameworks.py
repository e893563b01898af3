"""Node backends on frameworks beyond Express and NestJS that the 373rd held-out set showed
(benchmarks/detect_heldout373.yaml), each as a small fixture of the real files' shape (#19):
an Egg.js plugin bringing Mongoose, ThinkJS's model layer and the engine its adapter config's
`type` picks, Objection kept for its Knex helpers beside a service mixin's Knex, a Jest config
left by a template with no test, and a default settings object's engine beside a Prisma schema
and an env example's URL per engine."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(
    dependencies: dict[str, str], dev: dict[str, str] | None = None, **extra: object
) -> str:
    return json.dumps(
        {"name": "app", "dependencies": dependencies, "devDependencies": dev or {}, **extra}
    )


EGG_ROUTER = "module.exports = app => {\n  app.router.get('/', app.controller.home.index);\n};\n"
EGG_MODEL = (
    "module.exports = app => {\n  const mongoose = app.mongoose;\n"
    "  const Schema = mongoose.Schema;\n  return mongoose.model('Page', new Schema({}));\n};\n"
)


def test_egg_mongoose_plugin_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "package.json": _package(
            {"egg": "^2.2.1", "egg-mongoose": "^3.1.0", "egg-scripts": "^2.10.0"},
            {"egg-bin": "^4.3.5"},
            scripts={"start": "egg-scripts start", "test": "egg-bin test"},
        ),
        "app/router.js": EGG_ROUTER,
        "app/model/page.js": EGG_MODEL,
        "config/config.default.js": (
            "exports.mongoose = {\n  client: {\n"
            "    url: 'mongodb://127.0.0.1:27017/performance',\n  },\n};\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Mongoose"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


THINK_MODEL_CONFIG = """\
const mysql = require('think-model-mysql');
const pgsql = require('think-model-postgresql');
const sqlite = require('think-model-sqlite');

let msc = { host: process.env.APP_DB_HOST };
let type = process.env.APP_DB_MODE || 'mysql';

module.exports = {
  type,
  mysql: { handle: mysql, host: msc.host },
  postgresql: { handle: pgsql, host: msc.host },
  sqlite: { handle: sqlite, path: msc.path }
};
"""


def test_think_model_adapter_type_picks_the_engine(tmp_path: Path) -> None:
    files = {
        "package.json": _package(
            {
                "thinkjs": "^3.2.11",
                "think-model": "^1.5.4",
                "think-model-mysql": "^1.0.0",
                "think-model-postgresql": "^1.1.6",
                "think-model-sqlite": "^2.0.1",
            },
            scripts={"start": "node production.js"},
        ),
        "production.js": (
            "const Application = require('thinkjs');\n\n"
            "const instance = new Application({ ROOT_PATH: __dirname, env: 'production' });\n"
            "instance.run();\n"
        ),
        # Deep, behind the shallow modules that fill a folder's ordinary quota.
        "src/common/config/adapter/model.js": THINK_MODEL_CONFIG,
        "src/common/config/adapter.js": "exports.cache = { type: 'file' };\n",
        **{f"src/common/logic/part_{n}.js": "module.exports = {};\n" for n in range(30)},
        "src/home/model/post.js": "module.exports = class extends think.Model {};\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "think-model"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_objection_helpers_alone_leave_knex_the_data_layer(tmp_path: Path) -> None:
    files = {
        "package.json": _package(
            {
                "moleculer": "^0.14.29",
                "moleculer-web": "^0.10.5",
                "@moleculer/database": "github:someone/moleculerjs-database",
                "knex": "^3.0.1",
                "objection": "^3.0.1",
                "pg": "^8.10.0",
            },
            scripts={"start": "moleculer-runner --config dist/moleculer.config.js"},
        ),
        "knexfile.ts": (
            "const { knexSnakeCaseMappers } = require('objection');\n\n"
            "const config = {\n  client: 'pg',\n  connection: process.env.DB_CONNECTION,\n"
            "  ...knexSnakeCaseMappers(),\n};\n\nmodule.exports = config;\n"
        ),
        "mixins/database.mixin.ts": (
            "const DbService = require('@moleculer/database').Service;\n"
            "const knex = require('../knexfile');\n\n"
            "export default function (opts: any = {}) {\n"
            "  return { mixins: [DbService({ adapter: { type: 'Knex', options: { knex } } })] };\n"
            "}\n"
        ),
        "services/api.service.ts": (
            "import ApiGateway from 'moleculer-web';\n\n"
            "export default { name: 'api', mixins: [ApiGateway] };\n"
        ),
        "services/events.service.ts": (
            "import { Knex } from 'knex';\nimport DbConnection from '../mixins/database.mixin';\n\n"
            "export default { name: 'events', mixins: [DbConnection()] };\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Knex"


MIDWAY_BOOTSTRAP = "const { Bootstrap } = require('@midwayjs/bootstrap');\nBootstrap.run();\n"
MIDWAY_CONFIGURATION = (
    "import { Configuration } from '@midwayjs/core';\n"
    "import * as koa from '@midwayjs/koa';\n\n"
    "@Configuration({ imports: [koa] })\nexport class MainConfiguration {}\n"
)
EXPRESS_INDEX = "const express = require('express');\nconst app = express();\napp.listen(3000);\n"
ADONIS_SERVER = (
    "import { Ignitor } from '@adonisjs/core'\n\nnew Ignitor(APP_ROOT).httpServer().start()\n"
)


def test_template_jest_config_without_tests_is_no_test_framework(tmp_path: Path) -> None:
    files = {
        "package.json": _package(
            {"@midwayjs/core": "^3.1.6", "@midwayjs/koa": "^3.1.6", "mongoose": "^6.0.7"},
            {"jest": "^26.4.0", "ts-jest": "^26.2.0"},
            scripts={"start": "node ./bootstrap.js", "test": "midway-bin test --ts"},
        ),
        "bootstrap.js": MIDWAY_BOOTSTRAP,
        "jest.config.js": (
            "module.exports = {\n  preset: 'ts-jest',\n  testEnvironment: 'node',\n"
            "  setupFilesAfterEnv: ['./jest.setup.js']\n};\n"
        ),
        "jest.setup.js": "jest.setTimeout(30000);\n",
        "src/configuration.ts": MIDWAY_CONFIGURATION,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == ""


def test_jest_config_naming_its_suite_keeps_jest(tmp_path: Path) -> None:
    files = {
        "package.json": _package(
            {"@midwayjs/core": "^3.1.6", "@midwayjs/koa": "^3.1.6"},
            {"jest": "^26.4.0"},
            scripts={"start": "node ./bootstrap.js"},
        ),
        "bootstrap.js": MIDWAY_BOOTSTRAP,
        "jest.config.js": "module.exports = {\n  testMatch: ['**/checks/*.ts'],\n};\n",
        # A suite named otherwise than by Jest's default patterns.
        "checks/health.ts": "describe('health', () => {\n  it('runs', () => {});\n});\n",
        "src/configuration.ts": MIDWAY_CONFIGURATION,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "Jest"


def _schema(provider: str) -> str:
    return (
        'generator client {\n  provider = "prisma-client-js"\n}\n\n'
        f'datasource db {{\n  provider = "{provider}"\n  url      = env("DB_URL")\n}}\n'
    )


def test_default_settings_engine_beside_a_prisma_schema_per_engine(tmp_path: Path) -> None:
    files = {
        "package.json": _package(
            {
                "@adonisjs/core": "^6.12.0",
                "@prisma/client": "^6.11.1",
                "mysql2": "^3.10.1",
                "pg": "^8.21.0",
            },
            {"prisma": "^6.11.1"},
            scripts={"start": "node bin/server.js"},
        ),
        "bin/server.ts": ADONIS_SERVER,
        "start/init.ts": (
            "import * as fs from 'node:fs'\n\n// default settings\nconst defaultConfig = {\n"
            "  sql: {\n    client: 'sqlite',\n    host: '127.0.0.1',\n    port: 3306,\n"
            "    file: './data/app.db',\n  },\n  scan: {\n    auto: 0,\n  },\n}\n"
        ),
        "prisma/mysql/schema.prisma": _schema("mysql"),
        "prisma/pgsql/schema.prisma": _schema("postgresql"),
        "prisma/sqlite/schema.prisma": _schema("sqlite"),
        ".env.example": (
            "PORT=3333\n"
            'DB_URL_MYSQL="mysql://app:app@127.0.0.1:3306/app"\n'
            'DB_URL_POSTGRESQL="postgresql://app:app@127.0.0.1:5432/app"\n'
            'DB_URL_SQLITE="file:/data/db/app.db"\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Prisma"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_one_engine_keyed_env_url_keeps_its_rank(tmp_path: Path) -> None:
    files = {
        "package.json": _package(
            {"express": "^4.18.0", "pg": "^8.0.0", "better-sqlite3": "^9.0.0"},
            scripts={"start": "node index.js"},
        ),
        "index.js": EXPRESS_INDEX,
        ".env.example": 'DATABASE_URL_POSTGRES="postgres://app:app@db:5432/app"\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
