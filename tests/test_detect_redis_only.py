"""Redis as the engine of a service that names no other database (#19): its own code opens
the client, so what it keeps (tokens, invoices, task metadata) lives there."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(**dependencies: str) -> str:
    return json.dumps({"name": "lndhub", "dependencies": {"express": "^4.17.1", **dependencies}})


_API = (
    "var express = require('express');\nvar Redis = require('ioredis');\n"
    "var redis = new Redis(config.redis);\nlet app = express();\napp.listen(3000);\n"
)


def test_a_service_keeping_its_data_in_redis(tmp_path: Path) -> None:
    files = {"package.json": _package(ioredis="^4.27.10"), "index.js": _API}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"
    assert first(backend, K.CACHE)[0] == "Redis"


def test_beside_another_engine_redis_stays_a_cache(tmp_path: Path) -> None:
    files = {"package.json": _package(ioredis="^4.27.10", pg="^8.11.0"), "index.js": _API}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert [f.name for f in backend.findings if f.kind is K.DATABASE] == ["PostgreSQL"]


def test_a_client_only_the_tests_open_names_no_store(tmp_path: Path) -> None:
    files = {
        "package.json": _package(ioredis="^4.27.10"),
        "index.js": "var express = require('express');\nexpress().listen(3000);\n",
        "test/cache.test.js": "const Redis = require('ioredis');\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE) == ("", "")


def test_a_python_service_opening_redis(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": '[project]\nname = "summary"\nversion = "0.1.0"\n'
        'dependencies = ["fastapi>=0.105.0", "redis==5.2.1"]\n',
        "summary/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "summary/tracker.py": "import redis\n\nstore = redis.from_url('redis://redis:6379')\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"
