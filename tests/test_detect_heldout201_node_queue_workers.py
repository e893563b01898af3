"""Node: a queue consumer whose only Express routes are health checks is a worker (set 201, #19).

A product's notification service polls an SQS queue (`ReceiveMessageCommand`) and sends the
e-mails and Slack posts each message asks for; it starts Express only for its orchestrator's
probes (`app.use('/status', status)`, `app.use('/health', ready)` in a routes module taking
`app: Express`). Its code is full of other `get` calls (a cache's, a map's). With no data of
its own it is no backend (`node_queue_workers`). A route serving anything else, a data layer,
or no queue consumed keeps it one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "notifier",\n  "private": true,\n  "main": "dist/app.js",\n'
    '  "dependencies": {\n    "@aws-sdk/client-sqs": "^3.360.0",\n'
    '    "@slack/webhook": "^5.0.3",\n    "express": "^4.18.2",\n    "node-cache": "^5.1.2"\n'
    '  },\n  "devDependencies": {\n    "typescript": "^4.7.3"\n  },\n'
    '  "scripts": {\n    "build": "tsc",\n    "start": "node dist/app.js"\n  }\n}\n'
)

_APP = (
    "import express from 'express';\n"
    "import { SQS, ReceiveMessageCommand } from '@aws-sdk/client-sqs';\n"
    "import routes from './routes';\nimport { notify } from './notify';\n\n"
    "const sqs = new SQS({});\n\n"
    "const poll = async (queueUrl: string): Promise<void> => {\n"
    "  const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }));\n"
    "  for (const message of Messages ?? []) await notify(message);\n};\n\n"
    "const app = express();\nroutes(app);\napp.listen(3000);\n"
    "setInterval(() => poll(process.env.QUEUE_URL ?? ''), 1000);\n"
)

_ROUTES = (
    "import { Express } from 'express';\nimport { status, ready } from './health';\n\n"
    "export default (app: Express): void => {\n"
    "  app.use('/status', status);\n  app.use('/health', ready);\n};\n"
)

_NOTIFY = (
    "import NodeCache from 'node-cache';\nconst cache = new NodeCache();\n"
    "const periods = new Map<string, number>();\n\n"
    "export const notify = async (message: unknown): Promise<void> => {\n"
    "  const hook = cache.get('hook');\n  const period = periods.get('daily');\n"
    "  console.log(hook, period, message);\n};\n"
)


def _notifier() -> dict[str, str]:
    # Beside it, the product's API (keeping its data in PostgreSQL), which queues the messages.
    return {
        "api/package.json": (
            '{\n  "name": "api",\n  "dependencies": {\n    "express": "^4.18.2",\n'
            '    "pg": "^8.11.0"\n  }\n}\n'
        ),
        "api/src/server.js": (
            "const express = require('express');\nconst { Pool } = require('pg');\n"
            "const pool = new Pool();\nconst app = express();\n"
            "app.post('/alerts', async (req, res) => res.json(await pool.query('SELECT 1')));\n"
            "app.listen(8080);\n"
        ),
        "notifier/package.json": _PACKAGE,
        "notifier/Dockerfile": "FROM node:18\nCOPY . .\nCMD [\"node\", \"dist/app.js\"]\n",
        "notifier/src/app.ts": _APP,
        "notifier/src/routes/index.ts": _ROUTES,
        "notifier/src/routes/health.ts": (
            "import { Handler } from 'express';\n"
            "export const status: Handler = (req, res) => res.send({ ok: true });\n"
            "export const ready: Handler = (req, res) => res.send({ ok: true });\n"
        ),
        "notifier/src/notify.ts": _NOTIFY,
    }


def test_a_queue_consumer_with_health_routes_only_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _notifier()))
    assert "notifier" not in found
    assert first(found["api"], K.FRAMEWORK)[0] == "Express"


def test_a_route_of_its_own_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: it also takes notifications to send over HTTP.
    files = _notifier()
    files["notifier/src/routes/index.ts"] = _ROUTES.replace(
        "};\n", "  app.post('/notifications', ready);\n};\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["notifier"], K.FRAMEWORK)[0] == "Express"


def test_a_router_in_another_module_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: a router bound to `express.Router()` elsewhere serves an API.
    files = _notifier()
    files["notifier/src/routes/api.ts"] = (
        "import express from 'express';\nconst api = express.Router();\n"
        "api.get('/subscriptions', (req, res) => res.json([]));\nexport default api;\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["notifier"], K.FRAMEWORK)[0] == "Express"


def test_no_queue_consumed_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: with no message taken from a queue, it is not known for a worker.
    files = _notifier()
    files["notifier/src/app.ts"] = _APP.replace(
        "await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }))", "{ Messages: [] }"
    ).replace("SQS, ReceiveMessageCommand", "SQS")
    found = by_folder(write(tmp_path, files))
    assert first(found["notifier"], K.FRAMEWORK)[0] == "Express"
