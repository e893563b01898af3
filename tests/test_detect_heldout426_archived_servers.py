"""A product's former server kept in an archive folder beside its live server (#19): an aiohttp
server with its requirements under `archive/server`, while a TypeScript server elsewhere is
built by the product's Compose file. Nothing outside the archive folder names it: a leftover,
no backend. Named by a build file, or alone in the tree, it stays."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

SERVER = (
    "from aiohttp import web\nfrom pymongo import MongoClient\n\n"
    "db = MongoClient('mongodb://localhost:27017')['app']\n"
    "app = web.Application()\n\nasync def handle(request):\n"
    "    db.items.insert_one({'a': 1})\n    return web.json_response({})\n\n"
    "app.router.add_post('/items', handle)\nweb.run_app(app, port=8080)\n"
)
CLOUD = (
    "import express from 'express';\nimport mongoose from 'mongoose';\n"
    "const app = express();\nmongoose.connect(process.env.MONGO_URL);\n"
    "app.get('/health', (req, res) => res.json({ ok: true }));\napp.listen(80);\n"
)
COMPOSE = "services:\n  cloud:\n    build: ./cloud/packages/cloud\n    ports: ['80:80']\n"


def _files(**extra: str) -> dict[str, str]:
    manifest = {"name": "cloud", "dependencies": {"express": "^4.18.2", "mongoose": "^6.5.2"}}
    return {
        "archive/server/requirements.txt": "aiohttp\npymongo\n",
        "archive/server/server.py": SERVER,
        "cloud/packages/cloud/package.json": json.dumps(manifest, indent=2),
        "cloud/packages/cloud/src/index.ts": CLOUD,
        "cloud/packages/cloud/Dockerfile": "FROM node:20\nCOPY . .\nCMD [\"node\", \"src\"]\n",
        "cloud/docker-compose.yml": COMPOSE,
        **extra,
    }


def test_archived_server_beside_live_one_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _files()))) == ["cloud/packages/cloud"]


def test_archived_server_a_build_file_names_stays(tmp_path: Path) -> None:
    compose = COMPOSE + "  old:\n    build: ./archive/server\n"
    found = by_folder(write(tmp_path, _files(**{"cloud/docker-compose.yml": compose})))
    assert "archive/server" in found


def test_archived_server_alone_stays(tmp_path: Path) -> None:
    files = {k: v for k, v in _files().items() if k.startswith("archive/")}
    assert "archive/server" in by_folder(write(tmp_path, files))
