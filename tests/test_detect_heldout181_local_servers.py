"""Node: a package whose own manifest calls it a local server is a tool (set 181, #19).

Beside a deployed API, a repository keeps `Testing/review-tool/server/`: an Express server whose
package.json says `"description": "Local server for the page review tracker"`, started with
`npm start` by a tester whose browser extension marks pages in a Markdown checklist. It keeps no
data, nothing deploys it and nothing outside its folder names its path: a tool, not a backend
(`local_servers`). The same server with a Dockerfile of its own, a data layer, a Compose file
naming its path, or another description stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_TOOL = "tools-folder/review/server"


def _repo(description: str = "Local server for the page review tracker") -> dict[str, str]:
    return {
        "api/package.json": '{\n  "name": "api",\n  "scripts": {"start": "node index.js"},\n'
        '  "dependencies": {"express": "^4.19.2", "pg": "^8.11.0"}\n}\n',
        "api/index.js": "const express = require('express');\nconst { Pool } = require('pg');\n"
        "const pool = new Pool();\nconst app = express();\n"
        "app.get('/events', async (req, res) => res.json((await pool.query('select 1')).rows));\n"
        "app.listen(8080);\n",
        "api/Dockerfile": "FROM node:20\nCOPY . .\nCMD [\"node\", \"index.js\"]\n",
        f"{_TOOL}/package.json": '{\n  "name": "review-server",\n'
        f'  "description": "{description}",\n  "main": "server.js",\n'
        '  "scripts": {"start": "node server.js"},\n'
        '  "dependencies": {"cors": "^2.8.5", "express": "^5.0.0"}\n}\n',
        f"{_TOOL}/server.js": "const express = require('express');\nconst fs = require('fs');\n"
        "const app = express();\napp.use(express.json());\n"
        "app.get('/api/items', (req, res) => res.json(fs.readFileSync('../../List.md', 'utf8')));\n"
        "app.listen(3456);\n",
    }


def test_a_self_described_local_server_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert set(found) == {"api"}


def test_another_description_keeps_it(tmp_path: Path) -> None:
    # Counter-case: a server described otherwise ("a server for the review tracker"), or with
    # "local" meaning something else ("server for local businesses"), is read as before.
    for index, description in enumerate((
        "Server for the page review tracker",
        "Local businesses directory server",
    )):
        found = by_folder(write(tmp_path / str(index), _repo(description)))
        assert _TOOL in found


def test_a_deployed_or_data_keeping_local_server_stays(tmp_path: Path) -> None:
    # Counter-cases: its own Dockerfile deploys it; a Compose file outside names its path; a
    # database of its own makes it a service, whatever it calls itself.
    files = _repo()
    files[f"{_TOOL}/Dockerfile"] = "FROM node:20\nCOPY . .\nCMD [\"npm\", \"start\"]\n"
    assert _TOOL in by_folder(write(tmp_path / "docker", files))
    files = _repo()
    files["docker-compose.yml"] = f"services:\n  review:\n    build: ./{_TOOL}\n"
    assert _TOOL in by_folder(write(tmp_path / "compose", files))
    files = _repo()
    files[f"{_TOOL}/package.json"] = files[f"{_TOOL}/package.json"].replace(
        '"express": "^5.0.0"', '"express": "^5.0.0", "mongoose": "^8.0.0"'
    )
    files[f"{_TOOL}/db.js"] = (
        "const mongoose = require('mongoose');\nmongoose.connect(process.env.MONGO_URL);\n"
    )
    assert _TOOL in by_folder(write(tmp_path / "data", files))
