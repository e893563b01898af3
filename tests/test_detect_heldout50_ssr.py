"""A UI package's Express server whose only routes hand every GET to React's server-side
renderer, beside the product's API server in another folder, is the UI's server: no backend,
whatever data layer the shared root manifest declares (set 50's phantom root) (#19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

_ROOT_PACKAGE = {
    "name": "app",
    "private": True,
    "scripts": {"start": "NODE_ENV=production node main.js", "test": "jest"},
    "dependencies": {
        "express": "^4.16.4",
        "react": "^16.8.4",
        "react-dom": "^16.8.4",
        "react-apollo": "^2.5.0",
        "passport": "^0.4.0",
        "http-proxy-middleware": "^1.0.0",
        "rethinkhaberdashery": "^2.3.32",
    },
}

_API_PACKAGE = {
    "name": "api",
    "private": True,
    "dependencies": {"express": "^4.16.4", "rethinkhaberdashery": "^2.3.32"},
}

_API = (
    "import express from 'express';\nimport { db } from 'shared/db';\n\n"
    "const app = express();\napp.post('/api', async (req, res) => {\n"
    "  res.json(await db.table('threads').run());\n});\napp.listen(3001);\n"
)

_SERVER = (
    "import express from 'express';\nimport session from 'shared/middlewares/session';\n"
    "import passport from 'passport';\n"
    "import { createProxyMiddleware } from 'http-proxy-middleware';\n\n"
    "const app = express();\n"
    "app.use(['/api', '/api/**'], createProxyMiddleware({ target: 'https://api.example' }));\n"
    "app.use(express.static('./build', { index: false }));\n"
    "app.use(session);\napp.use(passport.initialize());\napp.use(passport.session());\n"
    "{extra}"
    "import renderer from './renderer';\napp.get('*', renderer);\n\napp.listen(3006);\n"
)

_RENDERER = (
    "import React from 'react';\nimport { renderToNodeStream } from 'react-dom/server';\n"
    "import { ApolloProvider, getDataFromTree } from 'react-apollo';\n\n"
    "const renderer = (req, res) => {\n  renderToNodeStream(<App />).pipe(res);\n};\n\n"
    "export default renderer;\n"
)


def _tree(api: bool, extra: str = "") -> dict[str, str]:
    files = {
        "package.json": json.dumps(_ROOT_PACKAGE, indent=2),
        "server/index.js": _SERVER.replace("{extra}", extra),
        "server/renderer/index.js": _RENDERER,
        "src/App.js": "import React from 'react';\nexport default () => <div />;\n",
        "shared/db/index.js": "import r from 'rethinkhaberdashery';\n"
        "export const db = r({ servers: [{ host: 'localhost' }] });\n",
    }
    if api:
        files["api/package.json"] = json.dumps(_API_PACKAGE, indent=2)
        files["api/index.js"] = _API
    return files


def test_a_catch_all_ssr_server_beside_the_api_is_a_ui(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _tree(api=True)))) == ["api"]


@pytest.mark.parametrize(
    ("api", "extra"),
    [
        # Counter-case: no other backend in the tree: the server is the product's own.
        (False, ""),
        # Counter-case: a route of its own beside the renderer (a webhook taking data).
        (True, "app.post('/webhook', (req, res) => res.sendStatus(204));\n"),
        # Counter-case: a GET of another path (an endpoint of its own).
        (True, "app.get('/feed.xml', (req, res) => res.send('<rss />'));\n"),
    ],
)
def test_an_ssr_server_with_routes_of_its_own_or_alone_stays(
    tmp_path: Path, api: bool, extra: str
) -> None:
    assert "." in by_folder(write(tmp_path, _tree(api=api, extra=extra)))
