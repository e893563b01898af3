"""Held-out set 320 (#19): a pnpm workspace's models package takes Mongoose as a peer
dependency and exports its schemas and `connectMongo()`; the standalone Hono API of the
workspace imports them and declares neither Mongoose nor a driver. The data layer it is lent
(Mongoose, seen through the package's imports) speaks MongoDB alone, so the engine is MongoDB.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CORE = {
    "packages/core/package.json": json.dumps(
        {
            "name": "@app/core",
            "private": True,
            "main": "./src/index.ts",
            "dependencies": {"jsonwebtoken": "^9.0.2"},
            "peerDependencies": {"mongoose": ">=8"},
        }
    ),
    "packages/core/src/index.ts": (
        'export { connectMongo } from "./lib/mongoose";\n'
        'export { ClubModel } from "./models/club.model";\n'
    ),
    "packages/core/src/lib/mongoose.ts": (
        'import mongoose from "mongoose";\n\n'
        "export async function connectMongo() {\n"
        "  if (!process.env.MONGODB_URI) throw new Error('MONGODB_URI is not defined');\n"
        "  return mongoose.connect(process.env.MONGODB_URI);\n}\n"
    ),
    "packages/core/src/models/club.model.ts": (
        'import mongoose, { Schema } from "mongoose";\n\n'
        "const clubSchema = new Schema({ name: String });\n"
        'export const ClubModel = mongoose.models.Club || mongoose.model("Club", clubSchema);\n'
    ),
}

_API = {
    "apps/api/package.json": json.dumps(
        {
            "name": "@app/api",
            "private": True,
            "scripts": {"start": "node dist/server.mjs", "test": "jest"},
            "dependencies": {
                "@app/core": "workspace:*",
                "@hono/node-server": "^1.19.12",
                "hono": "^4.12.10",
            },
            "devDependencies": {"jest": "^29.7.0", "typescript": "^5"},
        }
    ),
    "apps/api/src/server.ts": (
        'import { serve } from "@hono/node-server";\n'
        'import { Hono } from "hono";\n'
        'import { connectMongo, ClubModel } from "@app/core";\n\n'
        "const app = new Hono();\n"
        'app.get("/clubs", async (c) => {\n  await connectMongo();\n'
        "  return c.json(await ClubModel.find());\n});\n"
        'app.post("/clubs", async (c) => {\n  await connectMongo();\n'
        "  return c.json(await ClubModel.create(await c.req.json()));\n});\n\n"
        "serve({ fetch: app.fetch, port: 4000 });\n"
    ),
}

_ROOT = {
    "package.json": json.dumps({"name": "app", "private": True}),
    "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
}


def test_lent_mongoose_brings_mongodb(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, {**_ROOT, **_CORE, **_API}))["apps/api"]
    assert first(api, K.ORM)[0] == "Mongoose"
    assert first(api, K.DATABASE)[0] == "MongoDB"


def test_lent_typeorm_implies_no_engine(tmp_path: Path) -> None:
    # TypeORM speaks many engines: its imports alone name none.
    core = {
        path: text.replace("mongoose", "typeorm") if path.endswith(".json") else text
        for path, text in _CORE.items()
    }
    core["packages/core/src/lib/mongoose.ts"] = (
        'import { DataSource } from "typeorm";\n\n'
        "export const source = new DataSource({ url: process.env.DB_URL } as never);\n"
        "export async function connectMongo() {\n  return source.initialize();\n}\n"
    )
    core["packages/core/src/models/club.model.ts"] = (
        'import { Entity, PrimaryGeneratedColumn } from "typeorm";\n\n'
        "@Entity()\nexport class ClubModel {\n  @PrimaryGeneratedColumn() id!: number;\n}\n"
    )
    api = by_folder(write(tmp_path, {**_ROOT, **core, **_API}))["apps/api"]
    assert first(api, K.DATABASE)[0] == ""
