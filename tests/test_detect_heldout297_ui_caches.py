"""Held-out set 297 (#19): a React Router front caching its CMS's answers in Redis.

A pnpm workspace keeps a Payload CMS (Next.js over MongoDB: the backend) beside a React Router
front that renders the site from the CMS's API. The front opens a Redis client in a module of
its own (`app/redis.ts`, exported) and fills it elsewhere under cache keys
(`redis.set(cacheKeyWithLocale, …)`), expiring entries by a timestamp stored beside them: a
cache, no data of its own, so the front is a UI. A Redis written under other keys stays the
front's store. And the workspace's Playwright package (`tests/e2e`) drives the front's pages
as much as the CMS: it is not handed to the only backend while a full-stack UI serves beside
it.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(
    name: str,
    deps: dict[str, str],
    dev: dict[str, str] | None = None,
    scripts: dict[str, str] | None = None,
) -> str:
    return json.dumps(
        {"name": name, "private": True, "type": "module", "scripts": scripts or {},
         "dependencies": deps, "devDependencies": dev or {}, "engines": {"node": "22"}}
    )


_CMS = {
    "apps/cms/package.json": _package(
        "cms",
        {"next": "15.4.4", "payload": "3.52.0", "@payloadcms/db-mongodb": "3.52.0",
         "@payloadcms/next": "3.52.0", "react": "19.1.0"},
    ),
    "apps/cms/src/payload.config.ts": (
        'import { buildConfig } from "payload";\n'
        'import { mongooseAdapter } from "@payloadcms/db-mongodb";\n'
        "export default buildConfig({ db: mongooseAdapter({ url: process.env.DATABASE_URI }) });\n"
    ),
    "apps/cms/src/app/(payload)/api/[...slug]/route.ts": (
        'import config from "@payload-config";\n'
        'import { REST_GET, REST_POST } from "@payloadcms/next/routes";\n'
        "export const GET = REST_GET(config);\nexport const POST = REST_POST(config);\n"
    ),
    "apps/cms/.env.example": "DATABASE_URI=mongodb://127.0.0.1/cms\n",
}

_REDIS = """import { createClient } from "redis";

if (!globalThis.redis) {
  globalThis.redis = createClient({ url: process.env.REDIS_URL });
  globalThis.redis.connect();
}

export const redis = globalThis.redis as ReturnType<typeof createClient>;
"""


def _data(key: str) -> str:
    return (
        'import { redis } from "./redis";\n\n'
        "export async function getData(url: string, cacheKey: string, id: string) {\n"
        f"  const cached = await redis.get({key});\n"
        "  if (cached) return JSON.parse(cached);\n"
        "  const data = await (await fetch(url)).json();\n"
        f"  await redis.set({key}, JSON.stringify({{ data, cachedAt: new Date() }}));\n"
        f"  await redis.del({key});\n"
        "  return data;\n}\n"
    )


def _files(key: str) -> dict[str, str]:
    return {
        "package.json": _package("site", {}),
        "pnpm-workspace.yaml": 'packages:\n  - "apps/*"\n  - "tests/e2e"\n',
        **_CMS,
        "apps/frontend/package.json": _package(
            "frontend",
            {"@react-router/node": "7.7.0", "@react-router/serve": "7.7.0",
             "react-router": "7.7.0", "redis": "4.7.1", "react": "19.1.0"},
            scripts={"build": "react-router build", "dev": "react-router dev",
                     "start": "react-router-serve ./build/server/index.js"},
        ),
        "apps/frontend/Dockerfile": (
            "FROM node:22\nCOPY . .\nRUN pnpm build\nCMD [\"pnpm\", \"start\"]\n"
        ),
        "apps/frontend/react-router.config.ts": "export default { ssr: true };\n",
        "apps/frontend/app/root.tsx": "export default function App() { return null; }\n",
        "apps/frontend/app/redis.ts": _REDIS,
        "apps/frontend/app/cms-data.server.ts": _data(key),
        "tests/e2e/package.json": _package("e2e", {}, {"@playwright/test": "1.54.1"}),
        "tests/e2e/playwright.config.ts": (
            'import { defineConfig } from "@playwright/test";\n'
            "export default defineConfig({ use: { baseURL: process.env.FRONTEND_BASE_URL } });\n"
        ),
        "tests/e2e/tests/basic.spec.ts": (
            'import { test } from "@playwright/test";\ntest("home", async ({ page }) => {});\n'
        ),
    }


def test_front_caching_under_cache_keys_is_a_ui(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files("cacheKey")))
    assert "apps/frontend" not in found
    assert first(found["apps/cms"], K.DATABASE)[0] == "MongoDB"


def test_e2e_suite_beside_a_served_ui_is_not_the_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files("cacheKey")))
    assert first(found["apps/cms"], K.TEST)[0] == ""


def test_front_writing_other_keys_keeps_redis(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files("`booking:${id}`")))
    assert first(found["apps/frontend"], K.DATABASE)[0] == "Redis"
