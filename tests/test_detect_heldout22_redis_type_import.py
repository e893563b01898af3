"""Redis named as the store only where the service opens a client (#19): a Node service whose
modules import ioredis for its type alone (a BullMQ queue's `connection: Redis`, handed in from
a shared workspace data source that constructs it) opens no client of its own and keeps no
data in Redis; one constructing the client (`new Redis(url)`) still does."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = json.dumps(
    {
        "name": "@app/watcher",
        "private": True,
        "scripts": {"start": "node build/src/index.js"},
        "dependencies": {
            "@app/utils": "1.0.0",
            "bullmq": "^6.1.2",
            "express": "^5.2.1",
            "ioredis": "^6.0.0",
        },
    }
)
_INDEX = (
    "import { RedisDataSource } from '@app/utils'\n"
    "import express, { Express } from 'express'\nimport { getQueue } from './lib/queue'\n\n"
    "const app: Express = express()\n"
    "const redisDataSource = new RedisDataSource({ url: process.env.REDIS_URL })\n"
    "const queue = getQueue(redisDataSource.queueRedisClient)\n"
    "app.post('/mail', async (req, res) => { (await queue).add('save', req.body); res.send() })\n"
    "app.listen(8080)\n"
)
_QUEUE = (
    "import { Queue } from 'bullmq'\nimport Redis from 'ioredis'\n\n"
    "export const getQueue = async (connection: Redis): Promise<Queue> => {\n"
    "  const queue = new Queue('backend-queue', { connection })\n"
    "  await queue.waitUntilReady()\n  return queue\n}\n"
)


def _files(queue: str) -> dict[str, str]:
    return {"package.json": _PACKAGE, "src/index.ts": _INDEX, "src/lib/queue.ts": queue}


def test_a_client_imported_as_a_type_names_no_store(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(_QUEUE)))["."]
    assert first(backend, K.DATABASE) == ("", "")
    assert first(backend, K.CACHE)[0] == "Redis"


def test_a_client_constructed_still_names_the_store(tmp_path: Path) -> None:
    # Counter-case: the module constructs the client itself, so the service keeps its data there.
    opened = _QUEUE + "\nexport const store = new Redis(process.env.REDIS_URL)\n"
    backend = by_folder(write(tmp_path, _files(opened)))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"
