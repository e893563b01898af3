"""Held-out set 440's Next.js front (/tmp/s57/sets/detect_heldout440.yaml), as a small fixture
of the real files' shape (#19): a Next.js front over the product's API whose next.config names
its cache handler without the extension (`require.resolve("./cache-handler")`, the file being
`cache-handler.js`), that file alone opening Redis for Next's page cache, and whose one server
action puts an uploaded image in an S3-compatible bucket: a UI. A Next.js app whose own code
keeps data in the same Redis stays a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_HANDLER = (
    'const { CacheHandler } = require("@neshca/cache-handler");\n'
    'const createRedisHandler = require("@neshca/cache-handler/redis-stack").default;\n'
    'const { createClient } = require("redis");\n\n'
    "CacheHandler.onCreation(async () => {\n"
    "  const client = createClient({ url: `redis://${process.env.REDIS_HOST}` });\n"
    "  await client.connect();\n"
    '  return { handlers: [await createRedisHandler({ client, keyPrefix: "nextjs-cache:" })] };\n'
    "});\n\nmodule.exports = CacheHandler;\n"
)
_CONFIG = (
    "const nextConfig = {\n"
    '  cacheHandler: process.env.NODE_ENV === "production" ? require.resolve("./cache-handler")'
    " : undefined,\n"
    "  cacheMaxMemorySize: 0,\n};\n\nmodule.exports = nextConfig;\n"
)
_ACTION = (
    '"use server";\n\n'
    'import { PutObjectCommand, S3 } from "@aws-sdk/client-s3";\n\n'
    "export async function uploadImage(formData: FormData) {\n"
    '  const file = formData.get("image") as File;\n'
    '  const client = new S3({ region: "auto", endpoint: process.env.BUCKET_ENDPOINT });\n'
    "  const body = Buffer.from(await file.arrayBuffer());\n"
    '  await client.send(new PutObjectCommand({ Bucket: "images", Key: file.name, Body: body }));\n'
    "}\n"
)


def _front() -> dict[str, str]:
    return {
        "app/package.json": json.dumps(
            {
                "name": "app",
                "private": True,
                "scripts": {"dev": "next dev", "build": "next build", "start": "next start"},
                "dependencies": {
                    "@aws-sdk/client-s3": "^3.456.0",
                    "@neshca/cache-handler": "^1.4.0",
                    "next": "14.2.23",
                    "react": "18.2.0",
                    "react-dom": "18.2.0",
                    "redis": "^4.6.15",
                },
            },
            indent=2,
        ),
        "app/next.config.js": _CONFIG,
        "app/cache-handler.js": _HANDLER,
        "app/src/actions/image-upload.ts": _ACTION,
        "app/src/app/page.tsx": "export default async function Home() {\n"
        '  const res = await fetch("https://api.example.org/players");\n'
        "  return <main>{(await res.json()).length}</main>;\n}\n",
    }


def test_a_front_whose_extensionless_cache_handler_alone_opens_redis_is_a_ui(
    tmp_path: Path,
) -> None:
    assert "app" not in by_folder(write(tmp_path, _front()))


def test_a_front_whose_route_keeps_data_in_redis_stays_a_backend(tmp_path: Path) -> None:
    files = _front()
    files["app/src/app/api/votes/route.ts"] = (
        'import { createClient } from "redis";\n\n'
        "const client = createClient();\n\n"
        "export async function POST(request: Request) {\n"
        '  await client.incr("votes");\n  return Response.json({ ok: true });\n}\n'
    )
    assert "app" in by_folder(write(tmp_path, files))
