"""Held-out set 505 (#19): a coworking café's pnpm workspace keeps, beside its two Next.js apps,
a Socket.IO relay for the admin chat: Express and socket.io in its package.json, an `express()`
handed to node:http's `createServer` and then to Socket.IO, and only `/health` and `/api/health`
routed for the deploy's probe. It connects Mongoose but writes nothing (its handlers relay the
messages; a Map keeps who is typing). HELDOUT.md counts a backend only where a web framework
serves HTTP: Express here serves operators only, so the package serves nothing
(`Unit.no_service`), as the same relay on node:http alone (set 340).

Counter-cases: a literal route of any other path, in the server's module or in a module the app
is handed to, keeps it a backend.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = json.dumps(
    {
        "name": "@cafe/socket-server",
        "main": "dist/index.js",
        "scripts": {"dev": "tsx watch src/index.ts", "start": "node dist/index.js"},
        "dependencies": {
            "express": "^4.18.2",
            "socket.io": "^4.7.2",
            "cors": "^2.8.5",
            "mongoose": "^8.0.0",
        },
        "devDependencies": {"typescript": "^5.3.3"},
    },
    indent=2,
)

_INDEX = """import express from 'express'
import { createServer } from 'http'
import { Server } from 'socket.io'
import cors from 'cors'
import { connectDB } from './lib/mongodb'
import { setupTypingHandlers } from './socket/typing'

const app = express()
const httpServer = createServer(app)
app.use(cors({ origin: '*' }))
app.use(express.json())

const health = (req: express.Request, res: express.Response) => res.json({ status: 'ok' })
app.get('/health', health)
app.get('/api/health', health)

const io = new Server(httpServer, { transports: ['websocket', 'polling'] })
io.on('connection', (socket) => setupTypingHandlers(io, socket))

connectDB().then(() => httpServer.listen(process.env.PORT || 3002))
"""

_MONGODB = """import mongoose from 'mongoose'

export async function connectDB(): Promise<void> {
  await mongoose.connect(process.env.MONGODB_URI as string)
}
"""

_TYPING = """import { Server, Socket } from 'socket.io'

const typingUsers = new Map<string, Set<string>>()

export function setupTypingHandlers(io: Server, socket: Socket) {
  const userId = socket.data.userId
  socket.on('typing-start', (room: string) => {
    if (!typingUsers.has(room)) typingUsers.set(room, new Set())
    typingUsers.get(room)!.add(userId)
    socket.to(room).emit('user-typing', { userId, isTyping: true })
  })
  socket.on('typing-stop', (room: string) => {
    const users = typingUsers.get(room)
    if (users) users.delete(userId)
  })
}
"""


def _tree() -> dict[str, str]:
    return {
        "package.json": json.dumps({"name": "cafe", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n",
        "apps/socket-server/package.json": _PACKAGE,
        "apps/socket-server/tsconfig.json": "{}\n",
        "apps/socket-server/Dockerfile": 'FROM node:20\nCOPY . .\nCMD ["node", "dist/index.js"]\n',
        "apps/socket-server/.env.example": "MONGODB_URI=mongodb://localhost:27017/cafe\n",
        "apps/socket-server/src/index.ts": _INDEX,
        "apps/socket-server/src/lib/mongodb.ts": _MONGODB,
        "apps/socket-server/src/socket/typing.ts": _TYPING,
    }


def test_socket_io_beside_express_routing_only_probes_is_no_backend(tmp_path: Path) -> None:
    assert "apps/socket-server" not in by_folder(write(tmp_path, _tree()))


def test_a_client_route_keeps_it_a_backend(tmp_path: Path) -> None:
    files = _tree()
    files["apps/socket-server/src/index.ts"] = _INDEX.replace(
        "app.get('/api/health', health)", "app.get('/api/messages', health)"
    )
    backend = by_folder(write(tmp_path, files))["apps/socket-server"]
    assert first(backend, K.FRAMEWORK)[0] == "Express"


def test_a_route_in_a_module_the_app_is_handed_to_keeps_it_a_backend(tmp_path: Path) -> None:
    files = _tree()
    files["apps/socket-server/src/routes.ts"] = (
        "export function routes(app: any) {\n"
        "  app.post('/api/messages', (req: any, res: any) => res.json(req.body))\n}\n"
    )
    backend = by_folder(write(tmp_path, files))["apps/socket-server"]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
