"""Node: a service declaring Supabase's client keeps its data in Supabase's PostgreSQL, not in
the Redis beside it (set 184, #19).

An Express API keeps its teams, keys and logs in Supabase through `@supabase/supabase-js`
(`createClient(SUPABASE_URL, …)`, `.from("logs").insert(…)`), and its queues, rate limits and
caches in Redis (ioredis, BullMQ). No SQL driver or ORM is declared, so `redis_only` took the
Redis client for the store. Supabase's client reads and writes the tables of a PostgreSQL
database through PostgREST: the engine is PostgreSQL, and Redis stays a cache. A service with
Redis and no Supabase client keeps Redis as its store."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _api(supabase: bool) -> dict[str, str]:
    deps = '"express": "^4.21.2", "ioredis": "^5.6.1", "bullmq": "^5.56.7"'
    if supabase:
        deps += ', "@supabase/supabase-js": "^2.52.0"'
    files = {
        "package.json": '{\n  "name": "api",\n  "scripts": {"start": "node dist/index.js"},\n'
        f'  "dependencies": {{{deps}}}\n}}\n',
        "src/index.ts": "import express from 'express';\n\nconst app = express();\n"
        "app.get('/v1/crawl', (req, res) => res.json({}));\napp.listen(3002);\n",
        "src/services/redis.ts": "import Redis from 'ioredis';\n\n"
        "export const redis = new Redis(process.env.REDIS_URL!);\n",
    }
    if supabase:
        files["src/services/supabase.ts"] = (
            'import { createClient } from "@supabase/supabase-js";\n\n'
            "export const supabase = createClient(process.env.SUPABASE_URL!, "
            "process.env.SUPABASE_SERVICE_TOKEN!);\n"
        )
    return files


def test_a_supabase_client_names_postgresql(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api(supabase=True)))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_redis_alone_stays_the_store(tmp_path: Path) -> None:
    # Counter-case: no other store declared, the Redis client the code opens is the store.
    found = by_folder(write(tmp_path, _api(supabase=False)))
    assert first(found["."], K.DATABASE)[0] == "Redis"
