"""Held-out set 340 (#19): a TanStack Start front in a workspace beside the product's Hono API.
Its package also ships server.mjs, a Hono app that hands out the client build's assets, answers
a health path, turns `/api/*` away with a 404 and hands every other path to the built server
entry (`import startEntry from './dist/server/server.js'`, `startEntry.fetch(c.req.raw)`). Its
server functions only fetch the API.

A package declaring a full-stack UI framework whose started server imports its own build's
server entry is that UI's host, as a Next.js custom server is (`uihosts`): a backend only by
the data it reaches. Counter-case: the same host whose server functions open a database is a
backend.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _web(extra: dict[str, str]) -> str:
    return json.dumps(
        {
            "name": "@shop/web",
            "private": True,
            "type": "module",
            "scripts": {"build": "vite build", "start:node": "node server.mjs"},
            "dependencies": {
                "@hono/node-server": "^1.19.0",
                "@tanstack/react-router": "1.168.27",
                "@tanstack/react-start": "1.168.27",
                "hono": "4.12.28",
                "react": "19.2.7",
                "react-dom": "19.2.7",
                **extra,
            },
            "devDependencies": {"vite": "7.3.6", "typescript": "6.0.3"},
        },
        indent=2,
    )


_API = json.dumps(
    {
        "name": "@shop/server",
        "private": True,
        "scripts": {"start": "node dist/cli.mjs"},
        "dependencies": {"hono": "4.12.28", "drizzle-orm": "0.45.2", "postgres": "3.4.9"},
    },
    indent=2,
)

_API_MAIN = """import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

const db = drizzle(postgres(process.env.DATABASE_URL!));
const app = new Hono();
app.get('/items', async (c) => c.json(await db.execute('select 1')));
serve({ fetch: app.fetch, port: 8080 });
"""

_HOST = """#!/usr/bin/env node
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';

import startEntry from './dist/server/server.js';

const app = new Hono();

app.all('/health', cors(), (c) => c.json({ status: 'OK' }));
app.all('/api/*', cors(), (c) => c.text('Not Found', 404));
app.all('/assets/*', serveStatic({ root: './dist/client/' }));
app.all('*', (c) => startEntry.fetch(c.req.raw));

serve({ fetch: app.fetch, hostname: '0.0.0.0', port: 3000 });
"""

_PROXY = """import { createServerFn } from '@tanstack/react-start';

export const fetchItems = createServerFn({ method: 'GET' }).handler(async () => {
  const res = await fetch(`${process.env.API_URL}/items`);
  return res.json();
});
"""

_STORED = """import { createServerFn } from '@tanstack/react-start';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!);

export const fetchItems = createServerFn({ method: 'GET' }).handler(async () => {
  return sql`select * from items`;
});
"""


def _tree() -> dict[str, str]:
    return {
        "package.json": json.dumps({"name": "shop", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
        "apps/server/package.json": _API,
        "apps/server/Dockerfile": 'FROM node:22\nCOPY . .\nCMD ["node", "dist/cli.mjs"]\n',
        "apps/server/src/index.ts": _API_MAIN,
        "apps/web/package.json": _web({}),
        "apps/web/tsconfig.json": "{}\n",
        "apps/web/Dockerfile": 'FROM node:22\nCOPY . .\nCMD ["node", "server.mjs"]\n',
        "apps/web/server.mjs": _HOST,
        "apps/web/src/query/proxy.ts": _PROXY,
        "apps/web/src/routes/index.tsx": "export default function Home() { return null; }\n",
    }


def test_the_host_of_a_built_full_stack_ui_is_the_ui(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "apps/server" in found
    assert "apps/web" not in found


def test_the_host_of_a_ui_opening_its_database_is_a_backend(tmp_path: Path) -> None:
    files = _tree()
    files["apps/web/package.json"] = _web({"postgres": "3.4.9"})
    files["apps/web/src/query/proxy.ts"] = _STORED
    assert "apps/web" in by_folder(write(tmp_path, files))
