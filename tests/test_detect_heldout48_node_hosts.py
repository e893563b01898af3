"""Node gaps the forty-eighth held-out set showed (benchmarks/detect_heldout48.yaml), each as a
small fixture of the real files' shape (#19): an Express server written over the raw `mysql`
driver (its data layer is that driver), and a Next.js application's custom server (Express
handing every path to Next's request handler, proxying `/api` to the Django backend), which
is the UI's host, not a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_POOL = (
    "import mysql from 'mysql';\n\n"
    "const hubDB = mysql.createPool({ uri: process.env.HUB_DATABASE_URL });\n"
    "export default hubDB;\n"
)
_SERVER = (
    "import express from 'express';\nimport db from './helpers/mysql';\n\n"
    "const app = express();\n"
    "app.get('/api/spaces', async (req, res) => res.json(await db.queryAsync('SELECT 1')));\n"
    "app.listen(3000);\n"
)


def test_an_express_server_over_the_raw_mysql_driver_names_it_as_its_data_layer(
    tmp_path: Path,
) -> None:
    files = {
        "package.json": package_json({"express": "^4.18.1", "mysql": "^2.18.1"}),
        "src/index.ts": _SERVER,
        "src/helpers/mysql.ts": _POOL,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert first(backend, K.QUERY)[0] == "mysql"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_the_raw_mysql_driver_stays_beneath_an_orm_over_it(tmp_path: Path) -> None:
    """The driver is the data layer only alone: Sequelize written over it comes first."""
    files = {
        "package.json": package_json(
            {"express": "^4.18.1", "mysql": "^2.18.1", "sequelize": "^6.0.0"}
        ),
        "src/index.ts": _SERVER,
    }
    backend = by_folder(write(tmp_path, files))["."]
    layers = [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert layers[0] == "Sequelize"


_CUSTOM_SERVER = """const express = require("express");
const next = require("next");

const devProxy = {
    "/api": { target: "http://127.0.0.1:8000", changeOrigin: true },
};

const port = parseInt(process.env.PORT, 10) || 3000;
const dev = process.env.NODE_ENV !== "production";
const app = next({ dir: ".", dev });
const handle = app.getRequestHandler();

app.prepare().then(() => {
    const server = express();
    if (dev) {
        const { createProxyMiddleware } = require("http-proxy-middleware");
        Object.keys(devProxy).forEach((context) => {
            server.use(createProxyMiddleware(context, devProxy[context]));
        });
    }
    server.all("*", (req, res) => handle(req, res));
    server.listen(port);
});
"""


def _courses(server: str = _CUSTOM_SERVER, **deps: str) -> dict[str, str]:
    """penn-courses' shape: a Django API in backend/ beside Next.js UIs under frontend/, each
    started by a server.js that hands its pages to Next and proxies /api to Django."""
    ui = {
        "express": "^4.17.1",
        "http-proxy-middleware": "^1.0",
        "next": "^13.2.1",
        "react": "^18.2.0",
        "react-dom": "^18.2.0",
        **deps,
    }
    return {
        "backend/pyproject.toml": (
            '[project]\nname = "courses"\nversion = "0.1.0"\n'
            'dependencies = ["django==5.0.2", "psycopg2-binary==2.9.10"]\n'
        ),
        "backend/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
            "from django.core.management import execute_from_command_line\n"
        ),
        "frontend/alert/package.json": package_json(
            ui, scripts={"dev": "node server.js", "build": "next build"}
        ),
        "frontend/alert/server.js": server,
        "frontend/alert/pages/index.tsx": "export default function Home() { return null; }\n",
    }


def test_a_next_custom_server_proxying_the_api_is_the_uis_host(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _courses()))
    assert set(found) == {"backend"}


def test_a_next_custom_server_reaching_a_database_stays_a_backend(tmp_path: Path) -> None:
    """Like Next.js alone, its custom server is a backend by the data it reaches."""
    server = _CUSTOM_SERVER.replace(
        'const next = require("next");',
        'const next = require("next");\nconst { Pool } = require("pg");',
    )
    found = by_folder(write(tmp_path, _courses(server, pg="^8.11.0")))
    assert "frontend/alert" in found
