"""Held-out set 340 (#19): an office jukebox whose backend package (no web framework: socket.io,
body-parser, a music player's client) creates its server with node:http's `createServer`,
answering only a health path by hand, and serves its browsers through Socket.IO, keeping users,
tracks and votes in SQLite. HELDOUT.md counts no backend on node:http alone.

A Node package naming no framework whose code creates a node:http server beside Socket.IO's,
which its package.json declares, serves nothing (`Unit.no_service`). Counter-case: the same
package on Express stays a backend.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(extra: dict[str, str]) -> str:
    return json.dumps(
        {
            "name": "@jukebox/backend",
            "private": True,
            "scripts": {"start": "bun src/index.ts", "test": "bun test"},
            "dependencies": {"body-parser": "^1.20.2", "socket.io": "^4.7.0", **extra},
            "devDependencies": {"typescript": "^5.4.0"},
        },
        indent=2,
    )


_APP = """import { createServer } from 'http'
import { Server, Socket } from 'socket.io'
import { onConnection } from './handlers'

const server = createServer((req, res) => {
  if (req.url === '/up') {
    res.writeHead(200)
    res.end('OK')
    return
  }
  res.writeHead(404)
  res.end()
})

const io = new Server(server, { cors: { origin: '*' } })
io.on('connection', (socket: Socket) => onConnection(io, socket))
server.listen(8080)
"""

_EXPRESS_APP = """import express from 'express'
import { createServer } from 'http'
import { Server } from 'socket.io'

const app = express()
app.get('/tracks', (req, res) => res.json([]))
const server = createServer(app)
new Server(server)
server.listen(8080)
"""

_DATABASE = """import { Database } from 'bun:sqlite'

export const db = new Database('jukebox.sqlite')
export const config = { type: 'sqlite' }
"""

_HANDLERS = """import { Server, Socket } from 'socket.io'
import { db } from './database'

export function onConnection(io: Server, socket: Socket) {
  socket.on('vote', (track: string) => {
    db.run('INSERT INTO votes (track) VALUES (?)', [track])
  })
}
"""


def _tree() -> dict[str, str]:
    return {
        "backend/package.json": _package({}),
        "backend/tsconfig.json": "{}\n",
        "backend/Dockerfile": 'FROM oven/bun:1\nCOPY . .\nCMD ["bun", "src/index.ts"]\n',
        "backend/src/index.ts": "import './app'\n",
        "backend/src/app.ts": _APP,
        "backend/src/database.ts": _DATABASE,
        "backend/src/handlers.ts": _HANDLERS,
        "frontend/package.json": json.dumps({"dependencies": {"react": "^18", "react-dom": "^18"}}),
        "frontend/src/index.tsx": "import React from 'react'\n",
    }


def test_socket_io_on_node_http_is_no_backend(tmp_path: Path) -> None:
    assert "backend" not in by_folder(write(tmp_path, _tree()))


def test_socket_io_beside_express_stays_a_backend(tmp_path: Path) -> None:
    files = _tree()
    files["backend/package.json"] = _package({"express": "^4.19.2"})
    files["backend/src/app.ts"] = _EXPRESS_APP
    backend = by_folder(write(tmp_path, files))["backend"]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
