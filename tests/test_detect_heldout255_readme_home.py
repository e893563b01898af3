"""Held-out set 255 (#19): a product of many languages with no root package.json carries a
third-party log viewer under its own folders (`src/log-view/server`: an Express and socket.io
server, its package.json's `repository` still the viewer's author's GitHub project), which a
Windows service of the product starts. The root README names the product's own repository
throughout (clone command, links to its issues and docs): with no root manifest, that owner is
the project's home, and a Node package keeping no data whose manifest names another owner's
repository is a copied tool, not a backend (`vendored_tools`).

Counter-cases: a README naming its owner only once tells no home, nor does one naming two
owners equally often; a README naming the copied package's own owner makes it the project's.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_VIEWER = """import express from 'express'
import { Server } from 'socket.io'

const app = express()
const server = app.listen(6688)
new Server(server).on('connection', () => undefined)
"""

_API = """const express = require('express')
const { MongoClient } = require('mongodb')

const app = express()
const client = new MongoClient('mongodb://127.0.0.1:27017')
app.get('/tags', async (req, res) =>
  res.json(await client.db('rt').collection('tags').find().toArray()))
app.listen(8080)
"""

_FOLDER = "src/log-view/server"


def _readme(owner: str, times: int, other: str = "") -> str:
    lines = ["# Plant SCADA", ""]
    lines += [f"- see https://github.com/{owner}/plant-scada/wiki/page{i}" for i in range(times)]
    if other:
        lines += [f"- see https://github.com/{other}/tool/issues/{i}" for i in range(times)]
    return "\n".join(lines) + "\n"


def _tree(readme: str) -> dict[str, str]:
    return {
        "README.md": readme,
        "src/api/package.json": package_json({"express": "^5.1.0", "mongodb": "^6.8.0"}),
        "src/api/index.js": _API,
        f"{_FOLDER}/package.json": package_json(
            {"express": "^5.1.0", "socket.io": "^4.8.1"}, name="log-view",
            repository={"type": "git", "url": "https://github.com/viewer-example/log-view.git"},
        ),
        f"{_FOLDER}/src/server.ts": _VIEWER,
        f"{_FOLDER}/tsconfig.json": "{}\n",
    }


def test_a_tool_naming_another_owner_than_the_readme_is_copied(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_readme("plant-example", 5))))
    assert set(backends) == {"src/api"}


def test_a_readme_naming_its_owner_once_tells_no_home(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_readme("plant-example", 1))))
    assert _FOLDER in backends


def test_a_readme_naming_two_owners_equally_tells_no_home(tmp_path: Path) -> None:
    readme = _readme("plant-example", 4, other="someone-example")
    backends = by_folder(write(tmp_path, _tree(readme)))
    assert _FOLDER in backends


def test_a_readme_naming_the_packages_owner_makes_it_the_projects(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_readme("viewer-example", 5))))
    assert _FOLDER in backends
