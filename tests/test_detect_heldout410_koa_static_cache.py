"""Node: a browser application's Koa server handing out its build through `koa-static-cache`
is the UI's (set 410, #19).

A React application's package starts a Koa server of its own (`src/server/server.js`): it
mounts the webpack build with `koa-static-cache` (Koa's static middleware keeping the files in
memory), sets the session and hands every page to the UI's renderer; its calls go to other
services' APIs and it keeps no data. A server-rendered front with no data of its own is a UI
(HELDOUT.md), as `uihosts` already reads a server using `koa-static`. With a data layer of its
own the same server stays a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _front(extra: dict[str, str] | None = None) -> dict[str, str]:
    dependencies = {
        "koa": "1.4.1",
        "koa-mount": "1.3.0",
        "koa-router": "5.4.2",
        "koa-session": "3.4.0",
        "koa-static-cache": "4.1.1",
        "react": "15.6.2",
        "react-dom": "15.6.2",
        "redux": "3.7.2",
        **(extra or {}),
    }
    package = {
        "name": "front",
        "scripts": {"build": "webpack", "start": "node src/server/index.js"},
        "dependencies": dependencies,
        "devDependencies": {"jest": "22.0.6", "webpack": "3.10.0"},
    }
    return {
        "package.json": json.dumps(package, indent=2),
        "src/server/index.js": "require('./server');\n",
        "src/server/server.js": (
            "import path from 'path';\nimport Koa from 'koa';\nimport mount from 'koa-mount';\n"
            "import staticCache from 'koa-static-cache';\n"
            "import appRender from './app_render';\n\n"
            "const app = new Koa();\n"
            "app.use(mount('/assets', staticCache(path.join(__dirname, '../../dist'))));\n"
            "app.use(function*() {\n    yield appRender(this);\n});\n"
            "app.listen(process.env.PORT || 8080);\n"
        ),
        "src/server/app_render.jsx": (
            "import React from 'react';\nimport { renderToString } from 'react-dom/server';\n"
            "import App from 'app/App';\n\n"
            "export default function* appRender(ctx) {\n"
            "    ctx.body = renderToString(<App />);\n}\n"
        ),
        "src/app/App.jsx": "import React from 'react';\n\n"
        "export default function App() {\n    return <div>feed</div>;\n}\n",
    }


def test_a_browser_app_koa_server_handing_out_its_build_is_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _front())) == {}


def test_one_keeping_data_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the same server opening a database of its own.
    files = _front({"sequelize": "4.37.6", "mysql2": "1.5.3"})
    files["src/server/db.js"] = (
        "import Sequelize from 'sequelize';\n\n"
        "export const db = new Sequelize(process.env.DATABASE_URL, { dialect: 'mysql' });\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Koa"
