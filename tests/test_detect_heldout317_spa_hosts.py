"""Held-out set 317 (#19): an Express package whose only job is to hand out a single-page
application's build (copied in from a UI package elsewhere in the tree by the image that
starts it): Express's static middleware, a file of the build for a fixed path, and a
catch-all route sending `index.html`. It is the UI's server, not a backend. The same server
with a route answering something else of its own (a JSON status) stays a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_SERVER = """const express = require('express');
const http = require('http');
const path = require('path');
const cors = require('cors');
const bodyParser = require('body-parser');

const app = express();
const port = process.env.PORT || 8080;

app.use(cors());
app.use(bodyParser.json());

// Serve static files from the built UI
app.use(express.static(path.join(__dirname, 'dist/app')));
app.use('/assets', express.static(path.join(__dirname, 'dist/app/assets')));

app.all(['/assets/data/user.json'], (req, res) => {
    res.sendFile(path.join(__dirname, 'dist/app/assets/data/user.json'));
});
{extra}
app.get('/*', (req, res) => {
    res.sendFile(path.join(__dirname, 'dist/app/index.html'));
});

http.createServer(app).listen(port, '0.0.0.0');
"""

_STATUS = """
app.get('/status', (req, res) => {
    res.json({ up: true, started: Date.now() });
});
"""


def _tree(extra: str) -> dict[str, str]:
    manifest = {
        "name": "host",
        "main": "server.js",
        "scripts": {"start": "node server.js"},
        "dependencies": {"body-parser": "^1.20.3", "cors": "^2.8.5", "express": "^4.21.2"},
    }
    ui = {
        "name": "app",
        "scripts": {"build": "ng build"},
        "dependencies": {"@angular/core": "^18.0.0", "rxjs": "~7.8.0"},
    }
    return {
        "client/web/backend/package.json": json.dumps(manifest, indent=2),
        "client/web/backend/server.js": _SERVER.replace("{extra}", extra),
        "client/web/src/main/angular/package.json": json.dumps(ui, indent=2),
        "client/web/Dockerfile": "FROM node:20-alpine\nWORKDIR /app\n"
        "COPY ./dist/app ./dist/app\nCOPY backend /app\nRUN npm install --only=production\n"
        'ENTRYPOINT ["node", "/app/server.js"]\n',
    }


def test_server_handing_out_a_spa_build_alone_is_the_uis(tmp_path: Path) -> None:
    assert "client/web/backend" not in by_folder(write(tmp_path, _tree("")))


def test_server_with_a_route_of_its_own_stays(tmp_path: Path) -> None:
    assert "client/web/backend" in by_folder(write(tmp_path, _tree(_STATUS)))
