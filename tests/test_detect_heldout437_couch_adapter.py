"""Held-out set 437 (#19): an Express API keeping a repository adapter per supported store,
picked by the URL's scheme (`mongodb://` opens the official MongoDB driver's `MongoClient`,
`http(s)://` a CouchDB client through nano), with a Compose `mongo` service. CouchDB's client
speaks only CouchDB (`assemble.ONE_ENGINE`): beside the primary engine's driver it is the other
provider, and the MongoDB driver is the data layer.

Counter-case: with CouchDB the deployed store (a Compose `couchdb` service), nano stays first.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_BOOTSTRAP = """import nano from "nano"
import { MongoClient } from "mongodb"

export let MongoClientDB: any
export const Database: any = process.env.DB?.startsWith("http") ? nano(process.env.DB ?? "") : ""

export async function Bootstrap(): Promise<void> {
  if (process.env.DB?.startsWith("mongodb://")) {
    const client = new MongoClient(process.env.DB)
    await client.connect()
    MongoClientDB = client.db()
  }
}
"""

_REPOSITORY = """import { MongoClientDB, Database } from "../Bootstrap"

export async function saveStudy(study: any): Promise<void> {
  if (MongoClientDB) await MongoClientDB.collection("study").insertOne(study)
  else await Database.use("study").insert(study)
}
"""

_APP = """import express from "express"
import { Bootstrap } from "./repository/Bootstrap"
import { saveStudy } from "./repository/study"

const app = express()
app.post("/study", async (req, res) => { await saveStudy(req.body); res.json({ ok: true }) })
Bootstrap().then(() => app.listen(3000))
"""


def _tree(store_image: str) -> dict[str, str]:
    deps = {"express": "^4.17.1", "mongodb": "^6.8.0", "nano": "^10.1.3"}
    return {
        "package.json": package_json(deps, {"typescript": "^4.7.4"},
                                     scripts={"start": "node build/index.js"}),
        "tsconfig.json": "{}\n",
        "src/index.ts": _APP,
        "src/repository/Bootstrap.ts": _BOOTSTRAP,
        "src/repository/study.ts": _REPOSITORY,
        "docker-compose.yaml": (
            f"services:\n  store:\n    image: {store_image}\n"
            "  api:\n    build: .\n    depends_on: [store]\n"
        ),
    }


def test_the_mongodb_driver_is_the_layer_beside_a_couchdb_client(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("mongo")))["."]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
    assert first(backend, K.QUERY)[0] == "mongodb"


def test_the_couchdb_client_stays_first_where_couchdb_is_deployed(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("couchdb:3")))["."]
    assert first(backend, K.DATABASE)[0] == "CouchDB"
    assert first(backend, K.QUERY)[0] == "nano"
