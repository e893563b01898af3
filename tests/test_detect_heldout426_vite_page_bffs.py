"""Node: a server handing out a Vite-built page with no UI framework is a BFF too (#19).

An admin dashboard written in plain TypeScript (`apps/admin-dashboard`: `index.html`, a
`tsc --noEmit && vite build` script, no React nor Vue) is a workspace of the Express server
that hands out its `dist/` and answers its calls (`node_bffs`). With no data of its own the
server is part of the UI; a workspace that Vite does not build into a page keeps it a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

INDEX = (
    "const express = require('express');\nconst path = require('path');\n"
    "const axios = require('axios');\nconst app = express();\n"
    "const dist = path.join(__dirname, 'apps', 'admin-dashboard', 'dist');\n"
    "app.use('/admin', express.static(dist));\n"
    "app.get('/admin/*', (req, res) => res.sendFile(path.join(dist, 'index.html')));\n"
    "app.patch('/api/providers/:id', async (req, res) => "
    "res.json((await axios.patch(process.env.API_URL + req.params.id, req.body)).data));\n"
    "app.listen(5000);\n"
)


def _files(build: str = "tsc --noEmit && vite build") -> dict[str, str]:
    server = {
        "name": "frontend",
        "private": True,
        "workspaces": ["apps/*"],
        "scripts": {"start": "node index.js"},
        "dependencies": {"axios": "^1.6.0", "express": "^4.18.2"},
    }
    page = {
        "name": "admin-dashboard",
        "private": True,
        "type": "module",
        "scripts": {"dev": "vite", "build": build},
        "devDependencies": {"typescript": "^5.4.5", "vite": "^5.2.0"},
    }
    return {
        "services/frontend/package.json": json.dumps(server, indent=2),
        "services/frontend/index.js": INDEX,
        "services/frontend/Dockerfile": "FROM node:20-slim\nCOPY . .\nRUN npm run build\n",
        "services/frontend/apps/admin-dashboard/package.json": json.dumps(page, indent=2),
        "services/frontend/apps/admin-dashboard/index.html": "<div id=\"app\"></div>\n",
        "services/frontend/apps/admin-dashboard/src/main.ts": (
            "document.getElementById('app')!.textContent = 'admin';\n"
        ),
    }


def test_server_handing_out_its_vite_page_is_a_bff(tmp_path: Path) -> None:
    assert "services/frontend" not in by_folder(write(tmp_path, _files()))


def test_workspace_vite_does_not_build_keeps_it_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(build="tsc")))
    assert "services/frontend" in found
