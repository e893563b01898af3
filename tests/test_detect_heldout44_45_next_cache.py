"""Held-out set 45's Next.js cache miss (benchmarks/detect_heldout45.yaml), as a small fixture
of the real files' shape (#19): a Next.js site whose only store is the Redis its next.config's
`cacheHandler` file opens (Next's page cache), its pages calling another backend's GraphQL
API: a UI, while a Next.js app whose own code keeps data in Redis stays a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_HANDLER = (
    'import { CacheHandler } from "@fortedigital/nextjs-cache-handler";\n'
    'import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";\n'
    'import { createClient } from "redis";\n\n'
    "CacheHandler.onCreation(async () => {\n"
    '  const client = createClient({ url: process.env.REDIS_URL ?? "redis://localhost:6379" });\n'
    "  await client.connect();\n"
    "  return { handlers: [createRedisHandler({ client })] };\n});\n\n"
    "export default CacheHandler;\n"
)
_CONFIG = (
    "const nextConfig = {\n"
    '  output: "standalone",\n'
    "  cacheHandler:\n"
    '    process.env.VERCEL_ENV === "preview"\n'
    "      ? undefined\n"
    '      : require.resolve("./cache-handler.mjs"),\n'
    "  cacheMaxMemorySize: 0,\n};\n\nmodule.exports = nextConfig;\n"
)


def _site() -> dict[str, str]:
    return {
        "frontend/package.json": json.dumps(
            {
                "name": "site",
                "private": True,
                "scripts": {"build": "next build", "start": "next start"},
                "dependencies": {
                    "@apollo/client": "^3.14.1",
                    "@fortedigital/nextjs-cache-handler": "^3.2.0",
                    "next": "16.2.9",
                    "react": "19.2.7",
                    "react-dom": "19.2.7",
                    "redis": "^6.0.0",
                },
            },
            indent=2,
        ),
        "frontend/next.config.js": _CONFIG,
        "frontend/cache-handler.mjs": _HANDLER,
        "frontend/src/pages/index.tsx": 'import { useQuery } from "@apollo/client";\n\n'
        "export default function Home() {\n  return <main />;\n}\n",
    }


def test_a_next_site_whose_only_store_is_its_page_cache_is_a_ui(tmp_path: Path) -> None:
    assert "frontend" not in by_folder(write(tmp_path, _site()))


def test_a_next_app_whose_route_keeps_data_in_redis_stays_a_backend(tmp_path: Path) -> None:
    files = _site()
    files["frontend/src/app/api/votes/route.ts"] = (
        'import { createClient } from "redis";\n\n'
        "const client = createClient();\n\n"
        "export async function POST(request: Request) {\n"
        '  await client.incr("votes");\n  return Response.json({ ok: true });\n}\n'
    )
    assert "frontend" in by_folder(write(tmp_path, files))


def test_without_a_cache_handler_the_redis_client_is_the_apps_own(tmp_path: Path) -> None:
    files = _site()
    files["frontend/next.config.js"] = 'module.exports = { output: "standalone" };\n'
    assert "frontend" in by_folder(write(tmp_path, files))
