"""A gap the 441st held-out set showed (benchmarks/detect_heldout441.yaml), as a small fixture
of the real files' shape (#19): an Express relay turning webhooks into pushes keeps nothing of
its own; it reads its users' devices from another product's store and caches them in Redis
through a wrapper (`set(key, value, expiration)` calling `redis.set(key, value,
expiration.mode, expiration.ttl)`, the mode a constant spelling `'EX'`). Every write expiring,
Redis is a cache (`redis_only`), not the relay's database. A write whose last argument is a
flag string, no lifetime, keeps Redis its store."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_REDIS = (
    "import Redis from 'ioredis';\n\nlet redis: Redis | undefined;\n\n"
    "export const initialize = (): void => {\n"
    "  redis = new Redis({ host: process.env.REDIS_HOST });\n};\n\n"
    "export const set = async (key: string, value: string, expiration: Expiration) => {\n"
    "  if (redis) return WRITE;\n  return null;\n};\n\n"
    "export const get = async (key: string) => (redis ? await redis.get(key) : null);\n"
)

_SERVER = (
    "import express from 'express';\nimport * as Redis from './redis';\n\n"
    "Redis.initialize();\nconst server = express();\n"
    "server.post('/v1/webhook/:id', async (req, res) => res.json({ ok: true }));\n"
    "server.listen(9000);\n"
)


def _tree(write_call: str) -> dict[str, str]:
    return {
        "package.json": package_json({"express": "4.18.2", "ioredis": "5.3.2"}),
        "src/index.ts": _SERVER,
        "src/redis.ts": _REDIS.replace("WRITE", write_call),
    }


def test_writes_given_a_lifetime_held_in_names_are_a_cache(tmp_path: Path) -> None:
    found = by_folder(
        write(tmp_path, _tree("await redis.set(key, value, expiration.mode, expiration.ttl)"))
    )
    assert first(found["."], K.DATABASE)[0] != "Redis"


def test_a_write_with_a_flag_keeps_the_store(tmp_path: Path) -> None:
    # Counter-case: the fourth argument a flag string (no lifetime): the entry stays, and Redis
    # is the relay's own store.
    found = by_folder(write(tmp_path, _tree("await redis.set(key, value, 'KEEPTTL', 'NX')")))
    assert first(found["."], K.DATABASE)[0] == "Redis"
