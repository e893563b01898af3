"""A gap the 490th held-out set showed (benchmarks/detect_heldout490.yaml), as a small fixture
of the real files' shape (#19): beside a Django API in a folder of its own, a Node worker
(`contract_subscriber/`: a Dockerfile, `index.js` registering Babel and running a handler that
polls a blockchain's events and relays them to SQS, Redis keeping its place) declares
`express` among its dependencies, yet no file of its code imports it, creates a server or
listens. It serves no HTTP: no backend (`node_unrouted`). The same package importing Express
and listening stays one, and so does one whose program (`main`) is not among the code read.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PACKAGE = {
    "name": "subscribe_script",
    "version": "1.0.0",
    "main": "index.js",
    "scripts": {"start": "node index.js", "test": "nyc -a mocha"},
    "dependencies": {
        "@babel/register": "^7.6.2",
        "aws-sdk": "^2.201.0",
        "express": "^4.16.2",
        "ioredis": "^4.14.1",
        "web3": "^1.0.0-beta.26",
    },
    "devDependencies": {"@types/express": "^4.17.1", "mocha": "^5.1.1"},
}

_INDEX = """require("@babel/register")({ extensions: [".js", ".jsx", ".ts", ".tsx"] });

console.info("STARTING contract_subscriber");
const handler = require("./src/handler").default;

handler().catch(console.error);
"""

_HANDLER = """import Redis from "ioredis";
import { SQS } from "aws-sdk";
import Web3 from "web3";

const redis = new Redis(process.env.REDIS_URL);
const sqs = new SQS();

export default async function handler(): Promise<void> {
  const web3 = new Web3(process.env.ETH_NETWORK_URL || "");
  for (;;) {
    const from = Number(await redis.get("lastBlock")) || 0;
    const events = await web3.eth.getPastLogs({ fromBlock: from });
    for (const event of events) {
      const body = JSON.stringify(event);
      await sqs.sendMessage({ QueueUrl: process.env.QUEUE_URL || "", MessageBody: body }).promise();
    }
    await redis.set("lastBlock", String(from + 1));
  }
}
"""

_SERVED = """import express from "express";
import handler from "./handler";

const app = express();
app.get("/status", (req, res) => res.json({ ok: true }));
app.get("/events", (req, res) => res.json([]));
app.listen(8080);
handler();
"""

_DJANGO_SETTINGS = """DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql_psycopg2',
        'NAME': 'bounties',
    }
}
"""


def _tree(**extra: str) -> dict[str, str]:
    files = {
        "api/requirements.txt": "django>=1.8,<2.0\npsycopg2\n",
        "api/manage.py": (
            "import os\nimport sys\n\nif __name__ == '__main__':\n"
            "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'api.settings')\n"
            "    from django.core.management import execute_from_command_line\n"
            "    execute_from_command_line(sys.argv)\n"
        ),
        "api/api/settings.py": _DJANGO_SETTINGS,
        "api/Dockerfile": "FROM python:3.6\nCOPY . /app\nCMD python manage.py runserver\n",
        "subscriber/package.json": json.dumps(_PACKAGE, indent=2),
        "subscriber/Dockerfile": "FROM node:10\nCOPY . /app\nCMD node index.js\n",
        "subscriber/index.js": _INDEX,
        "subscriber/src/handler.ts": _HANDLER,
    }
    files.update(extra)
    return files


def test_worker_declaring_express_it_never_imports_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _tree()))) == ["api"]


def test_worker_serving_routes_stays_a_backend(tmp_path: Path) -> None:
    files = _tree(**{"subscriber/src/server.ts": _SERVED})
    assert "subscriber" in by_folder(write(tmp_path, files))


def test_package_whose_program_is_not_read_stays_a_backend(tmp_path: Path) -> None:
    """Its `main` is a build output the tree does not hold: the code that runs is unread."""
    package = {**_PACKAGE, "main": "dist/server.js", "scripts": {"start": "node dist/server.js"}}
    files = _tree(**{"subscriber/package.json": json.dumps(package, indent=2)})
    del files["subscriber/index.js"]
    assert "subscriber" in by_folder(write(tmp_path, files))
