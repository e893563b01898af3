"""Held-out set 329 (#19): an Express server generated from TypeORM's starter keeps typeorm and
pg in its package.json and the starter's `"typeorm": "typeorm-ts-node-commonjs"` script, but no
module imports TypeORM: its repositories run on the mongodb driver, and the one module building
a pg pool is imported by nothing. Its data layer is the mongodb driver, its engine MongoDB. The
same server whose routes do take the pg pool keeps PostgreSQL's driver; one whose script runs a
TypeORM command keeps TypeORM."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = """import { App } from "./app";
import { connect } from "./db/dbClient";
connect().then(() => new App().listen(8080));
"""

_APP = """import express from "express";
import { ToursRepository } from "./db/repository/toursRepository";
export class App {
  app = express();
  constructor() {
    this.app.get("/tours", async (_req, res) => res.json(await new ToursRepository().all()));
  }
  listen(port: number) { this.app.listen(port); }
}
"""

_MONGO = """import { MongoClient, Db } from "mongodb";
let db: Db;
export async function connect() {
  const client = await MongoClient.connect(process.env.MONGO_URL as string);
  db = client.db("tours");
}
export function collection(name: string) { return db.collection(name); }
"""

_REPOSITORY = """import { collection } from "../dbClient";
export class ToursRepository {
  all() { return collection("tours").find({}).toArray(); }
}
"""

_PG = """import { Pool } from 'pg';
export const pgClient = new Pool({ host: process.env.PG_HOST, database: process.env.PG_DATABASE });
"""

_PG_ROUTE = """import express from "express";
import { pgClient } from "../db/dbClientPG";
export const router = express.Router();
router.get("/stats", async (_req, res) => res.json((await pgClient.query("select 1")).rows));
"""


def _server(script: str = "typeorm-ts-node-commonjs", **extra: str) -> dict[str, str]:
    data = {
        "name": "tours-server",
        "description": "Awesome project developed with TypeORM.",
        "scripts": {"start": "ts-node src/server.ts", "typeorm": script},
        "dependencies": {
            "express": "^4.17.1",
            "mongodb": "^3.0.8",
            "pg": "^8.8.0",
            "reflect-metadata": "^0.1.13",
            "typeorm": "0.3.11",
        },
        "devDependencies": {"typescript": "4.5.2", "ts-node": "10.7.0"},
    }
    files = {
        "package.json": json.dumps(data, indent=2),
        "src/server.ts": _SERVER,
        "src/app.ts": _APP,
        "src/db/dbClient.ts": _MONGO,
        "src/db/dbClientPG.ts": _PG,
        "src/db/repository/toursRepository.ts": _REPOSITORY,
    }
    files.update(extra)
    return files


def test_starter_leftovers_give_way_to_the_driver_in_use(tmp_path: Path) -> None:
    server = by_folder(write(tmp_path, _server()))["."]
    assert first(server, K.ORM) == ("", "")
    assert first(server, K.QUERY)[0] == "mongodb"
    assert first(server, K.DATABASE)[0] == "MongoDB"


def test_pool_a_route_takes_keeps_its_driver(tmp_path: Path) -> None:
    files = _server(**{"src/routes/stats.ts": _PG_ROUTE})
    server = by_folder(write(tmp_path, files))["."]
    assert first(server, K.ORM) == ("", "")
    found = {f.name for f in server.findings if f.kind in (K.QUERY, K.DATABASE)}
    assert {"pg", "PostgreSQL", "mongodb", "MongoDB"} <= found


def test_typeorm_command_in_a_script_keeps_it(tmp_path: Path) -> None:
    files = _server("typeorm-ts-node-commonjs migration:run -d src/data-source.ts")
    server = by_folder(write(tmp_path, files))["."]
    assert first(server, K.ORM)[0] == "TypeORM"
