"""Node: a Redis whose every write expires is a cache, not the data of a Next.js app (set 183,
#19).

A payments product keeps, beside its API (Express over MongoDB), a Next.js checkout whose pages
go to that API. One route handler, the Lightning callback, opens an ioredis client and parks a
request there for the minutes a payment takes: `redis.set(key, value, "EX", 1440)`, its only
write. Every write expiring, the client is a cache the code fills (`redis_only`), no data of
its own: the checkout is a UI (`nonservices.ui_only`), and Redis is not its database. A write
that does not expire keeps it a store: the app then keeps data of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_CALLBACK = (
    'import { NextResponse } from "next/server"\nimport Redis from "ioredis"\n\n'
    "let redis: Redis | null = null\nif (process.env.REDIS_HOST) {\n"
    "  redis = new Redis({ host: process.env.REDIS_HOST })\n}\n\n"
    "export async function GET(request: Request) {\n"
    '  const invoice = await fetch("http://api/graphql", { method: "POST" })\n'
    "  if (redis) {\n    WRITE\n  }\n  return NextResponse.json({ ok: true })\n}\n"
)
_API = (
    'const express = require("express")\nconst mongoose = require("mongoose")\n\n'
    "mongoose.connect(process.env.MONGODB_URI)\nconst app = express()\n"
    'app.get("/accounts", async (req, res) => res.json([]))\napp.listen(4000)\n'
)


def _tree(write_line: str) -> dict[str, str]:
    return {
        "api/package.json": package_json({"express": "4.21.2", "mongoose": "8.13.2"}),
        "api/src/server.js": _API,
        "apps/pay/package.json": package_json(
            {"next": "14.2.26", "react": "18.3.1", "react-dom": "18.3.1", "ioredis": "5.3.2"}
        ),
        "apps/pay/app/page.tsx": "export default function Page() {\n  return <main />\n}\n",
        "apps/pay/app/callback/route.ts": _CALLBACK.replace("WRITE", write_line),
    }


def test_an_expiring_cache_is_no_data_of_a_next_app(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree('redis.set(`zap:${1}`, "{}", "EX", 1440)')))
    assert set(found) == {"api"}


def test_a_write_that_stays_keeps_the_store(tmp_path: Path) -> None:
    # Counter-case: the same app keeping what it writes (no expiry) keeps data of its own.
    found = by_folder(write(tmp_path, _tree('redis.set(`zap:${1}`, "{}")')))
    assert set(found) == {"api", "apps/pay"}
    assert first(found["apps/pay"], K.DATABASE)[0] == "Redis"
