"""JavaScript: the standalone Apollo Server as a framework, and the `dynamodb` ODM as a data
layer (set 432, #19).

An indexer serving GraphQL builds `new ApolloServer({ schema })` from the `apollo-server`
package and calls its `listen`: no framework of the program's own serves it. A Koa service
defines its models with `dynamo.define(…)` from the `dynamodb` package, beside a pg Pool that
only reads another program's database: the models' store is its own."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _manifest(**deps: str) -> str:
    return json.dumps({"name": "svc", "version": "1.0.0", "dependencies": deps}, indent=2)


_GRAPH = (
    'import { ApolloServer } from "apollo-server";\nimport { buildSchema } from "type-graphql";\n'
    'import { prisma } from "./db.server";\n\n'
    "export async function startGraph() {\n  const schema = await buildSchema({ resolvers: [] });\n"
    "  const server = new ApolloServer({ schema, context: () => ({ prisma }) });\n"
    "  const { url } = await server.listen(4000);\n  console.log(url);\n}\n"
)

_PRISMA = (
    'generator client {\n  provider = "prisma-client-js"\n}\n\n'
    'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n'
)


def _graph_service(graph: str = _GRAPH, **extra: str) -> dict[str, str]:
    return {
        "package.json": _manifest(
            **{"apollo-server": "^3.12.0", "@prisma/client": "4.13.0", "type-graphql": "^1.1.1"},
            **extra,
        ),
        "graph.ts": graph,
        "db.server.ts": 'import { PrismaClient } from "@prisma/client";\n'
        "export const prisma = new PrismaClient();\n",
        "start.ts": 'import { startGraph } from "./graph";\nstartGraph();\n',
        "prisma/schema.prisma": _PRISMA,
    }


def test_a_standalone_apollo_server_is_the_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _graph_service()))
    assert first(found["."], K.FRAMEWORK) == ("Apollo Server", "^3.12.0")
    assert first(found["."], K.ORM)[0] == "Prisma"


def test_apollo_mounted_on_express_stays_express(tmp_path: Path) -> None:
    # Counter-case: the integration package mounts it on the app the program starts.
    graph = (
        'import express from "express";\n'
        'import { ApolloServer } from "apollo-server-express";\n\n'
        "export async function startGraph() {\n  const app = express();\n"
        "  const server = new ApolloServer({ typeDefs: '', resolvers: {} });\n"
        "  await server.start();\n  server.applyMiddleware({ app });\n  app.listen(4000);\n}\n"
    )
    files = _graph_service(graph)
    files["package.json"] = _manifest(
        express="^4.18.2", **{"apollo-server-express": "^3.12.0", "@prisma/client": "4.13.0"}
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Express"


def test_the_standalone_package_declared_beside_express_is_no_choice(tmp_path: Path) -> None:
    # Set 358's GraphQL API declares `apollo-server` too, and still mounts Apollo on Express.
    graph = (
        'import Express from "express";\nimport http from "http";\n'
        'import { ApolloServer } from "apollo-server-express";\n\n'
        "export async function startGraph() {\n"
        "  const apollo = new ApolloServer({ typeDefs: '', resolvers: {} });\n"
        "  const app = Express();\n  apollo.applyMiddleware({ app });\n"
        "  http.createServer(app).listen(4000);\n}\n"
    )
    files = _graph_service(graph)
    files["package.json"] = _manifest(
        express="^4.17.1",
        **{"apollo-server": "^2.24.1", "apollo-server-express": "^2.24.1"},
    )
    found = by_folder(write(tmp_path, files))["."]
    assert first(found, K.FRAMEWORK)[0] == "Express"
    assert not found.ambiguous


_SCHEMA = (
    "const Joi = require('joi');\nconst dynamo = require('dynamodb');\n\n"
    "const Account = dynamo.define('Account', {\n  hashKey: 'accountId',\n"
    "  timestamps: true,\n  schema: { accountId: Joi.string().required() },\n"
    "  tableName: process.env.ACCOUNTS_TABLE,\n});\n\nmodule.exports = Account;\n"
)

_APP = (
    "const Koa = require('koa');\nconst Router = require('koa-router');\n"
    "const Account = require('./src/db/schemas/account');\n\n"
    "const app = new Koa();\nconst router = new Router();\n"
    "router.post('/account', async (ctx) => {\n"
    "  ctx.body = await Account.createAsync({ accountId: ctx.request.body.id });\n});\n"
    "app.use(router.routes());\napp.listen(3000);\n"
)

_INDEXER = (
    "const { Pool } = require('pg');\n\n"
    "const pool = new Pool({ connectionString: process.env.INDEXER_DB_CONNECTION });\n\n"
    "async function findAccounts(ctx) {\n"
    "  const { rows } = await pool.query('SELECT account_id FROM accounts');\n"
    "  ctx.body = rows;\n}\n\nmodule.exports = { findAccounts };\n"
)


def test_the_dynamodb_odm_is_the_data_layer_over_a_read_only_pool(tmp_path: Path) -> None:
    files = {
        "package.json": _manifest(
            koa="^2.13.1", **{"koa-router": "^10.0.0"}, dynamodb="1.3.0", joi="^17.4.0",
            pg="^8.6.0",
        ),
        "app.js": _APP,
        "src/db/schemas/account.js": _SCHEMA,
        "src/middleware/indexer.js": _INDEXER,
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Koa"
    assert first(found["."], K.ORM) == ("dynamodb", "1.3.0")
    assert first(found["."], K.DATABASE)[0] == "DynamoDB"
