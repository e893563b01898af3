"""Node servers whose package is the repository's root although something else seemed to
own them (held-out sets 59 and 62, #19): a root package.json that also packages an Electron
client yet deploys its Koa server over `pg` in a Dockerfile; a server started from a nested
`server/` package.json whose code (handlers, models) and installed dependencies are the
root's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_KOA = (
    "import Koa from 'koa'\nimport Router from '@koa/router'\n\n"
    "const app = new Koa()\nconst router = new Router()\n"
    "router.get('/api/users', async ctx => { ctx.body = [] })\n"
    "app.use(router.routes())\napp.listen(5555)\n"
)


def _electron_root(dockerfile: bool) -> dict[str, str]:
    files = {
        "package.json": package_json(
            {"@koa/router": "^15.0.0", "koa": "^3.2.1", "pg": "^8.22.0", "react": "^19.0.0",
             "react-dom": "^19.0.0"},
            dev={"electron": "^43.1.1", "electron-builder": "^26.15.7", "vitest": "^4.1.10"},
            scripts={"app": "electron app", "start-server": "node ./server/app.ts"},
        ),
        "server/app.ts": _KOA,
        "server/lib/db/index.ts": "import pg from 'pg'\n\nexport const pool = new pg.Pool()\n",
        "app/main.ts": "import { app, BrowserWindow } from 'electron'\n",
    }
    if dockerfile:
        files["Dockerfile"] = (
            "FROM node:24\nCOPY package.json ./\nRUN npm ci --omit=dev\nCOPY . .\n"
            'CMD ["node", "server/app.ts"]\n'
        )
    return files


def test_electron_beside_a_deployed_server_with_data(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _electron_root(dockerfile=True)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Koa"
    assert first(backend, K.QUERY)[0] == "pg"


def test_electron_app_without_an_image_stays_a_desktop_app(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _electron_root(dockerfile=False)))


_HANDLERS = ("chat", "users", "batch", "feedback")


def _nested_entry(outside: int) -> dict[str, str]:
    imports = "".join(
        f"import {name}Handler from '../api/{name}.js';\n" for name in _HANDLERS[:outside]
    )
    server = (
        "import express from 'express';\n" + imports + "\nconst app = express();\n"
        "app.post('/api/chat', (req, res) => res.json({}));\napp.listen(3001);\n"
    )
    files = {
        "package.json": package_json(
            {"express": "^4.22.2", "mongoose": "^8.24.1", "react": "^18.3.1"},
            dev={"vitest": "^4.1.0"},
            scripts={"test": "vitest run", "start": "node server/server.js"},
        ),
        "server/package.json": package_json(
            {"express": "^5.1.0", "mongoose": "8.24.1"}, scripts={"start": "node server.js"}
        ),
        "server/server.js": server,
        "models/chat.js": (
            "import mongoose from 'mongoose';\n\nexport default mongoose.model('Chat', {});\n"
        ),
    }
    for name in _HANDLERS:
        files[f"api/{name}.js"] = (
            "import Chat from '../models/chat.js';\n\nexport default () => Chat;\n"
        )
    return files


def test_nested_entry_over_the_root_code_is_the_root_server(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _nested_entry(outside=4)))
    assert "server" not in found
    assert first(found["."], K.FRAMEWORK) == ("Express", "^4.22.2")


def test_nested_server_with_its_own_code_stays(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _nested_entry(outside=0)))
    assert "server" in found
