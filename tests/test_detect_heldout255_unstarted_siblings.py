"""Held-out set 255 (#19): a product installed on machines, not shipped as images, whose Node
servers lie side by side under `src/` and whose service definitions (supervisord programs,
Windows services through nssm) start two of them. Two other Express servers of that folder,
one with a MongoDB driver and one over PostgreSQL, are only `npm install`ed by the build
script: no service definition, Compose file or Dockerfile starts them. They are tools a user
starts by hand, not the product's backends (`unstarted_siblings`).

Counter-cases: without any service definition every server stays; a sibling a Compose service
starts stays, and so does one with a Dockerfile of its own; a server outside the started ones'
parent folder stays; a build script's `npm install` lines start nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_API = """const express = require('express')
const { MongoClient } = require('mongodb')

const app = express()
const client = new MongoClient(process.env.MONGO_URL || 'mongodb://127.0.0.1:27017')
app.get('/tags', async (req, res) =>
  res.json(await client.db('rt').collection('tags').find().toArray()))
app.listen(8080)
"""

_RECEIVER = """const express = require('express')
const { MongoClient } = require('mongodb')

const app = express()
app.use(express.json())
const client = new MongoClient('mongodb://127.0.0.1:27017')
app.post('/alert', async (req, res) => {
  await client.db('rt').collection('events').insertOne(req.body)
  res.sendStatus(200)
})
app.listen(51910)
"""

_SUPERVISOR = """[program:api]
command=/usr/bin/node /home/plant/product/src/api/index.js
directory=/home/plant/product/src/api/
autostart=true
"""

_EXPORTER = """[program:exporter]
command=/usr/bin/node /home/plant/product/src/exporter/index.js
directory=/home/plant/product/src/exporter/
autostart=false
"""

_SERVICES_BAT = """@echo off
nssm install Product_api "C:\\product\\node\\node.exe" "C:\\product\\src\\api\\index.js"
nssm set Product_api AppDirectory "C:\\product\\src\\api"
nssm install Product_exporter "C:\\product\\node\\node.exe" "C:\\product\\src\\exporter\\index.js"
nssm set Product_exporter Start SERVICE_DEMAND_START
"""

_BUILD = """#!/bin/bash
cd ../src/api && npm install
cd ../exporter && npm install
cd ../alert-receiver && npm install
cd ../history-gql && npm install
"""


def _server(deps: dict[str, str], code: str) -> dict[str, str]:
    return {"package.json": package_json(deps), "index.js": code}


def _tree(definitions: bool = True) -> dict[str, str]:
    files: dict[str, str] = {"platform-linux/build.sh": _BUILD}
    if definitions:
        files["platform-linux/api.ini"] = _SUPERVISOR
        files["platform-linux/exporter.ini"] = _EXPORTER
        files["platform-windows/create_services.bat"] = _SERVICES_BAT
    mongo = {"express": "^4.21.0", "mongodb": "^6.8.0"}
    for folder, code in (
        ("src/api", _API),
        ("src/exporter", _API),
        ("src/alert-receiver", _RECEIVER),
    ):
        for name, text in _server(mongo, code).items():
            files[f"{folder}/{name}"] = text
    files["src/history-gql/package.json"] = package_json({"express": "^4.21.0", "pg": "^8.12.0"})
    files["src/history-gql/index.js"] = (
        "const express = require('express')\nconst { Pool } = require('pg')\n\n"
        "const pool = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:5432/hist' })\n"
        "const app = express()\napp.get('/q', async (req, res) => "
        "res.json((await pool.query('select 1')).rows))\napp.listen(4000)\n"
    )
    return files


def test_servers_no_service_definition_starts_are_tools(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert set(backends) == {"src/api", "src/exporter"}


def test_without_service_definitions_every_server_stays(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(definitions=False)))
    assert set(backends) == {"src/api", "src/exporter", "src/alert-receiver", "src/history-gql"}


def test_a_sibling_a_compose_service_starts_stays(tmp_path: Path) -> None:
    files = _tree()
    files["docker/docker-compose.yaml"] = (
        "services:\n  receiver:\n    image: node:22-alpine\n"
        "    command: sh -c \"cd /alert-receiver && node index.js\"\n"
        "    volumes:\n      - ../src/alert-receiver:/alert-receiver\n"
    )
    backends = by_folder(write(tmp_path, files))
    assert "src/alert-receiver" in backends
    assert "src/history-gql" not in backends


def test_a_sibling_with_its_own_dockerfile_stays(tmp_path: Path) -> None:
    files = _tree()
    files["src/history-gql/Dockerfile"] = (
        "FROM node:22-alpine\nCOPY . /app\nWORKDIR /app\nCMD [\"node\", \"index.js\"]\n"
    )
    backends = by_folder(write(tmp_path, files))
    assert "src/history-gql" in backends


def test_a_server_outside_the_started_ones_folder_stays(tmp_path: Path) -> None:
    files = _tree()
    for name, text in _server({"express": "^4.21.0", "mongodb": "^6.8.0"}, _RECEIVER).items():
        files[f"modules/alert-receiver/{name}"] = text
    backends = by_folder(write(tmp_path, files))
    assert "modules/alert-receiver" in backends
