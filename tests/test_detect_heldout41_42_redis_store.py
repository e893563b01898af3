"""A Node service keeping its records as Redis hashes has Redis as its database (#19): the
send shape of held-out set 42, an Express server whose storage module writes each upload's
metadata with `hset`/`hmset` and reads it back with `hgetall`, through a client another module
creates (the library's name chosen at run time). A client used only to set and get whole
values stays a cache."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = (
    "const express = require('express');\nconst storage = require('./storage');\n\n"
    "const app = express();\napp.get('/api/metadata/:id', async (req, res) => {\n"
    "  res.send(await storage.metadata(req.params.id));\n});\napp.listen(1443);\n"
)
_CLIENT = (
    "module.exports = function(config) {\n"
    "  const redis_lib = config.env === 'development' ? 'redis-mock' : 'redis';\n"
    "  const redis = require(redis_lib);\n"
    "  return redis.createClient({ host: config.redis_host });\n};\n"
)
_HASHES = (
    "const createRedisClient = require('./redis');\n\nclass DB {\n"
    "  constructor(config) {\n    this.redis = createRedisClient(config);\n  }\n"
    "  set(id, meta) {\n    this.redis.hset(id, 'prefix', meta.prefix);\n"
    "    this.redis.hmset(id, meta);\n  }\n"
    "  async metadata(id) {\n    return await this.redis.hgetallAsync(id);\n  }\n}\n"
    "module.exports = new DB({});\n"
)
_CACHE = (
    "const createRedisClient = require('./redis');\n\nconst client = createRedisClient({});\n"
    "module.exports = {\n  get: key => client.getAsync(key),\n"
    "  put: (key, value) => client.setex(key, 60, value),\n};\n"
)


def _service(storage: str) -> dict[str, str]:
    return {
        "package.json": package_json(
            {"express": "^4.17.3", "redis": "^3.1.1"},
            {"mocha": "^10.1.0", "redis-mock": "^0.56.3"},
            main="server/bin/prod.js",
        ),
        "server/bin/prod.js": _SERVER,
        "server/storage/redis.js": _CLIENT,
        "server/storage/index.js": storage,
        "docker-compose.yml": "services:\n  redis:\n    image: redis:alpine\n",
    }


def test_records_kept_in_redis_hashes_make_redis_the_database(tmp_path: Path) -> None:
    write(tmp_path, _service(_HASHES))
    backend = by_folder(tmp_path)["."]
    assert first(backend, K.DATABASE)[0] == "Redis"
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY) == ("", "")


def test_values_set_and_got_leave_redis_a_cache(tmp_path: Path) -> None:
    write(tmp_path, _service(_CACHE))
    assert first(by_folder(tmp_path)["."], K.DATABASE) == ("", "")


def test_a_relational_engine_stays_primary_beside_redis_hashes(tmp_path: Path) -> None:
    files = _service(_HASHES)
    files["package.json"] = package_json(
        {"express": "^4.17.3", "redis": "^3.1.1", "pg": "^8.11.0"}, main="server/bin/prod.js"
    )
    files["docker-compose.yml"] += "  db:\n    image: postgres:16\n"
    write(tmp_path, files)
    assert first(by_folder(tmp_path)["."], K.DATABASE)[0] == "PostgreSQL"
