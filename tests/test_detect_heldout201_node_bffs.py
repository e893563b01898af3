"""Node: a server holding its browser application, handing out its build, is a BFF (set 201, #19).

A product's dashboard package runs Express with a GraphQL endpoint answering its React
application's calls by calling the product's API; the application is a yarn workspace of the
package (`client/`, built by Vite), the package's Dockerfile copies its build into the folder
the server hands out (`app.use(express.static(PUBLIC_DIR))`). With no data of its own the server
is part of the UI, not a backend (`node_bffs`). Data of its own, a UI that is not its own, or
no files handed out keep it a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "dashboard",\n  "private": true,\n  "main": "dist/app.js",\n'
    '  "dependencies": {\n    "@apollo/server": "^4.10.2",\n    "axios": "^1.6.0",\n'
    '    "express": "^4.17.3",\n    "graphql": "^16.6.0"\n  },\n'
    '  "devDependencies": {\n    "typescript": "^5.7.2"\n  },\n'
    '  "scripts": {\n    "build": "tsc",\n    "start": "node dist/app.js"\n  },\n'
    '  "workspaces": [\n    "client"\n  ]\n}\n'
)

_CLIENT = (
    '{\n  "name": "dashboard-client",\n  "private": true,\n'
    '  "scripts": {\n    "dev": "vite",\n    "build": "vite build"\n  },\n'
    '  "dependencies": {\n    "react": "^18.2.0",\n    "react-dom": "^18.2.0"\n  },\n'
    '  "devDependencies": {\n    "vite": "^5.0.0"\n  }\n}\n'
)

_APP = (
    "import express from 'express';\nimport routes from './routes';\n"
    "import { setupGraphQL } from './graphql';\n\n"
    "const app = express();\nsetupGraphQL(app);\nroutes(app);\napp.listen(3000);\n"
)

_ROUTES = (
    "import path from 'path';\nimport express, { Express } from 'express';\n\n"
    "const PUBLIC_DIR = path.join(__dirname, '../public');\n\n"
    "export default (app: Express): void => {\n"
    "  app.use(express.static(PUBLIC_DIR, { index: false }));\n"
    "  app.get('*', (req, res) => res.sendFile(path.join(PUBLIC_DIR, 'index.html')));\n};\n"
)


def _dashboard() -> dict[str, str]:
    # Beside it, the product's API keeping its data in PostgreSQL, which the GraphQL calls.
    return {
        "api/package.json": (
            '{\n  "name": "api",\n  "dependencies": {\n    "express": "^4.18.2",\n'
            '    "pg": "^8.11.0"\n  }\n}\n'
        ),
        "api/src/server.js": (
            "const express = require('express');\nconst { Pool } = require('pg');\n"
            "const pool = new Pool();\nconst app = express();\n"
            "app.post('/models', async (req, res) => res.json(await pool.query('SELECT 1')));\n"
            "app.listen(8080);\n"
        ),
        "dashboard/package.json": _PACKAGE,
        "dashboard/Dockerfile": (
            "FROM node:18-alpine\nCOPY package.json yarn.lock ./\nCOPY dist/ ./dist/\n"
            "COPY client/dist ./dist/public/\nENTRYPOINT [\"node\", \"dist/app.js\"]\n"
        ),
        "dashboard/src/app.ts": _APP,
        "dashboard/src/routes.ts": _ROUTES,
        "dashboard/src/graphql.ts": (
            "import { Express } from 'express';\nimport axios from 'axios';\n"
            "export const setupGraphQL = (app: Express): void => {\n"
            "  app.post('/graphql', async (req, res) => "
            "res.json((await axios.get('http://api:8080/models')).data));\n};\n"
        ),
        "dashboard/client/package.json": _CLIENT,
        "dashboard/client/index.html": "<div id=\"root\"></div>\n",
        "dashboard/client/src/main.tsx": (
            "import { createRoot } from 'react-dom/client';\n"
            "createRoot(document.getElementById('root')!).render(null);\n"
        ),
    }


def test_a_server_handing_out_its_own_client_is_a_bff(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dashboard()))
    assert "dashboard" not in found
    assert first(found["api"], K.FRAMEWORK)[0] == "Express"


def test_data_of_its_own_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: the server also writes a store of its own (traces, through Prisma).
    files = _dashboard()
    files["dashboard/package.json"] = _PACKAGE.replace(
        '"axios": "^1.6.0",', '"axios": "^1.6.0",\n    "@prisma/client": "^5.20.0",'
    )
    files["dashboard/prisma/schema.prisma"] = (
        'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n'
        "model Span {\n  id Int @id\n}\n"
    )
    files["dashboard/src/traces.ts"] = (
        "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\n"
        "export const save = (id: number) => prisma.span.create({ data: { id } });\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["dashboard"], K.FRAMEWORK)[0] == "Express"


def test_a_client_that_is_not_its_own_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: the UI below is neither a workspace of it nor copied into its image.
    files = _dashboard()
    files["dashboard/package.json"] = _PACKAGE.replace(
        ',\n  "workspaces": [\n    "client"\n  ]', ""
    )
    files["dashboard/Dockerfile"] = files["dashboard/Dockerfile"].replace(
        "COPY client/dist ./dist/public/\n", ""
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["dashboard"], K.FRAMEWORK)[0] == "Express"


def test_no_files_handed_out_keeps_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: the UI is served elsewhere (a CDN); the server only answers its calls.
    files = _dashboard()
    del files["dashboard/src/routes.ts"]
    files["dashboard/src/app.ts"] = _APP.replace("routes(app);\n", "").replace(
        "import routes from './routes';\n", ""
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["dashboard"], K.FRAMEWORK)[0] == "Express"
