"""Node: a metrics exporter whose only routes are scrapes and probes is no backend (set 147,
#19).

A product's exporter, an Express program in a folder of its own (its Dockerfile, its
package.json declaring `prom-client` and the Kubernetes client), gathers the metrics of the
product's pods and answers `GET /runtime/metrics/:token`, `GET /database/metrics/:token` and
`GET /healthz`: Prometheus and the orchestrator are its only callers, and it keeps no data.
HELDOUT.md sets such programs aside (workers with no data whose only routes serve operators),
and `go_ops_routes` already does for Go's; Node's are read the same way (`node_ops_routes`)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PACKAGE = {
    "name": "runtime-exporter",
    "main": "./dist/index.js",
    "private": True,
    "scripts": {"build": "tsc -p tsconfig.json", "start": "node ./dist/index.js"},
    "dependencies": {
        "@kubernetes/client-node": "^0.19.0",
        "express": "^4.18.2",
        "prom-client": "^15.0.0",
    },
    "devDependencies": {"typescript": "^5.2.2", "@types/express": "^4.17.20"},
}
_INDEX = """import express, { Request, Response } from 'express'
import getRuntimeMetrics from './handler/get-runtime-metrics'
import getDatabaseMetrics from './handler/get-db-metrics'

const app = express()

app.get('/runtime/metrics/:token', getRuntimeMetrics)
app.get('/database/metrics/:token', getDatabaseMetrics)
app.get('/healthz', (_, res: Response) => res.send('ok'))
{extra}
app.use((err: Error, _req: Request, res: Response, next: any) => {
  res.status(500).send('Internal Server Error')
  next()
})

app.listen(process.env.PORT ?? 2342)
"""
_HANDLER = """import { RequestHandler } from 'express'
import * as prom from 'prom-client'

const register = new prom.Registry()
const CPU = new prom.Gauge({ name: 'app_cpu', help: 'cpu', registers: [register] })

const handler: RequestHandler = async (req, res) => {
  if (req.params.token !== process.env.API_SECRET) {
    return res.status(403).send('forbidden')
  }
  CPU.set(1)
  res.set('Content-Type', register.contentType)
  res.end(await register.metrics())
}

export default handler
"""


def _tree(extra: str = "", metrics: bool = True) -> dict[str, str]:
    package = json.loads(json.dumps(_PACKAGE))
    if not metrics:
        del package["dependencies"]["prom-client"]
    return {
        # The product's API beside it, so that a tree with no backend left is not guessed at.
        "server/package.json": json.dumps(
            {"name": "server", "dependencies": {"express": "^4.18.2", "mongodb": "^5.9.2"}}
        ),
        "server/src/index.js": "const express = require('express')\n"
        "const { MongoClient } = require('mongodb')\nconst app = express()\n"
        "const db = new MongoClient(process.env.DATABASE_URL).db()\n"
        "app.get('/v1/apps', async (req, res) => res.json(await db.collection('apps').find()"
        ".toArray()))\napp.listen(3000)\n",
        "services/exporter/package.json": json.dumps(package, indent=2),
        "services/exporter/tsconfig.json": "{}\n",
        "services/exporter/Dockerfile": (
            "FROM node:20\nCOPY . .\nCMD [\"node\", \"dist/index.js\"]\n"
        ),
        "services/exporter/src/index.ts": _INDEX.replace("{extra}", extra),
        "services/exporter/src/handler/get-runtime-metrics.ts": _HANDLER,
        "services/exporter/src/handler/get-db-metrics.ts": _HANDLER,
    }


def test_an_exporter_of_metrics_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "server" in found
    assert "services/exporter" not in found


def test_a_client_route_beside_the_scrapes_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: a route a client calls (the apps it lists) makes it serve clients.
    tree = _tree(extra="app.get('/api/apps/:appid', (req, res) => res.json([]))\n")
    assert "services/exporter" in by_folder(write(tmp_path, tree))


def test_without_a_metrics_client_the_reading_is_not_made(tmp_path: Path) -> None:
    # Counter-case: no metrics client declared; the rule reads exporters only.
    assert "services/exporter" in by_folder(write(tmp_path, _tree(metrics=False)))
