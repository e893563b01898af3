"""Node gaps the 357th and 390th held-out sets showed (benchmarks/detect_heldout357.yaml,
detect_heldout390.yaml), each as a small fixture of the real files' shape (#19): a driver lent
by an in-tree library the services construct, a Redis client a connection factory hands out
and whose every write expires, and Jasmine specs run by `jasmine-node`."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _manifest(name: str, deps: dict[str, str], scripts: dict[str, str] | None = None) -> str:
    data: dict[str, object] = {"name": name, "type": "module", "dependencies": deps}
    if scripts:
        data["scripts"] = scripts
    return json.dumps(data, indent=2) + "\n"


SERVER = (
    'import express from "express";\nimport { Model } from "./lib/model.js";\n\n'
    "const app = express();\nnew Model();\napp.listen(8080);\n"
)
PG_LIBRARY = (
    'import pg from "pg";\n\nexport class DB {\n  constructor (opts) {\n'
    "    this.pool = new pg.Pool();\n  }\n}\n"
)


def _store_service(model: str) -> dict[str, str]:
    return {
        "lib/pg-client/package.json": _manifest("@acme/pg-client", {"pg": "^8.13.1"}),
        "lib/pg-client/lib/index.js": PG_LIBRARY,
        "svc/package.json": _manifest(
            "svc", {"express": "^4.21.0", "@acme/pg-client": "file:../lib/pg-client"}
        ),
        "svc/index.js": SERVER,
        "svc/lib/model.js": model,
    }


def test_driver_lent_by_an_in_tree_library_the_service_constructs(tmp_path: Path) -> None:
    model = (
        'import { DB } from "@acme/pg-client";\n\nexport class Model {\n'
        "  constructor () {\n    this.db = new DB({ version: 3 });\n  }\n}\n"
    )
    backend = by_folder(write(tmp_path, _store_service(model)))["svc"]
    assert first(backend, K.QUERY)[0] == "pg"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_in_tree_driver_library_only_imported_lends_nothing(tmp_path: Path) -> None:
    model = 'import { DB } from "@acme/pg-client";\n\nexport class Model {}\nexport { DB };\n'
    backend = by_folder(write(tmp_path, _store_service(model)))["svc"]
    assert first(backend, K.DATABASE)[0] == ""


REDIS_FACTORY = """\
import Redis from "ioredis";

export function createRedisConnection({ host, port, prefix }) {
  let redis;
  function connect() {
    redis = new Redis.Cluster([{ host, port }], { keyPrefix: prefix });
  }
  return { connect, getRedis: () => redis };
}
"""


def _gateway(datasource: str) -> dict[str, str]:
    return {
        "package.json": _manifest("gateway", {"express": "^4.17.1", "ioredis": "^4.17.3"}),
        "src/server.js": 'import express from "express";\n\nexpress().listen(3000);\n',
        "src/datasources/redis/index.js": REDIS_FACTORY,
        "src/datasources/redis/redis.datasource.js": datasource,
    }


EXPIRING = """\
import { createRedisConnection } from "./index";

const connection = createRedisConnection({ host: "redis", port: 6379, prefix: "x" });

export async function set(key, seconds, str) {
  const redis = connection.getRedis();
  await redis.set(key, str, "EX", seconds);
}

export async function incr(key, seconds) {
  const redis = connection.getRedis();
  const count = await redis.incr(key);
  await redis.expire(key, seconds, "NX");
  return count;
}
"""


def test_factory_redis_written_only_with_expiry_is_a_cache(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _gateway(EXPIRING)))["."]
    assert first(backend, K.DATABASE)[0] == ""


def test_factory_redis_written_without_expiry_is_the_store(tmp_path: Path) -> None:
    kept = EXPIRING.replace(
        'await redis.set(key, str, "EX", seconds);', "await redis.set(key, str);"
    )
    backend = by_folder(write(tmp_path, _gateway(kept)))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"


def test_jasmine_node_script_runs_jasmine(tmp_path: Path) -> None:
    files = {
        "package.json": _manifest(
            "daemon",
            {"restify": "^4.3.0"},
            {"test": "jasmine-node --coffee tests/spec"},
        ),
        "index.js": 'const restify = require("restify");\n\nrestify.createServer().listen(6284);\n',
        "tests/spec/app-spec.coffee": (
            "describe 'app', ->\n  it 'works', ->\n    expect(1).toBe 1\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "Jasmine"
