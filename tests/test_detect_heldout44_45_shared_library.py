"""Held-out set 45's npm-workspaces misses (benchmarks/detect_heldout45.yaml), as a small
fixture of the real files' shape (#19): a common library of the workspace declares TypeORM on
SQL Server (one API's data source), the MongoDB driver and Redis for every package; each API
names in its own manifest the data packages its code reaches, so an API naming only `mongodb`
keeps MongoDB, not the library's TypeORM; and the Express servers rendering Nunjucks pages,
with no data layer of their own and sessions in Redis, are UIs, not backends."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _manifest(name: str, dependencies: dict[str, str], start: str = "") -> str:
    data: dict[str, object] = {"name": name, "version": "1.0.0", "private": True}
    if start:
        data["scripts"] = {"start": start}
    data["dependencies"] = dependencies
    data["devDependencies"] = {"jest": "30.4.2"}
    return json.dumps(data, indent=2)


_APP = (
    "const express = require('express');\n"
    "const { configure } = require('@acme/common/backend');\n"
    "const routes = require('./routes');\n\n"
    "const generateApp = () => {\n  const app = express();\n  configure(app);\n"
    "  app.use('/v1', routes);\n  return app;\n};\n\nmodule.exports = generateApp;\n"
)
_UI_APP = (
    "const express = require('express');\n"
    "const { expressSession } = require('@acme/common/backend');\n"
    "const configureNunjucks = require('./nunjucks-configuration');\n"
    "const routes = require('./routes');\n\n"
    "const generateApp = () => {\n  const app = express();\n"
    "  app.use(expressSession());\n"
    "  configureNunjucks({\n    autoescape: true,\n    express: app,\n    noCache: true,\n  });\n"
    "  app.use('/', routes);\n  return app;\n};\n\nmodule.exports = generateApp;\n"
)
_NUNJUCKS = (
    "const path = require('path');\nconst nunjucks = require('nunjucks');\n\n"
    "const configureNunjucks = (opts) => {\n"
    "  const views = [path.resolve(__dirname, '../../templates')];\n"
    "  return nunjucks.configure(views, opts);\n};\n\nmodule.exports = configureNunjucks;\n"
)
_DATA_SOURCE = (
    "import { DataSource, DataSourceOptions } from 'typeorm';\n\n"
    "const dataSourceOptions: DataSourceOptions = {\n  type: 'mssql',\n"
    "  host: process.env.SQL_DB_HOST,\n  synchronize: false,\n};\n\n"
    "export const SqlDbDataSource = new DataSource(dataSourceOptions);\n"
)
_MONGO_CLIENT = (
    "import { MongoClient } from 'mongodb';\n\n"
    "export const mongoDbClient = new MongoClient(process.env.MONGODB_URI);\n"
)
_ENTITY = (
    "import { Entity, PrimaryGeneratedColumn } from 'typeorm';\n\n"
    "@Entity()\nexport class FeeRecordEntity {\n  @PrimaryGeneratedColumn()\n  id!: number;\n}\n"
)
_REDIS = (
    "import session from 'express-session';\nimport RedisStore from 'connect-redis';\n"
    "import redis from 'redis';\n\n"
    "export const expressSession = () => session({ store: new (RedisStore(session))("
    "{ client: redis.createClient() }) });\n"
)


def _api(folder: str, name: str, data: dict[str, str]) -> dict[str, str]:
    return {
        f"{folder}/package.json": _manifest(
            name, {"@acme/common": "1.0.0", "express": "^5.2.1", **data}, "node server/index.js"
        ),
        f"{folder}/server/index.js": "const generateApp = require('./generateApp');\n\n"
        "generateApp().listen(5000);\n",
        f"{folder}/server/generateApp.js": _APP,
        f"{folder}/server/routes.js": "const express = require('express');\n"
        "const { mongoDbClient } = require('@acme/common/mongo-db-client');\n\n"
        "const router = express.Router();\n"
        "router.get('/deals', async (req, res) => res.json(await mongoDbClient.db().collection"
        "('deals').find().toArray()));\n\nmodule.exports = router;\n",
        f"{folder}/Dockerfile": "FROM node:24-alpine\nCMD [\"npm\", \"start\"]\n",
    }


def _ui(folder: str, name: str, data: dict[str, str]) -> dict[str, str]:
    return {
        f"{folder}/package.json": _manifest(
            name,
            {
                "@acme/common": "1.0.0",
                "axios": "1.19.0",
                "express": "^5.2.1",
                "nunjucks": "3.2.4",
                **data,
            },
            "node server/index.js",
        ),
        f"{folder}/server/index.js": "const generateApp = require('./generateApp');\n\n"
        "generateApp().listen(5000);\n",
        f"{folder}/server/generateApp.js": _UI_APP,
        f"{folder}/server/nunjucks-configuration/index.js": _NUNJUCKS,
        f"{folder}/server/routes/index.js": "const express = require('express');\n"
        "const axios = require('axios');\n\nconst router = express.Router();\n"
        "router.get('/', async (req, res) => res.render('dashboard.njk', "
        "(await axios.get(process.env.API_URL)).data));\n"
        "router.post('/apply', async (req, res) => { await axios.post(process.env.API_URL, "
        "req.body); res.redirect('/'); });\n\nmodule.exports = router;\n",
        f"{folder}/templates/dashboard.njk": "<h1>{{ title }}</h1>\n",
        f"{folder}/Dockerfile": "FROM node:24-alpine\nCMD [\"npm\", \"start\"]\n",
    }


def _workspace() -> dict[str, str]:
    return {
        "package.json": json.dumps(
            {
                "name": "acme",
                "private": True,
                "workspaces": ["libs/common", "central-api", "portal-api", "portal-ui", "gef-ui"],
            }
        ),
        "libs/common/package.json": _manifest(
            "@acme/common",
            {
                "connect-redis": "^6.1.3",
                "express-session": "^1.19.0",
                "mongodb": "^4.17.2",
                "mssql": "^11.0.1",
                "redis": "^3.1.2",
                "typeorm": "^0.3.31",
            },
        ),
        "libs/common/src/index.ts": "export * from './sql-db-entities';\n",
        "libs/common/src/sql-db-connection/data-source.ts": _DATA_SOURCE,
        "libs/common/src/sql-db-entities/fee-record.entity.ts": _ENTITY,
        "libs/common/src/mongo-db-client/index.ts": _MONGO_CLIENT,
        "libs/common/src/helpers/backend/configure-express-session.ts": _REDIS,
        **_api("central-api", "central-api", {"mongodb": "^4.17.2", "typeorm": "^0.3.31"}),
        **_api("portal-api", "portal-api", {"mongodb": "^4.17.2"}),
        **_ui("portal-ui", "portal-ui", {}),
        **_ui("gef-ui", "gef-ui", {"redis": "^3.1.2"}),
    }


def test_an_api_naming_only_mongodb_takes_no_typeorm_from_the_common_library(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    portal = found["portal-api"]
    assert first(portal, K.QUERY)[0] == "mongodb"
    assert first(portal, K.ORM)[0] == ""
    assert first(portal, K.DATABASE)[0] == "MongoDB"
    central = found["central-api"]
    assert first(central, K.ORM)[0] == "TypeORM"


def test_express_servers_rendering_nunjucks_pages_without_data_are_uis(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert sorted(found) == ["central-api", "portal-api"]


def test_a_page_server_with_a_data_layer_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    files = _workspace()
    files.update(_ui("gef-ui", "gef-ui", {"mongodb": "^4.17.2"}))
    found = by_folder(write(tmp_path, files))
    assert "gef-ui" in found
    assert first(found["gef-ui"], K.DATABASE)[0] == "MongoDB"


def test_a_library_no_user_names_a_data_layer_of_lends_it_to_every_user(tmp_path: Path) -> None:
    # A workspace's `@acme/db` holding Prisma for the apps, which name none of their own.
    files = {
        "package.json": json.dumps({"name": "acme", "private": True, "workspaces": ["*"]}),
        "db/package.json": _manifest("@acme/db", {"@prisma/client": "^5.17.0"}),
        "db/schema.prisma": 'datasource db {\n  provider = "postgresql"\n'
        '  url = env("DATABASE_URL")\n}\n',
        "db/index.ts": "import { PrismaClient } from '@prisma/client';\n\n"
        "export const prisma = new PrismaClient();\n",
        **_api("api", "api", {"@acme/db": "1.0.0"}),
        **_api("admin-api", "admin-api", {"@acme/db": "1.0.0"}),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["api"], K.ORM)[0] == "Prisma"
    assert first(found["admin-api"], K.ORM)[0] == "Prisma"
