"""A workspace library whose modules open their store by a NAMED import of the data layer's
package (`import { DataSource } from "typeorm"`, `import { PrismaClient } from "@prisma/client"`,
TypeORM entities, Mongoose schemas) opens it as surely as one importing the package's default
export (#19, `library_names.opens`): a service importing such a module takes the library's data
layer. A module importing only a value type or an id of the package (`{ ObjectId }`, `Types`,
Prisma's `Prisma` namespace and generated model types), a type of a driver imported as a plain
name (`{ Collection, Db }` of the MongoDB driver, `{ PoolClient }` of pg) or a type-only import
opens nothing, so a service importing only that still takes no data from the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.library_names import opens
from designer.model.stack import FindingKind as K


@pytest.mark.parametrize(
    "source",
    [
        'import { DataSource } from "typeorm";\n',
        'import {\n  Entity,\n  Column,\n  PrimaryGeneratedColumn,\n} from "typeorm";\n',
        'import { PrismaClient } from "@prisma/client";\n',
        'import { Prisma, PrismaClient } from "@prisma/client";\n',
        'import { MongoClient, ObjectId } from "mongodb";\n',
        'import { Pool } from "pg";\n',
        'import { drizzle } from "drizzle-orm/node-postgres";\n',
        'import { Sequelize, DataTypes } from "sequelize";\n',
        'import { Kysely, PostgresDialect } from "kysely";\n',
        'import { MikroORM } from "@mikro-orm/core";\n',
        'import { Schema, model } from "mongoose";\n',
        'import { Types, Schema } from "mongoose";\n',
        'import { Client } from "pg"\nexport const x = 1\n',
        'import { createPool, RowDataPacket } from "mysql2/promise";\n',
        'import { fastifyMongodb } from "@fastify/mongodb";\n',
        # The forms read before: a default or namespace import, or a default beside names.
        'import mongoPlugin from "@fastify/mongodb";\n',
        'import * as mongoose from "mongoose";\n',
        'import mongoose, { Types } from "mongoose";\n',
    ],
)
def test_a_named_import_of_a_store_package_opens_it(tmp_path: Path, source: str) -> None:
    write(tmp_path, {"lib/db.ts": source})
    assert opens(str(tmp_path), "lib/db.ts")


@pytest.mark.parametrize(
    "source",
    [
        'import { ObjectId } from "mongodb";\n',
        'import { ObjectId as Id, Decimal128, Long } from "mongodb";\n',
        'import { Types, isValidObjectId } from "mongoose";\n',
        'import { Prisma } from "@prisma/client";\n',
        # A driver's types, imported as plain names beside its ids: a connection opened
        # elsewhere is handed in (`createContext(fastify)` reading `fastify.mongo.db`).
        'import { Collection, Db, ObjectId } from "mongodb";\n',
        'import { PoolClient, QueryResult } from "pg";\n',
        'import { RowDataPacket, ResultSetHeader } from "mysql2/promise";\n',
        'import { Prisma, User, Role } from "@prisma/client";\n',
        'import type { DataSource } from "typeorm";\n',
        'import { type Db, type Collection } from "mongodb";\n',
        'import {\n  ObjectId, // the ids of documents\n  type Db,\n} from "mongodb";\n',
        # Not a data layer's package at all: a named import of it opens no store.
        'import { S3Client } from "@aws-sdk/client-s3";\n',
        'import { z } from "zod";\n',
    ],
)
def test_a_value_type_id_or_type_only_import_opens_nothing(tmp_path: Path, source: str) -> None:
    write(tmp_path, {"lib/ids.ts": source})
    assert not opens(str(tmp_path), "lib/ids.ts")


_LIBRARY = {
    "packages/core/package.json": json.dumps(
        {
            "name": "@acme/core",
            "private": True,
            "main": "./src/index.ts",
            "dependencies": {"express": "^4.21.2", "typeorm": "^0.3.20", "pg": "^8.13.1"},
        },
        indent=2,
    ),
    "packages/core/src/index.ts": (
        'export * from "./server";\nexport * from "./data-source";\n'
        'export * from "./entities/user";\nexport * from "./text";\n'
    ),
    "packages/core/src/server.ts": (
        'import express from "express";\n\n'
        "export function createServer() {\n  const app = express();\n  return app;\n}\n"
    ),
    "packages/core/src/data-source.ts": (
        'import { DataSource } from "typeorm";\nimport { User } from "./entities/user";\n\n'
        "export const AppDataSource = new DataSource({\n"
        '  type: "postgres",\n  url: process.env.DATABASE_URL,\n  entities: [User],\n});\n'
    ),
    "packages/core/src/entities/user.ts": (
        'import { Entity, Column, PrimaryGeneratedColumn } from "typeorm";\n\n'
        "@Entity()\nexport class User {\n  @PrimaryGeneratedColumn()\n  id: number;\n\n"
        "  @Column()\n  name: string;\n}\n"
    ),
    "packages/core/src/text.ts": (
        'import type { ObjectLiteral } from "typeorm";\n\n'
        "export const slug = (text: string) => text.toLowerCase();\n"
        "export const keys = (row: ObjectLiteral) => Object.keys(row);\n"
    ),
}


def _service(folder: str, imports: str) -> dict[str, str]:
    manifest = {
        "name": f"@acme/{folder}",
        "private": True,
        "main": "src/index.ts",
        "scripts": {"start": "node ./dist/index.js"},
        "dependencies": {"@acme/core": "workspace:*", "express": "^4.21.2"},
    }
    return {
        f"apps/{folder}/package.json": json.dumps(manifest, indent=2),
        f"apps/{folder}/Dockerfile": 'FROM node:20-alpine\nCMD ["node", "dist/index.js"]\n',
        f"apps/{folder}/src/index.ts": (
            f'import {{ {imports} }} from "@acme/core";\n\n'
            "const app = createServer();\n"
            'app.get("/health", (_req, res) => res.json({ ok: slug("Up") }));\n'
            "app.listen(3000);\n"
        ),
    }


def _tree() -> dict[str, str]:
    return {
        "package.json": json.dumps({"name": "acme", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        **_LIBRARY,
        **_service("api", "createServer, slug, AppDataSource"),
        **_service("web", "createServer, slug, keys"),
    }


def test_a_service_importing_the_named_data_source_takes_the_library_orm(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["apps/api"], K.ORM)[0] == "TypeORM"
    assert first(found["apps/api"], K.DATABASE)[0] == "PostgreSQL"


def test_a_service_importing_only_helpers_takes_no_data(tmp_path: Path) -> None:
    # Its names lead to the server and a module importing a TypeORM type only.
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["apps/web"], K.ORM) == ("", "")
    assert first(found["apps/web"], K.DATABASE) == ("", "")
