"""JavaScript and TypeScript: package.json, and the entry points of Express, Fastify, NestJS,
Koa, Sails and Ts.ED."""

from __future__ import annotations

import json
import posixpath
import re
from typing import TYPE_CHECKING, Any

from designer.detect import defaults, think_models
from designer.detect.ecosystems import deno
from designer.detect.engines import PRISMA_PROVIDERS, env_test_rules, redis_store_rules, url_rules
from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestError,
    ManifestResult,
    Scope,
    Signal,
    SourceRule,
    Strength,
    dependency_signals,
    entries,
    integrated,
    rule,
)
from designer.model.stack import FindingKind as K

if TYPE_CHECKING:
    from designer.detect.locks import LockFiles

LANGUAGE = "JavaScript"

CATALOG: Catalog = {
    "express": entries((K.FRAMEWORK, "Express")),
    "fastify": entries((K.FRAMEWORK, "Fastify")),
    "@nestjs/core": entries((K.FRAMEWORK, "NestJS")),
    "koa": entries((K.FRAMEWORK, "Koa")),
    "hono": entries((K.FRAMEWORK, "Hono")),
    "sails": entries((K.FRAMEWORK, "Sails")),
    "@hapi/hapi": entries((K.FRAMEWORK, "hapi")),
    "hapi": entries((K.FRAMEWORK, "hapi")),
    "@adonisjs/core": entries((K.FRAMEWORK, "AdonisJS")),
    "@feathersjs/feathers": entries((K.FRAMEWORK, "Feathers")),
    "@loopback/rest": entries((K.FRAMEWORK, "LoopBack")),
    # LoopBack 3, one package: the framework and the models it keeps through its juggler
    # (`loopback-datasource-juggler`, a dependency of `loopback`, seldom declared beside it).
    "loopback": entries((K.FRAMEWORK, "LoopBack"), (K.ORM, "loopback-datasource-juggler")),
    "restify": entries((K.FRAMEWORK, "restify")),
    # Polka: a small Express-like router over Node's own `http` server (`polka().get(…)
    # .listen(port)`), Express's middleware signature without its request helpers.
    "polka": entries((K.FRAMEWORK, "Polka")),
    "elysia": entries((K.FRAMEWORK, "Elysia")),
    # uWebSockets.js' `App()` routes HTTP requests by method and pattern (`.get("/health",
    # …)`, `.post("/graphql", …)`) as well as WebSockets: the framework a server written to
    # it runs on (installed from its GitHub tags, never from the registry).
    "uwebsockets.js": entries((K.FRAMEWORK, "uWebSockets.js")),
    # Egg.js: a convention-over-configuration framework over Koa, started by `egg-scripts` /
    # `eggctl` from its `app/` and `config/` folders (no entry file of the project's own).
    "egg": entries((K.FRAMEWORK, "Egg.js")),
    # Vercel's micro serves an async handler (`micro(handler)`, `micro serve`).
    "micro": entries((K.FRAMEWORK, "micro")),
    # Strapi, the headless CMS whose content API is the backend (v4 and v5 under its scope,
    # v3 unscoped); Midway (over Koa, Express or Egg: its core versions the framework);
    # Moleculer's services (an HTTP gateway through moleculer-web); Marble.js; ThinkJS;
    # Total.js (its 4th and 5th generations are packages of their own).
    "@strapi/strapi": entries((K.FRAMEWORK, "Strapi")),
    "strapi": entries((K.FRAMEWORK, "Strapi")),
    "@midwayjs/core": entries((K.FRAMEWORK, "Midway")),
    "moleculer": entries((K.FRAMEWORK, "Moleculer")),
    "@marblejs/core": entries((K.FRAMEWORK, "Marble.js")),
    "thinkjs": entries((K.FRAMEWORK, "ThinkJS")),
    "total4": entries((K.FRAMEWORK, "Total.js")),
    "total5": entries((K.FRAMEWORK, "Total.js")),
    "total.js": entries((K.FRAMEWORK, "Total.js")),
    # ueberDB keeps the data as keys and values over whichever store is configured (dirty,
    # PostgreSQL, MySQL, Redis …): a query library, not an ORM.
    "ueberdb2": entries((K.QUERY, "ueberdb2")),
    # A Next.js app is a backend only where it serves data (route handlers, API routes; see
    # nonservices.ui_only): alone, the dependency makes a UI.
    "next": entries((K.FRAMEWORK, "Next.js")),
    # SvelteKit renders a Svelte app on a server of its own (adapter-node) whose server
    # modules (`+server.ts` endpoints, `+page.server.ts` loads and actions, `hooks.server.ts`)
    # may keep data: like Next.js, a backend only where they reach data (`ui_only`). Its kit
    # is a devDependency in every app, bundled into the build.
    "@sveltejs/kit": entries((K.FRAMEWORK, "SvelteKit")),
    # Nuxt renders a Vue app on Nitro, a server of its own whose `server/api` and
    # `server/routes` handlers may keep data: like SvelteKit, a backend only where its server
    # code reaches data (`ui_only`), a UI otherwise.
    "nuxt": entries((K.FRAMEWORK, "Nuxt")),
    # React Router's framework mode renders on a Node server of its own (its loaders and
    # actions run there): the server runtime packages, never the routing library alone.
    "@react-router/node": entries((K.FRAMEWORK, "React Router")),
    "@react-router/serve": entries((K.FRAMEWORK, "React Router")),
    # TanStack Start: the full-stack mode of TanStack Router (server functions run on its own
    # Node server, `node .output/server/index.mjs`), for React, for Solid, and its first name.
    "@tanstack/react-start": entries((K.FRAMEWORK, "TanStack Start")),
    "@tanstack/solid-start": entries((K.FRAMEWORK, "TanStack Start")),
    "@tanstack/start": entries((K.FRAMEWORK, "TanStack Start")),
    # Ts.ED serves HTTP through a platform adapter over Express, Koa or Fastify; the adapter
    # is the package every Ts.ED server installs, versioned with the framework.
    "@tsed/platform-express": entries((K.FRAMEWORK, "Ts.ED")),
    "@tsed/platform-koa": entries((K.FRAMEWORK, "Ts.ED")),
    "@tsed/platform-fastify": entries((K.FRAMEWORK, "Ts.ED")),
    # The standalone `apollo-server` (3 and earlier) starts its own HTTP server
    # (`new ApolloServer({ schema }).listen(port)`); the `apollo-server-<integration>` packages
    # mount it on a framework the program starts, which is then the framework.
    "apollo-server": entries((K.FRAMEWORK, "Apollo Server")),
    "@prisma/client": entries((K.ORM, "Prisma")),
    # The raw drivers are also the data layer of a service that writes its own queries.
    "pg": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "pg")),
    "postgres": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "postgres.js")),
    "pg-promise": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "pg-promise")),
    # MassiveJS maps PostgreSQL's tables and functions to objects over pg-promise, which it
    # installs: the layer the program writes to is Massive.
    "massive": entries((K.DATABASE, "PostgreSQL"), (K.QUERY, "Massive")),
    "mysql": entries((K.DATABASE, "MySQL"), (K.QUERY, "mysql")),
    "mysql2": entries((K.DATABASE, "MySQL"), (K.QUERY, "mysql2")),
    # MariaDB's own Node.js connector (`mariadb.createPool(…)`, raw SQL through `pool.query`),
    # the data layer of a service that writes its own queries, named by its package as the
    # mysql and mysql2 drivers are.
    "mariadb": entries((K.DATABASE, "MariaDB"), (K.QUERY, "mariadb")),
    "mongodb": entries((K.DATABASE, "MongoDB"), (K.QUERY, "mongodb")),
    # The official driver's callback API kept for code written before its promises (v4+).
    "mongodb-legacy": entries((K.DATABASE, "MongoDB"), (K.QUERY, "mongodb")),
    "mongoose": entries((K.ORM, "Mongoose"), (K.DATABASE, "MongoDB")),
    # Neo4j's official driver: Cypher written by hand and run through its sessions, the data
    # layer as Java's neo4j-java-driver and Python's neo4j are (named, like them, by its
    # package); Neode, an OGM of models over it, is the data layer where the code keeps them.
    "neo4j-driver": entries((K.DATABASE, "Neo4j"), (K.QUERY, "neo4j-driver")),
    "neode": entries((K.ORM, "Neode"), (K.DATABASE, "Neo4j")),
    # RethinkDB's drivers: the official one and the pooled rethinkdbdash with its maintained
    # fork, each queried through ReQL chains (`r.table(…).filter(…).run()`) as the data layer.
    "rethinkdb": entries((K.DATABASE, "RethinkDB"), (K.QUERY, "rethinkdb")),
    "rethinkdbdash": entries((K.DATABASE, "RethinkDB"), (K.QUERY, "rethinkdbdash")),
    "rethinkhaberdashery": entries(
        (K.DATABASE, "RethinkDB"), (K.QUERY, "rethinkhaberdashery")
    ),
    # Payload CMS keeps its collections through its own local API, over the database
    # adapter the config installs (one package per engine; a Payload 3 app runs inside
    # Next.js, whose route handlers serve Payload's REST and GraphQL API).
    "payload": entries((K.ORM, "Payload")),
    "@payloadcms/db-mongodb": entries((K.ORM, "Payload"), (K.DATABASE, "MongoDB")),
    "@payloadcms/db-postgres": entries((K.ORM, "Payload"), (K.DATABASE, "PostgreSQL")),
    "@payloadcms/db-vercel-postgres": entries((K.ORM, "Payload"), (K.DATABASE, "PostgreSQL")),
    "@payloadcms/db-sqlite": entries((K.ORM, "Payload"), (K.DATABASE, "SQLite")),
    "@nestjs/mongoose": entries((K.ORM, "Mongoose"), (K.DATABASE, "MongoDB")),
    # Egg.js plugins that install an ORM and hand the app its models (`app.model`, loaded from
    # app/model): the library they bring is the app's data layer, as under NestJS's modules.
    "egg-mongoose": entries((K.ORM, "Mongoose"), (K.DATABASE, "MongoDB")),
    "egg-sequelize": entries((K.ORM, "Sequelize")),
    # ThinkJS's model layer (`think.Model`, `this.model(…)`) and its adapters, one per engine;
    # the adapter config's `type` says which of those declared the program opens.
    "think-model": entries((K.ORM, "think-model")),
    "think-model-mysql": entries((K.ORM, "think-model"), (K.DATABASE, "MySQL")),
    "think-model-postgresql": entries((K.ORM, "think-model"), (K.DATABASE, "PostgreSQL")),
    "think-model-sqlite": entries((K.ORM, "think-model"), (K.DATABASE, "SQLite")),
    # Parse Server mounted in an app: the code keeps its data through Parse's objects and
    # queries (`Parse.Query`), over MongoDB or PostgreSQL.
    "parse-server": entries((K.ORM, "Parse Server")),
    # PouchDB: documents put and queried through its own API, over CouchDB (the HTTP adapter)
    # or a local store; the core package is what a server assembles with its plugins.
    "pouchdb": entries((K.QUERY, "PouchDB")),
    "pouchdb-core": entries((K.QUERY, "PouchDB")),
    "pouchdb-node": entries((K.QUERY, "PouchDB")),
    # CouchDB's clients over its HTTP API: blue-cot (typed documents and views), nano,
    # Apache's official one, and cradle (`new cradle.Connection(…).database(name)`, cached
    # documents and views), the older one; what the code queries the database with.
    "cradle": entries((K.QUERY, "cradle"), (K.DATABASE, "CouchDB")),
    "blue-cot": entries((K.QUERY, "blue-cot"), (K.DATABASE, "CouchDB")),
    "nano": entries((K.QUERY, "nano"), (K.DATABASE, "CouchDB")),
    # arangojs, ArangoDB's official driver: AQL and collections queried through the
    # `Database` it opens, as python-arango is for Python.
    "arangojs": entries((K.QUERY, "arangojs"), (K.DATABASE, "ArangoDB")),
    # SurrealDB's JavaScript SDK (`surrealdb`, published as `surrealdb.js` before 1.0): the
    # client the code runs its SurrealQL and record calls through, over SurrealDB.
    "surrealdb": entries((K.QUERY, "surrealdb"), (K.DATABASE, "SurrealDB")),
    "surrealdb.js": entries((K.QUERY, "surrealdb"), (K.DATABASE, "SurrealDB")),
    "sqlite3": entries((K.DATABASE, "SQLite")),
    "better-sqlite3": entries((K.DATABASE, "SQLite"), (K.QUERY, "better-sqlite3")),
    "mssql": entries((K.DATABASE, "SQL Server"), (K.QUERY, "mssql")),
    "tedious": entries((K.DATABASE, "SQL Server")),
    "oracledb": entries((K.DATABASE, "Oracle")),
    # Supabase's client: its tables are read and written over PostgREST (`supabase.from(…)
    # .insert(…)`), in front of the project's PostgreSQL database; a service declaring it
    # names that database, so a Redis client beside it is its queues' and caches', not its
    # store (`redis_only`).
    "@supabase/supabase-js": entries((K.DATABASE, "PostgreSQL")),
    # Search-engine clients (the legacy `elasticsearch` package and its successor): the
    # engine of a service whose documents live in the index; see SEARCH_STORES for why they
    # weigh less than any other driver.
    "elasticsearch": entries((K.DATABASE, "Elasticsearch")),
    "@elastic/elasticsearch": entries((K.DATABASE, "Elasticsearch")),
    "@opensearch-project/opensearch": entries((K.DATABASE, "OpenSearch")),
    # ClickHouse's clients over its HTTP interface: the official one and the older
    # community ones (`@apla/clickhouse`, `clickhouse`), as Go's, Python's and Rust's drivers.
    "@clickhouse/client": entries((K.DATABASE, "ClickHouse")),
    "@apla/clickhouse": entries((K.DATABASE, "ClickHouse")),
    "clickhouse": entries((K.DATABASE, "ClickHouse")),
    # Serverless drivers over HTTP: Neon's and Vercel's PostgreSQL, PlanetScale's MySQL,
    # libSQL (Turso's SQLite fork).
    "@neondatabase/serverless": entries((K.DATABASE, "PostgreSQL")),
    "@vercel/postgres": entries((K.DATABASE, "PostgreSQL")),
    "@planetscale/database": entries((K.DATABASE, "MySQL")),
    "@libsql/client": entries((K.DATABASE, "SQLite")),
    # The AWS SDK v3's DynamoDB client and its document client over it: one package per
    # service, so the manifest names the store, as Go's `aws-sdk-go-v2/service/dynamodb`
    # does (v2's one `aws-sdk` package names no service and is not read here).
    "@aws-sdk/client-dynamodb": entries((K.DATABASE, "DynamoDB")),
    "@aws-sdk/lib-dynamodb": entries((K.DATABASE, "DynamoDB")),
    # The `dynamodb` package: models defined over DynamoDB tables (`dynamo.define("Account",
    # { hashKey, schema: Joi… })`, then `Account.createAsync(…)`), an ODM as Mongoose is over
    # MongoDB, so the data layer and its store, named by its package.
    "dynamodb": entries((K.ORM, "dynamodb"), (K.DATABASE, "DynamoDB")),
    # Azure Cosmos DB's SDK (`new CosmosClient({ endpoint, key })`, containers' items read and
    # upserted through it): the data layer, named by its package as `mongodb` is, and the engine.
    "@azure/cosmos": entries((K.DATABASE, "Azure Cosmos DB"), (K.QUERY, "@azure/cosmos")),
    "prisma": entries((K.MIGRATIONS, "Prisma Migrate")),
    "typeorm": entries((K.ORM, "TypeORM"), (K.MIGRATIONS, "TypeORM migrations")),
    "@nestjs/typeorm": entries((K.ORM, "TypeORM")),
    "sequelize": entries((K.ORM, "Sequelize")),
    "sails-hook-sequelize": entries((K.ORM, "Sequelize")),
    # Decorated models over Sequelize, which it takes as a peer: a package may declare it alone
    # (`@types/sequelize` beside it, sequelize resolved in the lock).
    "sequelize-typescript": entries((K.ORM, "Sequelize")),
    # Sails' own ORM (the hook loads Waterline models from api/models) and its adapters.
    "sails-hook-orm": entries((K.ORM, "Waterline")),
    "waterline": entries((K.ORM, "Waterline")),
    "sails-postgresql": entries((K.DATABASE, "PostgreSQL")),
    "sails-mysql": entries((K.DATABASE, "MySQL")),
    "sails-mongo": entries((K.DATABASE, "MongoDB")),
    "sequelize-cli": entries((K.MIGRATIONS, "Sequelize migrations")),
    "knex": entries((K.ORM, "Knex"), (K.MIGRATIONS, "Knex migrations")),
    "objection": entries((K.ORM, "Objection")),
    # Pine.js (`@balena/pinejs`): the model layer that compiles an SBVR model into tables and
    # serves and writes them over OData through its own SQL compiler; under Node it runs on
    # PostgreSQL (its `pg` dependency, the database `DATABASE_URL` names).
    "@balena/pinejs": entries((K.ORM, "Pine.js"), (K.DATABASE, "PostgreSQL")),
    # Leoric: an ActiveRecord-style ORM (Egg.js's data layer), over mysql2, pg or sqlite3.
    "leoric": entries((K.ORM, "Leoric")),
    "drizzle-orm": entries((K.ORM, "Drizzle")),
    # Query builders over SQL (and the Slonik fork logto ships): a query layer, not an ORM.
    "kysely": entries((K.QUERY, "Kysely")),
    "nestjs-kysely": entries((K.QUERY, "Kysely")),
    "slonik": entries((K.QUERY, "Slonik")),
    "@silverhand/slonik": entries((K.QUERY, "Slonik")),
    "drizzle-kit": entries((K.MIGRATIONS, "Drizzle Kit")),
    "@mikro-orm/core": entries((K.ORM, "MikroORM")),
    # MikroORM's driver packages name the engine (each brings the core with it).
    "@mikro-orm/postgresql": entries((K.ORM, "MikroORM"), (K.DATABASE, "PostgreSQL")),
    "@mikro-orm/mysql": entries((K.ORM, "MikroORM"), (K.DATABASE, "MySQL")),
    "@mikro-orm/mariadb": entries((K.ORM, "MikroORM"), (K.DATABASE, "MariaDB")),
    "@mikro-orm/sqlite": entries((K.ORM, "MikroORM"), (K.DATABASE, "SQLite")),
    "@mikro-orm/better-sqlite": entries((K.ORM, "MikroORM"), (K.DATABASE, "SQLite")),
    "@mikro-orm/mongodb": entries((K.ORM, "MikroORM"), (K.DATABASE, "MongoDB")),
    "@mikro-orm/mssql": entries((K.ORM, "MikroORM"), (K.DATABASE, "SQL Server")),
    # AdonisJS' ORM and LoopBack's repositories (their connectors name the engine).
    "@adonisjs/lucid": entries((K.ORM, "Lucid"), (K.MIGRATIONS, "Lucid migrations")),
    "@loopback/repository": entries((K.ORM, "LoopBack Repository")),
    "loopback-connector-postgresql": entries((K.DATABASE, "PostgreSQL")),
    "loopback-connector-mysql": entries((K.DATABASE, "MySQL")),
    "loopback-connector-mongodb": entries((K.DATABASE, "MongoDB")),
    "node-pg-migrate": entries((K.MIGRATIONS, "node-pg-migrate")),
    "db-migrate": entries((K.MIGRATIONS, "db-migrate")),
    "umzug": entries((K.MIGRATIONS, "Umzug")),
    "redis": entries((K.CACHE, "Redis")),
    "ioredis": entries((K.CACHE, "Redis")),
    "@redis/client": entries((K.CACHE, "Redis")),
    "memjs": entries((K.CACHE, "Memcached")),
    "memcached": entries((K.CACHE, "Memcached")),
    "kafkajs": entries((K.BROKER, "Kafka")),
    "node-rdkafka": entries((K.BROKER, "Kafka")),
    "amqplib": entries((K.BROKER, "RabbitMQ")),
    "amqp-connection-manager": entries((K.BROKER, "RabbitMQ")),
    "bullmq": entries((K.BROKER, "BullMQ")),
    "@nestjs/bullmq": entries((K.BROKER, "BullMQ")),
    "bull": entries((K.BROKER, "Bull")),
    "jest": entries((K.TEST, "Jest")),
    "ts-jest": entries((K.TEST, "Jest")),
    # jest-cli: Jest's command-line package, which projects of Jest's early releases (and their
    # boilerplates) declared instead of `jest` itself; its version is Jest's.
    "jest-cli": entries((K.TEST, "Jest")),
    "vitest": entries((K.TEST, "Vitest")),
    "mocha": entries((K.TEST, "Mocha")),
    "tap": entries((K.TEST, "tap")),
    # tape: TAP-producing tests run by its own command (`tape 'test/unit/**/*.test.js'`).
    "tape": entries((K.TEST, "tape")),
    "ava": entries((K.TEST, "AVA")),
    "uvu": entries((K.TEST, "uvu")),
    "jasmine": entries((K.TEST, "Jasmine")),
    # jasmine-node: the Node runner of Jasmine 1.x specs (`jasmine-node --coffee tests/spec`).
    "jasmine-node": entries((K.TEST, "Jasmine")),
    "@japa/runner": entries((K.TEST, "Japa")),
    # Cucumber's JavaScript implementation: Gherkin features over step definitions, published
    # as `cucumber` until release 7 moved it to `@cucumber/cucumber`.
    "cucumber": entries((K.TEST, "Cucumber")),
    "@cucumber/cucumber": entries((K.TEST, "Cucumber")),
    # hapi's test runner, published unscoped (`lab`) until hapi 17's modules moved to @hapi/.
    "@hapi/lab": entries((K.TEST, "lab")),
    "lab": entries((K.TEST, "lab")),
    # End-to-end runners: the main test framework only where no unit-test runner is seen.
    "cypress": entries((K.TEST, "Cypress")),
    "newman": entries((K.TEST, "Newman")),
    "@playwright/test": entries((K.TEST, "Playwright")),
    "typescript": entries((K.LANGUAGE, "TypeScript")),
}

GLUE = frozenset(
    {
        "@nestjs/typeorm",
        "sails-hook-sequelize",
        "sequelize-typescript",
        "sails-hook-orm",
        "@nestjs/bullmq",
        "ts-jest",
        "@nestjs/mongoose",
        "egg-mongoose",
        "egg-sequelize",
        "nestjs-kysely",
        "@mikro-orm/postgresql",
        "@mikro-orm/mysql",
        "@mikro-orm/mariadb",
        "@mikro-orm/sqlite",
        "@mikro-orm/better-sqlite",
        "@mikro-orm/mongodb",
        "@mikro-orm/mssql",
    }
)
"""Packages that integrate a library whose version is its own package's."""

_JS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")
_IMPORTED = r"^[ \t]*(?:import\b[^;\n]*\bfrom[ \t]*|(?:const|let|var)\b[^;\n]*=[ \t]*require\()"
"""What precedes a module's name where a file imports or requires it (`import {DatabaseSync}
from "node:sqlite"`, `const test = require("node:test")`)."""
MIGRATION_API = (
    r"[ \t]*+import[ \t]++(?:type[ \t]++)?\{(?:[ \t]*+(?:type[ \t]++)?(?:MigrationInterface|"
    r"QueryRunner|DataSource|DataSourceOptions|Table\w*+)[ \t]*+,?)+[ \t]*+\}[ \t]*+from[ \t]*+"
)
"""An import naming TypeORM's migration API alone (`MigrationInterface`, `QueryRunner`, the
schema builders, the `DataSource` its CLI is pointed at), up to the module's name. Each blank run
is read once: two side by side split a long run every way."""
_FIREBASE_DATABASE = (
    rf"""{_IMPORTED}["']firebase(?:-admin)?/database["']|"""
    rf"""{_IMPORTED}["']firebase(?:-admin)?(?:/app)?["'][\s\S]*?\.database\(\s*\)\s*\.ref\("""
)
"""Where a module opens the Firebase Realtime Database (see RULES)."""
_FIREBASE_ADMIN_FIRESTORE = (
    rf"""{_IMPORTED}["']firebase-admin/firestore["']|"""
    rf"""{_IMPORTED}["']firebase-admin["'][\s\S]*?\.firestore\(\s*\)\s*\.(?:collection|doc|batch|runTransaction)\("""
)
"""Where a server module opens Cloud Firestore through Firebase's Admin SDK (see RULES)."""
_NOT_MIGRATION = rf"""^(?!{MIGRATION_API}["']typeorm["'])"""
"""Not such an import, read at a line's start before `_IMPORTED` (anchored there: tried at every
character, the look read a long blank run again from each)."""
INTEGRATED = {
    "sails-hook-orm": "waterline",
    "sails-hook-sequelize": "sequelize",
    "sequelize-typescript": "sequelize",
    "@nestjs/typeorm": "typeorm",
    "@nestjs/mongoose": "mongoose",
    "egg-mongoose": "mongoose",
    "egg-sequelize": "sequelize",
    "@nestjs/bullmq": "bullmq",
    "nestjs-kysely": "kysely",
    "ts-jest": "jest",
    **{
        f"@mikro-orm/{driver}": "@mikro-orm/core"
        for driver in (
            "postgresql", "mysql", "mariadb", "sqlite", "better-sqlite", "mongodb", "mssql"
        )
    },
}
"""Glue packages that bring (or, as peers, have installed beside them) the package they
integrate: its version, which a lock file resolves, is the finding's (TypeORM 0.3.20 beneath
@nestjs/typeorm 10.0.2, Jest 29.7.0 beside ts-jest 29.1.2)."""

SSR_SERVER = "Vite SSR"
"""The server finding of a package whose server renders its browser application."""

_SEQUELIZE_CONFIGS = tuple(
    f"{name}{template}"
    for name in ("config.json", "database.json", "db.json")
    for template in ("", ".tmpl", ".template", ".example", ".sample", ".dist")
)
"""The names Sequelize CLI's environment-keyed settings file takes (`config/config.json` by
default, another name through `.sequelizerc`), and those of the template committed in its place
when the file itself, holding the passwords, is ignored (`config/config.json.tmpl` copied to
`config.json` at install): the template's dialect is the one the copy keeps."""


_SEQUELIZE_DIALECTS = (
    ("postgres|postgresql", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("mariadb", "MariaDB"),
    ("sqlite", "SQLite"),
    ("mssql", "SQL Server"),
)
"""Sequelize's `dialect` values (a regex alternation) and the engine each names."""


def _sequelize_config_rules() -> tuple[SourceRule, ...]:
    """The dialect Sequelize's settings file gives every environment alike (`"development":
    {"dialect": "sqlite", …}`, `"production": {"dialect": "sqlite", …}`): whichever
    environment the program starts in, it runs on that engine, its own choice above the
    drivers of other engines it keeps beside. A file whose environments disagree (SQLite in
    development, MySQL in production) settles nothing here. The gate, read over the whole
    file, holds the agreement; the pattern marks the first dialect as the evidence."""
    return tuple(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]*"dialect"[ \t]*:[ \t]*"(?:{names})\"""",
            names=_SEQUELIZE_CONFIGS,
            scope=Scope.CHOSEN,
            gate=LazyPattern(
                r'\A(?=[\s\S]*?^[ \t]*"(?:development|production)"[ \t]*:[ \t]*\{)'
                rf'(?![\s\S]*?"dialect"[ \t]*:[ \t]*"(?!(?:{names})"))',
                re.MULTILINE,
            ),
        )
        for names, engine in _SEQUELIZE_DIALECTS
    )


_APP_CONFIG_TEMPLATES = tuple(
    f"config{template}.json" for template in (".example", ".sample", ".template", ".dist")
)
"""The settings template a self-hosted Node application ships for its own `config.json`
(`config.example.json`, copied at install or written by its setup wizard)."""


def _app_config_dialect_rules() -> tuple[SourceRule, ...]:
    """The dialect an application's settings template gives its database section (`"db":
    {"dialect": "sqlite", "storage": "./app.sqlite"}`): the engine the copy runs on, the
    program's own choice above the drivers of the other engines it supports and the Compose
    variants it documents for them. A template naming two dialects settles nothing."""
    return tuple(
        rule(
            K.DATABASE,
            engine,
            rf'^[ \t]*"dialect"[ \t]*:[ \t]*"(?:{names})"',
            names=_APP_CONFIG_TEMPLATES,
            scope=Scope.CHOSEN,
            # The dialect is the database section's, and the only one the file names.
            gate=LazyPattern(
                r'\A(?=[\s\S]*?^[ \t]*"(?:db|database)"[ \t]*:[ \t]*\{[^{}]{0,600}?"dialect")'
                rf'(?![\s\S]*?"dialect"[ \t]*:[ \t]*"(?!(?:{names})"))',
                re.MULTILINE,
            ),
        )
        for names, engine in _SEQUELIZE_DIALECTS
    )


def _sequelize_module_rules() -> tuple[SourceRule, ...]:
    """The same agreement in a settings module (`module.exports = { development: { url: …,
    dialect: 'postgres' }, production: { …, dialect: 'postgres' } }`, the file `.sequelizerc`
    names as its `config`, any name): every dialect the module writes is that engine's literal,
    so the program runs on it in whichever environment it starts, whatever a Compose file left
    from an older store runs beside. A dialect read from a setting, or another engine's, in any
    environment settles nothing here."""
    return tuple(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]*dialect[ \t]*:[ \t]*["'](?:{names})["']""",
            endings=_JS,
            scope=Scope.CHOSEN,
            gate=LazyPattern(
                r"\A(?=[\s\S]*?^[ \t]*(?:development|production)[ \t]*:[ \t]*\{)"
                rf"""(?![\s\S]*?\bdialect[ \t]*:(?![ \t]*["'](?:{names})["']))""",
                re.MULTILINE,
            ),
        )
        for names, engine in _SEQUELIZE_DIALECTS
    )


def _sequelize_constructor_rules() -> tuple[SourceRule, ...]:
    """The dialect a module hands Sequelize's constructor as a literal (`new
    Sequelize(DATABASE_URL, { dialect: 'postgres', … })`): the engine the program opens its
    models on, written in its code, as the settings file's agreed dialect is
    (`_sequelize_config_rules`); its own choice above a Compose file's database. A dialect
    read from a setting (`dialect: config.dialect`) names nothing here."""
    return tuple(
        rule(
            K.DATABASE,
            engine,
            r"\bnew[ \t]+Sequelize[ \t]*\([^;]{0,600}?\bdialect[ \t]*:[ \t]*"
            rf"""["'](?:{names})["']""",
            endings=_JS,
            scope=Scope.CHOSEN,
        )
        for names, engine in _SEQUELIZE_DIALECTS
    )


def _dialect_member_rules() -> tuple[SourceRule, ...]:
    """The dialect a TypeScript settings module writes as a member of its own enum of the
    engines Sequelize supports (`export enum Dialect { mysql = 'mysql', mssql = 'mssql', … }`
    then `dialect: Dialect.mysql`): the literal the member holds, named by the member, as
    `dialect: 'mysql'` is; the enum's other members and the drivers of their engines the
    package keeps beside choose nothing. The holder is a type's name (a capital), not a
    settings object (`config.mysql.host`), and the member ends the value."""
    return tuple(
        rule(
            K.DATABASE,
            engine,
            rf"""\bdialect[ \t]*:[ \t]*[A-Z]\w*\.(?i:{names})[ \t]*(?:,|\}}|$)""",
            endings=_JS,
            # The only engine the file's dialects name: a table of the providers a UI lets
            # its users connect (`dialect: EDatabaseDialect.postgresql`, then `.mysql`, …)
            # chooses none.
            gate=LazyPattern(
                r"\A(?![\s\S]*?\bdialect[ \t]*:[ \t]*[A-Z]\w*\."
                rf"(?!(?i:{names})[ \t]*(?:,|\}}|$)))",
                re.MULTILINE,
            ),
        )
        for names, engine in _SEQUELIZE_DIALECTS
    )


RULES: tuple[SourceRule, ...] = (
    # `express()`, or the application made where the module is required
    # (`require('express')()`).
    rule(
        K.FRAMEWORK,
        "Express",
        r"""\bexpress\s*\(\s*\)|\brequire\s*\(\s*['"]express['"]\s*\)\s*\(\s*\)""",
        endings=_JS,
    ),
    # OvernightJS' `Server` makes the Express application its subclass configures and starts
    # (`class extends Server { … this.addControllers(…) }`, then `server.app.listen(…)`).
    rule(
        K.FRAMEWORK,
        "Express",
        r"""['"]@overnightjs/core['"][\s\S]*?\bextends[ \t]+Server\b""",
        endings=_JS,
    ),
    # `Fastify()`, or the instance made where the module is required (`require('fastify')()`).
    rule(
        K.FRAMEWORK,
        "Fastify",
        r"""\b(?:fastify|Fastify)\s*\(|\brequire\s*\(\s*['"]fastify['"]\s*\)\s*\(""",
        endings=_JS,
    ),
    # `NestFactory.create(AppModule)` serves HTTP; a standalone application context (a CLI, a
    # script runner) serves nothing, nor does a microservice alone (`createMicroservice(AppModule,
    # { transport: Transport.KAFKA })`: a consumer of its broker's messages, whose controllers
    # answer `@EventPattern`s, not requests), and `nest-cli.json`, which every Nest project has,
    # proves only the tooling. A hybrid application still matches: it is `create`d, then
    # `connectMicroservice`s.
    rule(
        K.FRAMEWORK,
        "NestJS",
        r"\bNestFactory\.create(?!ApplicationContext|Microservice)",
        endings=_JS,
    ),
    # A Nest application created over an adapter of an app built elsewhere (`new
    # ExpressAdapter(legacyApp)`, the legacy Feathers or Express server it imports): the
    # program starts Nest, which serves the other app's routes beneath its own, however
    # shallow that app's file lies.
    rule(
        K.FRAMEWORK,
        "NestJS",
        r"\bnew[ \t]+(?:Express|Fastify)Adapter[ \t]*\([ \t]*[A-Za-z_$][\w$]*[ \t]*\)"
        r"[\s\S]{0,2000}?\bNestFactory\.create(?!ApplicationContext|Microservice)",
        endings=_JS,
        primary=True,
    ),
    # `new Koa()`, or in TypeScript with the app's state and context types (`new
    # Koa<Koa.DefaultState, AppContext>({ … })`).
    rule(K.FRAMEWORK, "Koa", r"\bnew\s+Koa\s*(?:<[^;()\n]{1,200}>\s*)?\(", endings=_JS),
    # A Hono app (or its OpenAPI flavour, `new OpenAPIHono()`) that the module serves: the
    # default export of a Workers or Bun module, or handed to a server (`serve({ fetch:
    # app.fetch })`). A Hono router another framework's route handler calls serves nothing
    # of its own.
    rule(
        K.FRAMEWORK,
        "Hono",
        r"\bnew\s+(?:OpenAPI)?Hono\s*[(<][\s\S]*?"
        r"(?:^export\s+default\b|\bserve\s*\(|\.fetch\s*\(\s*req)",
        endings=_JS,
    ),
    rule(
        K.FRAMEWORK,
        "Hono",
        r"^export\s+default\s*\{[\s\S]*?\bnew\s+(?:OpenAPI)?Hono\s*[(<]",
        endings=_JS,
    ),
    # The entry module that serves an app built elsewhere (`createApp()` in `app.ts`) through
    # Hono's own Node adapter: `import { serve } from "@hono/node-server"`, then
    # `serve({ fetch: app.fetch, port })`. The import says whose server it is.
    rule(
        K.FRAMEWORK,
        "Hono",
        r"""^import\b[^;]{0,300}?\bserve\b[^;]{0,300}?\bfrom[ \t]*["']@hono/node-server["']"""
        r"""[\s\S]*?\bserve[ \t]*\(""",
        endings=_JS,
    ),
    # react-router-hono-server's `createHonoServer({...})` (the default export of the server
    # entry the start script runs): a Hono app it makes and serves, mounting the React Router
    # build as its last handler, a full-stack UI's server written to Hono. A function of the
    # app's own by that name is not it: the import says whose it is.
    rule(
        K.FRAMEWORK,
        "Hono",
        r"""^import\b[^;]{0,300}?\bcreateHonoServer\b[^;]{0,300}?\bfrom[ \t]*["']"""
        r"""react-router-hono-server"""
        r"""(?:/[\w-]+)?["'][\s\S]*?\bcreateHonoServer[ \t]*(?:<[^>\n]*>)?[ \t]*\(""",
        endings=_JS,
    ),
    # The standalone Apollo Server serving by itself: `ApolloServer` taken from the
    # `apollo-server` package itself (not an `apollo-server-<integration>` one), made and told
    # to `listen`. The integrations' `applyMiddleware({ app })` leave the serving to the app.
    rule(
        K.FRAMEWORK,
        "Apollo Server",
        r"""(?:\bfrom[ \t]*|\brequire[ \t]*\([ \t]*)["']apollo-server["'][\s\S]*?"""
        r"""\bnew[ \t]+ApolloServer[ \t]*\([\s\S]*?\.listen[ \t]*\(""",
        endings=_JS,
    ),
    rule(K.FRAMEWORK, "Ts.ED", r"\bPlatform(?:Express|Koa|Fastify)\.bootstrap\s*\(", endings=_JS),
    rule(K.FRAMEWORK, "Sails", r"\bsails\.lift\s*\(", endings=_JS),
    rule(K.FRAMEWORK, "hapi", r"\bHapi\.[sS]erver\s*\(", endings=_JS),
    # AdonisJS starts its HTTP server through the Ignitor (`bin/server.ts`, `server.ts`).
    rule(K.FRAMEWORK, "AdonisJS", r"\bnew\s+Ignitor\s*\([\s\S]*?\.httpServer\s*\(", endings=_JS),
    # Feathers wraps its application in an Express or Koa one (`koa(feathers())`).
    rule(K.FRAMEWORK, "Feathers", r"\bfeathers\s*\(\s*\)", endings=_JS),
    rule(K.FRAMEWORK, "LoopBack", r"\bextends\s+BootMixin\s*\(", endings=_JS),
    # LoopBack 3's server script makes its application by calling the package
    # (`const app = module.exports = loopback();`) before `loopback-boot` loads its models.
    rule(
        K.FRAMEWORK,
        "LoopBack",
        r"""\brequire[ \t]*\([ \t]*["']loopback["'][ \t]*\)[\s\S]*?\bloopback[ \t]*\([ \t]*\)""",
        endings=_JS,
    ),
    rule(K.FRAMEWORK, "restify", r"\brestify\.createServer\s*\(", endings=_JS),
    # Polka's application is the package's call, started listening on a port (chained or
    # through the name it is bound to), in a module requiring or importing the package.
    rule(
        K.FRAMEWORK,
        "Polka",
        r"""(?:\brequire[ \t]*\([ \t]*|\bfrom[ \t]+)["']polka["']"""
        r"[\s\S]*?\bpolka[ \t]*\([\s\S]*?\.listen\s*\(",
        endings=_JS,
    ),
    rule(K.FRAMEWORK, "Elysia", r"\bnew\s+Elysia\s*\([\s\S]*?\.listen\s*\(", endings=_JS),
    # Strapi's server settings (`config/server.js`: `port: env.int('PORT', 1337)`), or a
    # server script starting it (`strapi().start()`, v5's `createStrapi().start()`).
    rule(
        K.FRAMEWORK,
        "Strapi",
        r"""\bport\s*:\s*env\.int\(\s*['"]PORT['"]\s*,\s*1337\s*\)""",
        names=("server.js", "server.ts"),
    ),
    rule(
        K.FRAMEWORK,
        "Strapi",
        r"""['"]@strapi/strapi['"][\s\S]*?\b(?:createStrapi|strapi)\s*\([^)]*\)\s*\.start\s*\(""",
        endings=_JS,
    ),
    # Midway's bootstrap (`Bootstrap.run()`), or its configuration importing a web component.
    rule(
        K.FRAMEWORK,
        "Midway",
        r"""['"]@midwayjs/bootstrap['"][\s\S]*?\bBootstrap\b[\s\S]*?\.run\s*\("""
        r"""|['"]@midwayjs/(?:koa|web|express)['"][\s\S]*?@Configuration\s*\(""",
        endings=_JS,
    ),
    # A Moleculer service mixing in moleculer-web's API gateway serves HTTP.
    rule(
        K.FRAMEWORK,
        "Moleculer",
        r"""(?:\brequire\s*\(\s*|\bfrom\s*)['"]moleculer-web['"][\s\S]*?\bmixins\s*:\s*\[""",
        endings=_JS,
    ),
    rule(
        K.FRAMEWORK,
        "Marble.js",
        r"""['"]@marblejs/(?:core|http)['"][\s\S]*?\bcreateServer\s*\(""",
        endings=_JS,
    ),
    # ThinkJS's entry files (`production.js`) make its application and run it.
    rule(
        K.FRAMEWORK,
        "ThinkJS",
        r"""\brequire\s*\(\s*['"]thinkjs['"]\s*\)[\s\S]*?\.run\s*\(""",
        endings=_JS,
    ),
    # Total.js's start files (`debug.js`, `release.js`) hand their options to its runner.
    rule(
        K.FRAMEWORK,
        "Total.js",
        r"""\brequire\s*\(\s*['"]total(?:4|5|\.js)(?:/(?:debug|release))?['"]\s*\)"""
        r"""\s*(?:\(|\.http\s*\()""",
        endings=_JS,
    ),
    # A uWebSockets.js app (`uws.App()`, `SSLApp(…)`) given an HTTP route: a WebSocket-only
    # server (`.ws("/*", …)` alone) serves no HTTP clients, nor does one whose only other
    # route is the catch-all answering plain requests (`.any("/*", res => 404)`).
    rule(
        K.FRAMEWORK,
        "uWebSockets.js",
        r"""(?:\bfrom\s*|\brequire\s*\(\s*)['"]uWebSockets\.js['"][\s\S]*?"""
        r"""\b(?:SSL)?App\s*\([\s\S]*?\.(?:get|post|put|patch|del|any)\s*\(\s*['"`]/"""
        r"""(?!\*['"`])""",
        endings=_JS,
    ),
    # Next.js serves HTTP from an App Router route handler (`route.ts` exporting a method's
    # function) or a Pages Router API route (typed with `NextApiRequest`).
    rule(
        K.FRAMEWORK,
        "Next.js",
        r"^export[ \t]+(?:async[ \t]+function|function|const)[ \t]+"
        r"(?:GET|POST|PUT|PATCH|DELETE)\b",
        endings=tuple(f"route{ending}" for ending in _JS),
    ),
    rule(
        K.FRAMEWORK,
        "Next.js",
        r"""^import\b[^;]{0,300}?\bNextApi(?:Request|Response|Handler)\b[^;]{0,300}?"""
        r"""\bfrom[ \t]*["']next["']""",
        endings=_JS,
    ),
    # TanStack Start serves HTTP from its server functions (`createServerFn({ method: "GET" })
    # .handler(…)`, each an endpoint its server answers), as Next.js from route handlers.
    rule(
        K.FRAMEWORK,
        "TanStack Start",
        r"\bcreateServerFn[ \t]*\(",
        endings=_JS,
        gate=LazyPattern(r"""\bfrom[ \t]*["']@tanstack/(?:react-|solid-)?start["']"""),
    ),
    # A custom Next.js server (`const app = next({ dev }); const handle =
    # app.getRequestHandler()`, then Node's `http.createServer`) that the start script runs:
    # the app's own entry point. Handed to another framework's server instead (Express
    # passing page requests on), Next.js renders the pages of that framework's app.
    rule(
        K.FRAMEWORK,
        "Next.js",
        r"\bnext[ \t]*\([ \t]*\{[^}]{0,300}\}[ \t]*\)[\s\S]{0,600}?\.getRequestHandler[ \t]*\("
        r"[\s\S]{0,600}?\b(?:https?\.)?createServer[ \t]*\(",
        endings=_JS,
    ),
    rule(K.FRAMEWORK, "Sails", None, names=(".sailsrc",)),
    # A Sails datastore configured with a Waterline adapter: the models go through Waterline
    # (a query builder beside it, Knex, runs the migrations). Sails before 1.0 names the file
    # `config/connections.js` (its ORM hook ships inside `sails`, so no package declares it).
    rule(
        K.ORM,
        "Waterline",
        r"""\badapter[ \t]*:[ \t]*["'`]sails-""",
        names=("datastores.js", "connections.js"),
    ),
    # A server that renders the browser application through Vite's SSR (`vite.ssrLoadModule(
    # "/src/entry.server.tsx")`): with no data of its own it serves the UI (`ui_only`).
    rule(K.SERVER, SSR_SERVER, r"\.ssrLoadModule[ \t]*\(", endings=_JS),
    # A Prisma schema is the ORM's when it generates Prisma's client (`generator client {
    # provider = "prisma-client-js" }`) or names no generator at all. A schema whose only
    # generators are others' (`provider = "prisma-kysely"`, which writes a query builder's
    # table types) keeps Prisma for the migrations alone: the code queries through what those
    # generate.
    rule(K.ORM, "Prisma", r'^[ \t]*provider[ \t]*=[ \t]*"prisma-client[\w-]*"',
         names=("schema.prisma",)),
    rule(K.ORM, "Prisma", r"\A(?![\s\S]*^[ \t]*generator[ \t]+\w+[ \t]*\{)",
         names=("schema.prisma",)),
    # The files that import an ORM (its NestJS module too): of two a service declares
    # (TypeORM's entities beside Mongoose's schemas), the one more of the code is written to
    # is its data layer, and the engine it talks to the primary one (`assemble._rank_data`).
    *(
        rule(K.ORM, name, rf"""{_NOT_MIGRATION}{_IMPORTED}["'](?:{modules})["']""", endings=_JS)
        for name, modules in (
            ("TypeORM", r"typeorm|@nestjs/typeorm"),
            ("Mongoose", r"mongoose|@nestjs/mongoose"),
        )
    ),
    # A migration importing TypeORM's migration API by name alone (`import {
    # MigrationInterface, QueryRunner } from "typeorm"`) runs migrations, whatever layer the
    # code queries through: seen only so, TypeORM is the migration runner
    # (`assemble._rank_data`), and the import above excludes that line.
    rule(K.MIGRATIONS, "TypeORM migrations", rf"""^{MIGRATION_API}["']typeorm["']""",
         endings=_JS),
    # The engine an ORM is configured for: Prisma's provider, TypeORM's type, Sequelize's
    # dialect, Knex's client, or a connection URL default.
    *url_rules(_JS),
    *env_test_rules(_JS),
    *defaults.switch_default_rules(_JS),
    *defaults.env_or_rules(_JS),
    *defaults.env_setting_or_rules(_JS),
    *defaults.config_get_default_rules(_JS),
    *defaults.env_helper_default_rules(_JS),
    *defaults.variable_or_rules(_JS),
    *defaults.default_config_rules(_JS),
    *defaults.else_default_rules(_JS),
    *defaults.catch_default_rules(_JS),
    defaults.sample_sqlite_file_rule(),
    # The provider of the schema's datasource is the one engine Prisma's client talks to:
    # the program's own choice, above drivers the code keeps for other stores (the SQL
    # sources an agent may query).
    *(
        rule(
            K.DATABASE,
            engine,
            rf'^[ \t]*provider[ \t]*=[ \t]*"(?:{provider})"',
            names=("schema.prisma",),
            scope=Scope.CHOSEN,
        )
        for provider, engine in PRISMA_PROVIDERS
    ),
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""\b(?:type|dialect|client)[ \t]*:[ \t]*["'](?:{names})["']""",
            endings=_JS,
        )
        for names, engine in (
            ("postgres|postgresql|pg", "PostgreSQL"),
            ("mysql|mysql2", "MySQL"),
            ("mariadb", "MariaDB"),
            ("sqlite|sqlite3|better-sqlite3", "SQLite"),
            ("mssql", "SQL Server"),
        )
    ),
    *think_models.type_rules(_JS),
    *_sequelize_config_rules(),
    *_app_config_dialect_rules(),
    *_sequelize_module_rules(),
    *_sequelize_constructor_rules(),
    *_dialect_member_rules(),
    # Records kept as Redis hashes (`redis.hset(id, 'prefix', prefix)`, `hgetallAsync(id)`):
    # Redis is the store of that data, not a cache of values kept elsewhere (a cache sets and
    # gets whole values). Primary only where no other engine is seen as strongly (`KEY_VALUE`).
    # A hash whose literal key its name calls a cache (`hset('app:contentLengthCache', …)`)
    # keeps values looked up elsewhere for a while: a cache, not the service's records.
    rule(
        K.DATABASE,
        "Redis",
        r"\.(?:hset|hmset|hsetnx|hgetall)(?:Async)?[ \t]*\("
        r"""(?![ \t]*["'`][^"'`\n]*(?i:cache)[^"'`\n]*["'`])""",
        endings=_JS,
    ),
    # The Payload adapter the config imports (often over several lines: `import {
    # mongooseAdapter, … } from "@payloadcms/db-mongodb"`) is the engine its collections live
    # in: an app may declare another adapter it never imports.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""(?:\bfrom[ \t]*|\brequire\([ \t]*)["']@payloadcms/db-(?:{names})["']""",
            endings=_JS,
            scope=Scope.CHOSEN,
        )
        for names, engine in (
            ("mongodb", "MongoDB"),
            ("postgres|vercel-postgres", "PostgreSQL"),
            ("sqlite", "SQLite"),
        )
    ),
    # The Firebase Realtime Database, reached through Firebase's SDK (`firebase`, or the
    # server's `firebase-admin`): one package for all of Firebase's services (Firestore, auth,
    # storage), so only code naming the database says the program keeps data there — its
    # modular entry (`from 'firebase/database'`, `firebase-admin/database`), or a module
    # importing the SDK that reads or writes a path of the database
    # (`firebase.database().ref().child(key).update(…)`). The SDK is the data layer.
    *(
        rule(kind, name, _FIREBASE_DATABASE, endings=_JS)
        for kind, name in ((K.DATABASE, "Firebase Realtime Database"), (K.QUERY, "firebase"))
    ),
    # Cloud Firestore through the Admin SDK, which runs on servers only (service-account
    # credentials): its modular entry (`from 'firebase-admin/firestore'`) or a module importing
    # the SDK that reaches a collection or document (`admin.firestore().collection(…)`). The
    # browser SDK's `firebase/firestore` is left alone: a UI's own components import it too.
    # The engine only: a document store's SDK is no data layer (the held-out sets write data
    # `none` for Firestore reached through Firebase's SDKs).
    rule(K.DATABASE, "Firestore", _FIREBASE_ADMIN_FIRESTORE, endings=_JS),
    # Node's built-in SQLite module (22.5+), or Bun's (`bun:sqlite`): an engine with no npm
    # driver to show it.
    rule(K.DATABASE, "SQLite", rf"""{_IMPORTED}["'](?:node|bun):sqlite["']""", endings=_JS),
    *redis_store_rules(
        "node",
        r"""\brequire\([ \t]*["'](?:ioredis|redis)["']|^[ \t]*import\b[^;\n]*\bfrom[ \t]*["']"""
        r"""(?:ioredis|redis)["']""",
    ),
    rule(
        K.TEST,
        "Jest",
        None,
        names=("jest.config.js", "jest.config.ts", "jest.config.mjs", "jest.config.cjs"),
    ),
    # A test file mocking through Jest's API: the package's tests run on Jest, wherever the
    # runner is installed and configured (a repository root's jest config).
    rule(K.TEST, "Jest", r"\bjest\.(?:mock|fn|spyOn)[ \t]*\(", endings=_JS),
    rule(K.TEST, "Vitest", None, names=("vitest.config.ts", "vitest.config.js")),
    rule(K.TEST, "Mocha", None, names=(".mocharc.json", ".mocharc.yml", ".mocharc.js")),
    rule(K.TEST, "tap", None, names=(".taprc",)),
    rule(K.TEST, "Cypress", None, names=("cypress.config.ts", "cypress.config.js")),
    rule(K.TEST, "Playwright", None, names=("playwright.config.ts", "playwright.config.js")),
    # A test file importing Vitest's API: the package's tests run on Vitest, wherever the
    # runner is installed (a workspace root's configuration).
    rule(
        K.TEST,
        "Vitest",
        r"""^[ \t]*import\b[^;\n]*\bfrom[ \t]*["']vitest["']""",
        endings=_JS,
    ),
    # Node's own test runner: a test file importing it.
    rule(K.TEST, "node:test", rf"""{_IMPORTED}["']node:test["']""", endings=_JS),
    # Bun's built-in runner: a test file importing its API (`from "bun:test"`). A workspace's
    # scripts often start it through a wrapper of their own (`bun scripts/test-env.ts backend`),
    # which names no runner, so the files say which runner the tests use, as Vitest's do.
    rule(K.TEST, "bun test", rf"""{_IMPORTED}["']bun:test["']""", endings=_JS),
    # Deno's built-in runner: a test file registering its tests with `Deno.test(…)`, which
    # `deno test` runs (no package to install, so no manifest names it).
    rule(K.TEST, "deno test", r"^[ \t]*Deno\.test(?:\.(?:only|ignore))?\(", endings=_JS),
    # acorn's router imported by a Deno program (`import { Router } from "acorn"` through its
    # import map, or by URL): npm's `acorn` (a parser) exports no Router.
    rule(
        K.FRAMEWORK,
        "acorn",
        r"""^import[ \t]*\{[^}]*\bRouter\b[^}]*\}[ \t]*from[ \t]*["']"""
        r"""(?:acorn|https://deno\.land/x/acorn@[^"']*|jsr:@oak/acorn[^"']*)["']""",
        endings=(".ts", ".js"),
    ),
    # A test file requiring tape (`const test = require('tape')`): tape's suites are plain
    # scripts that `node test/` runs through an index requiring each, with no runner's command
    # in any script to name it, so the files say which runner the tests use.
    rule(K.TEST, "tape", rf"""{_IMPORTED}["']tape["']""", endings=_JS),
    # A test file importing Japa's API (`import { test } from '@japa/runner'`, AdonisJS's
    # `node ace test`): the package's tests run on Japa, as a file importing Vitest's run on
    # Vitest. Only the runner's own module counts (`@japa/runner/types` is its configuration's
    # types, imported by the bootstrap file that holds no test).
    rule(
        K.TEST,
        "Japa",
        r"""^[ \t]*import\b[^;\n]*\bfrom[ \t]*["']@japa/runner["']""",
        endings=_JS,
    ),
    rule(K.LANGUAGE, "TypeScript", None, names=("tsconfig.json",)),
)

FRONTEND = frozenset({"@angular/core", "angular", "react-dom", "vue"})
"""Packages of a browser application's UI framework (`angular` is AngularJS, Angular 1's
package, whose applications still ship beside a few lines of Express handing them out)."""

FUNCTION_HOSTS = frozenset({"@google-cloud/functions-framework"})
"""Google's Functions Framework, the host of a Cloud Function that calls the handlers the
package registers (`functions.http("api", app)`): a package needing it at run time is
deployed as a function, whatever web framework it hands requests to (see the Python
ecosystem's list of the same name)."""

SEARCH_STORES = frozenset(
    {"elasticsearch", "@elastic/elasticsearch", "@opensearch-project/opensearch"}
)
"""Search-engine clients. Most servers declaring one keep their records in a relational or
document store and index them beside it; the search engine is the engine only of a server
with no other store (an API answering from an index another service fills). Their engine is
therefore ranked with development fallbacks, as Python's are: any other driver, setting or
Compose database outranks it, and it names the engine only where nothing else does."""


def search_scoped(signals: list[Signal]) -> list[Signal]:
    """`signals` with the engine of a search-engine client (SEARCH_STORES) ranked as a
    fallback."""
    return [
        s.replace(scope=Scope.FALLBACK)
        if s.kind is K.DATABASE and s.package in SEARCH_STORES and s.strength is not Strength.DEV
        else s
        for s in signals
    ]


SECTIONS = (
    ("dependencies", False),
    ("optionalDependencies", False),
    ("devDependencies", True),
)
"""package.json dependency sections and whether they are development-only."""


_GIT_SPEC = LazyPattern(
    r"(?:git\+\w+:|git:|github:|gitlab:|bitbucket:|[\w.-]+/[\w.-]+#)"
    r"|https?://(?:github\.com|gitlab\.com|bitbucket\.org)/[^#\s]+\.git\b"
)
"""A dependency installed from a git repository (`github:org/repo#main`, `org/repo#v1`,
`git+ssh://…`): npm's git specifiers."""


_GIT_TAG = LazyPattern(r"#(v?\d+(?:\.\d+)+(?:[-+][\w.]+)?)$")
"""A git specifier's ref that is a release tag (`#v20.57.0`, `#1.4.2`), not a branch or a
commit: the version installed."""


def lent_by_git(
    signals: list[Signal], manifests: list[ManifestResult], folder: str, locks: LockFiles
) -> None:
    """Add to `signals` what the packages a manifest of `folder` installs from git require,
    as the nearest lock records them under each (a shared engine package lending the
    service its hapi server and Objection models): a framework or data layer a library
    lends the application is the application's. The lock resolves their versions after."""
    for manifest in manifests:
        for package in manifest.git_packages:
            for name, wanted, evidence in locks.requirements(folder, "node", package):
                signals += dependency_signals(CATALOG, name, wanted, False, evidence, GLUE)


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Node manifest."""
    return name == "package.json" or name in deno.NAMES


def parse(lines: Lines) -> ManifestResult:
    """Read a package.json (or a Deno program's deno.json, whose import map names its npm
    packages)."""
    if posixpath.basename(lines.path) in deno.NAMES:
        return deno.parse(lines, LANGUAGE, CATALOG, GLUE, search_scoped)
    try:
        data: Any = json.loads(lines.text)
    except json.JSONDecodeError as error:
        raise ManifestError(f"not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(data, dict):
        raise ManifestError("not a package.json (the document is not an object)")
    result = ManifestResult(language=LANGUAGE)
    if isinstance(data.get("name"), str):
        result.name = data["name"]
    engines = data.get("engines")
    if isinstance(engines, dict) and isinstance(engines.get("node"), str):
        evidence = lines.evidence('"node"', lines.section('"engines"'))
        result.language_version = f"Node {engines['node']}"
        result.version_evidence = evidence
        result.signals.append(
            Signal(K.SERVER, "Node.js", Strength.DEPENDENCY, evidence, engines["node"])
        )
    for section, dev in SECTIONS:
        table = data.get(section)
        if not isinstance(table, dict):
            continue
        # Electron packages a desktop application: the server it may start (an express
        # serving the bundled UI) serves that window, not clients over the network.
        result.desktop = result.desktop or "electron" in table
        result.frontend = result.frontend or not FRONTEND.isdisjoint(table)
        start = lines.section(f'"{section}"')
        for name, version in table.items():
            if not dev:
                result.runtime_dependencies += 1
                result.event_function = result.event_function or name in FUNCTION_HOSTS
                # A package of the same workspace, perhaps (`"@app/dal": "workspace:*"`): its
                # data layer is this one's (see monorepo).
                result.uses.append(name)
            evidence = lines.evidence(f'"{name}"', start)
            text = version if isinstance(version, str) else ""
            if not dev and _GIT_SPEC.match(text):
                result.git_packages.append(name)
            if _GIT_SPEC.match(text) and (tag := _GIT_TAG.search(text)):
                text = tag.group(1)  # the release the tag names (`org/repo#v20.57.0`)
            signals = search_scoped(dependency_signals(CATALOG, name, text, dev, evidence, GLUE))
            if name in INTEGRATED and INTEGRATED[name] not in table:
                # The integrated package comes with the glue (Waterline beneath sails-hook-orm).
                signals += integrated(signals, INTEGRATED[name])
            # The compiler is a dev dependency by nature; it still sets the language.
            result.signals += [
                Signal(s.kind, s.name, Strength.DEPENDENCY, s.evidence, s.version)
                if s.kind is K.LANGUAGE
                else s
                for s in signals
            ]
    peers = data.get("peerDependencies")
    if isinstance(peers, dict):
        # Not installed with the package: the program that installs it brings them (a
        # plugin's host), so they are neither its uses nor its signals.
        result.hosts = [name for name in peers if isinstance(name, str)]
    if _bundled(result):
        # A package declaring its server framework among devDependencies alone bundles them
        # into its build (esbuild, webpack): they are what it runs, and a package of its
        # workspace listed there (`"database": "*"`) is as much its code as a dependency.
        dev_table = data.get("devDependencies")
        result.uses += [name for name in dev_table if name not in result.uses]
    scripts = data.get("scripts")
    if isinstance(scripts, dict):
        _test_runner(result, scripts, lines)
    result.program = _program(data, scripts)
    start = scripts.get("start") if isinstance(scripts, dict) else None
    result.exported_only = start is None and isinstance(data.get("exports"), dict)
    # A start script serving the production build of a full-stack app (`next start`) runs it
    # as a server of its own, whether or not the app has a route handler.
    result.deployable = isinstance(start, str) and bool(_SERVE_BUILD.search(start[:4096]))
    workspaces = workspace_globs(data)
    if workspaces is not None:
        result.modules = workspaces
    return result


def workspace_globs(data: dict[str, Any]) -> list[str] | None:
    """The workspace folders a package.json lists, globs as written (npm's list, Yarn's
    `{"packages": [...], "nohoist": [...]}`); None where it lists none."""
    listed = data.get("workspaces")
    if isinstance(listed, dict):
        listed = listed.get("packages")
    if not isinstance(listed, list):
        return None
    return [glob for glob in listed if isinstance(glob, str)]


def _bundled(result: ManifestResult) -> bool:
    """Whether the package names a server framework among its devDependencies and none among
    the dependencies it installs at run time."""
    frameworks = [s for s in result.signals if s.kind is K.FRAMEWORK]
    return bool(frameworks) and all(s.strength is Strength.DEV for s in frameworks)


_SERVE_BUILD = LazyPattern(r"(?<![\w-])(?:next[ \t]+start|react-router-serve|remix-serve)(?![\w-])")
"""What a start script runs to serve a full-stack app's production build."""
_START = LazyPattern(r"^\s*node(?:[ \t]+--?[\w-]+(?:=\S*)?)*[ \t]+([\w./-]+\.[cm]?js)\b")
"""`node loader.js`, `node --max-old-space-size=4096 ./server.js`: the file a start script runs."""


def _program(data: dict[str, Any], scripts: Any) -> list[str]:
    """The files a package.json names as its program: `main`, and what `start` runs."""
    found = []
    main = data.get("main")
    if isinstance(main, str) and main.strip():
        found.append(main.strip())
    start = scripts.get("start") if isinstance(scripts, dict) else None
    if isinstance(start, str) and len(start) < 4096:
        match = _START.match(start)
        if match:
            found.append(match.group(1))
    return found


_NODE_TEST = LazyPattern(r"\b(?:node|tsx)(?:[ \t]+--?[\w-]+(?:=\S*)?)*?[ \t]+--test(?![\w-])")
"""`node --test`, `tsx --env-file=.env --test`: Node's built-in test runner started by a script
(`--test-timeout` or `--testPathPattern` belong to other runners)."""


_RUNNER = LazyPattern(
    r"(?:^|[\s;&|(]|node_modules/(?:\.bin|[\w.@-]+/bin)/)"
    r"(jest|vitest|mocha|_mocha|ts-mocha|mocha-webpack|mochapack|tape|tap|ava|uvu|jasmine-node|jasmine"
    r"|cypress|newman|bun[ \t]+test|egg-bin[ \t]+(?:test|cov)"
    r"|(?:react-scripts|react-app-rewired|craco)[ \t]+test)"
    r"(?:(?:(?<=/jest)|(?<=/mocha)|(?<=/jasmine))\.c?js)?(?=[\s;&|)]|$)"
)
"""A test runner's command in a script (`cross-env NODE_ENV=test mocha --exit …`, `jest`, Bun's
built-in `bun test`, `mocha-webpack` running Mocha over the webpack-built tests, Create React
App's `react-scripts test` and its wrappers' `craco test`, which start Jest, `jasmine-node`,
the Node runner of Jasmine 1.x specs often installed globally rather than declared, and Egg.js's
`egg-bin test` or `egg-bin cov`, which start Mocha over egg-mock's app). The command may be
the runner's own script, started by its path through a loader (`ts-node
node_modules/jasmine/bin/jasmine`, `node node_modules/.bin/jest`,
`node_modules/mocha/bin/_mocha`)."""

_RUNNERS = {
    "jest": "Jest",
    "vitest": "Vitest",
    "mocha": "Mocha",
    "_mocha": "Mocha",
    "ts-mocha": "Mocha",
    "mocha-webpack": "Mocha",
    "mochapack": "Mocha",
    "tap": "tap",
    "tape": "tape",
    "ava": "AVA",
    "uvu": "uvu",
    "jasmine": "Jasmine",
    "jasmine-node": "Jasmine",
    "cucumber-js": "Cucumber",
    "cypress": "Cypress",
    # Newman runs a Postman collection's requests and assertions against the started server.
    "newman": "Newman",
    "bun": "bun test",
    # Create React App's test command is Jest under its own configuration (`src/**/*.test.js`),
    # whichever other runner the package happens to install.
    "react-scripts": "Jest",
    "react-app-rewired": "Jest",
    "craco": "Jest",
    # Egg.js's development tool runs Mocha, which it installs as its own dependency; later
    # releases run Vitest instead, which such a package declares itself (`_LENT_ASIDE`).
    "egg-bin": "Mocha",
}


_LENDS_JEST = frozenset({"react-scripts", "react-app-rewired", "craco"})
"""Create React App and its wrappers: their `test` command runs the Jest they install."""

_LENDS_MOCHA = frozenset({"egg-bin"})
"""Egg.js's development tool: its `test` command runs the Mocha it installs."""

_LENT_ASIDE = frozenset({"Vitest", "Jest"})
"""Runners a package declaring a lending tool may install itself: the tool then runs that one
(`egg-bin test` from the release that moved onto Vitest), not the runner it lent before."""


_UI_SCRIPT = LazyPattern(r"(?:^|[:-])(?:frontend|client|ui|web|browser|components?)(?:[:-]|$)")
"""A test script named for the UI's tests (`test:frontend`, `test:unit:client`, `test-ui`)."""

_SERVER_SCRIPT = LazyPattern(r"(?:^|[:-])(?:server|backend)(?:[:-]|$)")
"""A test script named for the server's tests (`test:server`, `test-backend`). Not `api`: the
tests of an API are as often end-to-end requests against it as the server's own suite."""


_RUNS_TEST_SCRIPT = LazyPattern(
    r"(?:^|[;&|(][ \t]*)(?:npm[ \t]+run(?:-script)?|yarn(?:[ \t]+run)?|pnpm(?:[ \t]+run)?"
    r"|bun[ \t]+run)[ \t]+(test[\w:.-]+)"
)
"""A package manager running another test script of the package (`npm run test:unit && npm run
test:e2e`): the `test` script that only delegates so names no runner itself."""


_E2E_SCRIPT = LazyPattern(r"(?:^|[:-])e2e(?:[:-]|$)")
"""A test script named for end-to-end tests (`test:e2e`)."""


def _test_runner(result: ManifestResult, scripts: dict[str, Any], lines: Lines) -> None:
    """The test runners the package's test scripts run: like a runner's configuration file,
    they say which of the runners installed the tests use (an app keeping `jest` among its
    development dependencies while `test:e2e` runs mocha is tested with Mocha)."""
    start = lines.section('"scripts"')
    named: set[str] = set()
    declared = {s.name for s in result.signals if s.kind is K.TEST}
    # Tests split into a UI's script (`test:unit:frontend` running vitest) and the server's
    # (`test:unit:forge` running mocha), with `npm test` running no runner itself: the
    # server's runner is the package's main one, however many UI test files the other has.
    # Create React App's `react-scripts test` is as bare: its Jest tests what CRA builds, the UI.
    bare = all(
        m.group(1).split()[0] in _LENDS_JEST
        for m in _RUNNER.finditer(str(scripts.get("test", "")))
    )
    split = bare and _names_runner(scripts, _UI_SCRIPT)
    # Or the server's script is the one named (`test:server` running mocha beside `test:rtl`
    # running jest over the React front's files): its runner is the package's main one.
    server_split = bare and _names_runner(scripts, _SERVER_SCRIPT)
    # The `test` script first: the runner `npm test` starts is the package's main one, and so
    # is the one a script it runs starts (`"test": "npm run test:unit && npm run test:e2e"`,
    # `"test:unit": "vitest"`), whatever runner a leftover configuration file still names.
    # Not a UI's script nor an end-to-end one (`test:frontend`, `test:e2e`): those test the
    # UI or drive the running app, as the split below reads them.
    delegated = {
        m.group(1)
        for m in _RUNS_TEST_SCRIPT.finditer(str(scripts.get("test", "")))
        if not _UI_SCRIPT.search(m.group(1)) and not _E2E_SCRIPT.search(m.group(1))
    }
    # Only where they run one runner and no test script runs another: the other is then a
    # leftover (a `jest.config.js` kept after the move to Vitest). Scripts running two
    # (`test-api` on Mocha, `test-app` on Jest) leave the choice to the test files.
    delegated_runners = {
        _RUNNERS[m.group(1).split()[0]]
        for name in delegated
        for m in _RUNNER.finditer(str(scripts.get(name, "")))
    }
    scripted = {
        _RUNNERS[m.group(1).split()[0]]
        for name, command in scripts.items()
        if isinstance(name, str) and name.startswith("test") and isinstance(command, str)
        for m in _RUNNER.finditer(command)
    }
    if len(delegated_runners) != 1 or scripted != delegated_runners:
        delegated = set()
    for name, command in sorted(scripts.items(), key=lambda item: item[0] != "test"):
        if not isinstance(command, str) or len(command) >= 4096:
            continue
        evidence = lines.evidence(f'"{name}"', start)
        if _NODE_TEST.search(command) and "node:test" not in named:
            named.add("node:test")
            result.signals.append(Signal(K.TEST, "node:test", Strength.DEV, evidence))
        if not (isinstance(name, str) and name.startswith("test")):
            continue
        for match in _RUNNER.finditer(command):
            tool = match.group(1).split()[0]
            runner = _RUNNERS[tool]
            ui_only = tool in _LENDS_JEST
            if tool in _LENDS_MOCHA and declared & _LENT_ASIDE:
                continue
            if runner not in named:
                named.add(runner)
                if ui_only or tool in _LENDS_MOCHA:
                    # The wrapper installs Jest as its own dependency: the runner is as
                    # installed as one the package declares.
                    result.signals.append(Signal(K.TEST, runner, Strength.DEV, evidence))
                result.signals.append(
                    Signal(
                        K.TEST,
                        runner,
                        Strength.ENTRY,
                        evidence,
                        primary=(
                            (name == "test" or name in delegated)
                            and not (ui_only and (split or server_split))
                        )
                        or (split and not _UI_SCRIPT.search(name))
                        or (server_split and bool(_SERVER_SCRIPT.search(name))),
                    )
                )


def _names_runner(scripts: dict[str, Any], pattern: LazyPattern) -> bool:
    """Whether a test script whose name `pattern` matches runs a test runner."""
    return any(
        isinstance(n, str) and n.startswith("test") and pattern.search(n)
        and isinstance(c, str) and _RUNNER.search(c)
        for n, c in scripts.items()
    )


def resolve(result: ManifestResult, folder: str, builds: Any) -> None:
    """Give a dependency declared from a pnpm catalogue (`"express": "catalog:"`,
    `"react": "catalog:react18"`) the version the nearest pnpm-workspace.yaml keeps for it; a
    catalogue reference that no catalogue answers is no version."""
    catalogs = builds.nearest(builds.pnpm_catalogs, folder) or {}
    result.signals = [
        s.replace(version=_catalogued(s.version, s.package, catalogs))
        if s.version.startswith("catalog:")
        else s
        for s in result.signals
    ]


def _catalogued(version: str, package: str, catalogs: dict[str, dict[str, str]]) -> str:
    name = version.removeprefix("catalog:").strip() or "default"
    return catalogs.get(name, {}).get(package, "")
