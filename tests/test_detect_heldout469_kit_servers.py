"""Gaps the 469th held-out set showed (benchmarks/detect_heldout469.yaml), as small fixtures of
the real files' shape (#19): a server built by a registry kit over Express that declares only
the kit and has no lock (Express known by the application's `locals` read on the object it
starts listening), whose only Redis client is handed to a caching wrapper's store."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PACKAGE = json.dumps(
    {
        "name": "transit-rest",
        "type": "module",
        "main": "index.js",
        "scripts": {"start": "node index.js", "test": "node test/index.js"},
        "dependencies": {
            "cached-api-client": "^5.0.1",
            "api-rest-kit": "^5.1.0",
            "ioredis": "^5.0.3",
        },
        "devDependencies": {"tape": "^5.6.1"},
    },
    indent=2,
)

_INDEX = (
    "import {api} from './api.js'\n\n"
    "const {logger} = api.locals\n\n"
    "api.listen(process.env.PORT || 3000, (err) => {\n"
    "\tif (err) { logger.error(err); process.exit(1) }\n})\n"
)


def _api(handoff: str) -> str:
    return (
        "import createApi from 'api-rest-kit'\nimport Redis from 'ioredis'\n"
        "import {createCachedClient as withCache} from 'cached-api-client'\n"
        "import {createRedisStore as redisStore} from 'cached-api-client/stores/redis.js'\n\n"
        "let client = {}\n"
        "if (process.env.REDIS_URL) {\n"
        "\tconst redis = new Redis(process.env.REDIS_URL || null)\n"
        f"\t{handoff}\n"
        "\tconst checkRedis = () => redis.ping().then(res => res === 'PONG')\n"
        "}\n\n"
        "const api = await createApi(client, {}, {})\nexport {api}\n"
    )


def _tree(handoff: str) -> dict[str, str]:
    return {"package.json": _PACKAGE, "index.js": _INDEX, "api.js": _api(handoff)}


def test_express_by_its_locals_and_redis_only_a_caches_store(tmp_path: Path) -> None:
    handed = "client = withCache(client, redisStore(redis))"
    backend = by_folder(write(tmp_path, _tree(handed)))["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("Express", "")
    assert first(backend, FindingKind.DATABASE)[0] != "Redis"


def test_a_client_the_module_writes_through_stays_the_store(tmp_path: Path) -> None:
    written = "await redis.set('stop', JSON.stringify({}))"
    backend = by_folder(write(tmp_path, _tree(written)))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "Redis"


def test_a_client_handed_to_no_cache_stays_the_store(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("client = createQueue(client, redis)")))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "Redis"


def test_a_response_locals_starts_nothing(tmp_path: Path) -> None:
    index = (
        "import http from 'node:http'\nconst server = http.createServer((req, res) => {\n"
        "\tres.locals = {}\n\tres.end('ok')\n})\nserver.listen(3000)\n"
    )
    files = {**_tree("client = withCache(client, redisStore(redis))"), "index.js": index}
    found = by_folder(write(tmp_path, files))
    assert all(first(b, FindingKind.FRAMEWORK)[0] != "Express" for b in found.values())
