"""Held-out set 506 (#19): an RSS-feed builder's Gradle build keeps, beside its Spring Boot
service (here an Express API on PostgreSQL), a small Express package whose one module adds CORS
headers for the product's UI, answers preflights and hands every path to
`createProxyMiddleware({ target })` in front of a geocoder the product runs. It routes nothing
itself and keeps no data: it forwards a UI's own calls to another program's API
(`Unit.no_web`).

Counter-cases: a route of its own beside the proxy, or several proxies mounted under paths of
their own (a gateway over the product's services), keep it a backend.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = json.dumps(
    {
        "name": "geo-proxy",
        "private": True,
        "scripts": {"build": "tsc"},
        "dependencies": {"express": "^5.1.0", "http-proxy-middleware": "^3.0.5"},
        "devDependencies": {"@types/express": "5.0.3", "typescript": "5.9.2"},
    },
    indent=2,
)

_SERVER = """import express, { NextFunction, Request, Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';

const PORT: number = parseInt(process.env.PORT || '80', 10);
const TARGET: string = process.env.TARGET || 'geocoder.default.svc.cluster.local:8080';

const app = express();

app.use((req: Request, res: Response, next: NextFunction) => {
  res.header('Access-Control-Allow-Origin', 'https://example.org');
  res.header('Access-Control-Allow-Methods', 'GET,OPTIONS');
  if (req.method === 'OPTIONS') {
    return res.sendStatus(204);
  }
  next();
});

app.use(
  '/',
  createProxyMiddleware({
    target: TARGET,
    changeOrigin: true
  })
);

const server = app.listen(PORT, () => console.log(server.address()));
"""


def _tree(server: str = _SERVER) -> dict[str, str]:
    return {
        "packages/geo-proxy/package.json": _PACKAGE,
        "packages/geo-proxy/tsconfig.json": "{}\n",
        "packages/geo-proxy/Dockerfile": (
            'FROM node:24-alpine\nCOPY . .\nCMD ["node", "dist/server.js"]\n'
        ),
        "packages/geo-proxy/src/server.ts": server,
        # The product's own API beside it.
        "packages/api/package.json": json.dumps(
            {"name": "api", "dependencies": {"express": "^5.1.0", "pg": "^8.11.0"}}
        ),
        "packages/api/src/index.js": (
            "const express = require('express');\nconst { Pool } = require('pg');\n"
            "const pool = new Pool();\nconst app = express();\n"
            "app.get('/feeds', async (req, res) => "
            "res.json((await pool.query('SELECT * FROM feeds')).rows));\n"
            "app.listen(8080);\n"
        ),
    }


def test_express_forwarding_every_path_through_one_proxy_is_no_backend(tmp_path: Path) -> None:
    assert "packages/geo-proxy" not in by_folder(write(tmp_path, _tree()))


def test_a_route_of_its_own_keeps_it_a_backend(tmp_path: Path) -> None:
    server = _SERVER.replace(
        "app.use(\n  '/',", "app.get('/places', (req, res) => res.json([]));\n\napp.use(\n  '/',"
    )
    backend = by_folder(write(tmp_path, _tree(server)))["packages/geo-proxy"]
    assert first(backend, K.FRAMEWORK)[0] == "Express"


def test_a_gateway_of_several_proxies_stays_a_backend(tmp_path: Path) -> None:
    server = _SERVER.replace(
        "app.use(\n  '/',",
        "app.use('/users', createProxyMiddleware({ target: 'http://users:8080' }));\n\n"
        "app.use(\n  '/orders',",
    )
    backend = by_folder(write(tmp_path, _tree(server)))["packages/geo-proxy"]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
