"""Redis as a real-time server's relay between its instances (#19): a Node collaboration
server that depends on a Redis pub/sub extension (Hocuspocus' Redis extension, Socket.IO's
Redis adapter) and hands it the client it opens keeps no data in Redis (its documents are
loaded and saved through another service's API); without such a relay, a service opening a
client and naming no other store keeps its data there."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(**extra: str) -> str:
    return json.dumps(
        {
            "name": "live",
            "private": True,
            "type": "module",
            "scripts": {"start": "node ."},
            "main": "./dist/start.mjs",
            "dependencies": {
                "@hocuspocus/server": "2.15.2",
                "axios": "1.8.0",
                "express": "4.22.0",
                "ioredis": "5.7.0",
                **extra,
            },
        }
    )


_SERVER = (
    'import express from "express";\nimport { redisManager } from "./redis";\n\n'
    "const app = express();\nawait redisManager.initialize();\napp.listen(3100);\n"
)
_REDIS = (
    'import Redis from "ioredis";\n\nclass RedisManager {\n  client: Redis | null = null;\n'
    "  async initialize() {\n    this.client = new Redis(process.env.REDIS_URL);\n  }\n"
    "  getClient() {\n    return this.client;\n  }\n}\n\n"
    "export const redisManager = new RedisManager();\n"
)
_EXTENSION = (
    'import { Redis as HocuspocusRedis } from "@hocuspocus/extension-redis";\n'
    'import { redisManager } from "../redis";\n\n'
    "export class Redis extends HocuspocusRedis {\n"
    "  constructor() {\n    super({ redis: redisManager.getClient() });\n  }\n}\n"
)


def _files(package: str) -> dict[str, str]:
    return {
        "package.json": package,
        "src/server.ts": _SERVER,
        "src/redis.ts": _REDIS,
        "src/extensions/redis.ts": _EXTENSION,
    }


def test_a_redis_relay_between_instances_names_no_store(tmp_path: Path) -> None:
    package = _package(**{"@hocuspocus/extension-redis": "2.15.2"})
    backend = by_folder(write(tmp_path, _files(package)))["."]
    assert first(backend, K.DATABASE) == ("", "")
    assert first(backend, K.CACHE)[0] == "Redis"


def test_without_a_relay_the_opened_client_is_the_store(tmp_path: Path) -> None:
    # Counter-case: no pub/sub relay declared, so the client it opens keeps its data.
    backend = by_folder(write(tmp_path, _files(_package())))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"
