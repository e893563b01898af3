"""A browser app carrying a server a developer runs by hand, as set 134 showed it
(benchmarks/detect_heldout134.yaml, #19): a player app for a TV platform in a workspace's
`packages/platforms/*` (SolidJS, `"start": "vite"`, `"build": "vite build"`) keeps a
`server.js` of Express lines handing out the built package to a device on the developer's
network, with express among its devDependencies only and no script naming the file. The
product's API (Phoenix) lives beside it. The package is a UI, not a backend; one whose scripts
run the server file, or whose `start` runs it, is left to the other rules."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_SERVER = (
    "var express = require('express');\nvar app = express();\n\n"
    "app.use('/application/player.ipk', (req, res) => {\n"
    "  res.sendFile('player.ipk', { root: './build' });\n});\n\n"
    "app.use('/', express.static('dist'));\n\napp.listen(3232);\n"
)

_API = {
    "api/package.json": package_json(
        {"express": "^4.19.2", "pg": "^8.11.0"}, scripts={"start": "node index.js"}
    ),
    "api/index.js": (
        "const express = require('express');\nconst { Pool } = require('pg');\n"
        "const pool = new Pool();\nconst app = express();\n"
        "app.get('/api/devices', async (req, res) =>\n"
        "  res.json((await pool.query('SELECT 1')).rows));\n"
        "app.listen(4000);\n"
    ),
    "api/Dockerfile": 'FROM node:20\nCMD ["node", "index.js"]\n',
}


def _player(scripts: dict[str, str]) -> dict[str, str]:
    return {
        "package.json": '{"name": "root", "private": true, "workspaces": ["api", "players/*"]}\n',
        "players/tv-player/package.json": package_json(
            {"solid-js": "^1.8.11"},
            {"express": "^4.19.2", "vite": "^5.0.11", "vitest": "^1.5.3"},
            scripts=scripts,
        ),
        "players/tv-player/index.html": (
            '<div id="root"></div><script src="/src/index.tsx"></script>\n'
        ),
        "players/tv-player/vite.config.ts": "export default {};\n",
        "players/tv-player/src/index.tsx": "export const App = () => null;\n",
        "players/tv-player/server.js": _SERVER,
    }


def test_a_bundler_started_app_with_a_hand_run_dev_server_is_no_backend(tmp_path: Path) -> None:
    scripts = {"start": "vite", "dev": "vite", "build": "vite build", "test": "vitest run"}
    found = by_folder(write(tmp_path, {**_API, **_player(scripts)}))
    assert set(found) == {"api"}


def test_a_script_running_the_server_file_keeps_it(tmp_path: Path) -> None:
    # Counter-case: a script of the package runs the server: it is no hand-run helper.
    scripts = {"start": "vite", "build": "vite build", "serve": "node server.js"}
    found = by_folder(write(tmp_path, {**_API, **_player(scripts)}))
    assert "players/tv-player" in found


def test_a_start_script_running_the_bundle_keeps_it(tmp_path: Path) -> None:
    # Counter-case: `start` runs the program, not a front-end dev server.
    scripts = {"start": "node dist/server.js", "build": "vite build"}
    found = by_folder(write(tmp_path, {**_API, **_player(scripts)}))
    assert "players/tv-player" in found


def test_a_long_start_script_is_read_word_by_word() -> None:
    # A script of many options ending in a shell operator once sent one backtracking pattern
    # into exponential time; read word by word, it is answered at once.
    from designer.detect.ui_dev_servers import _runs_dev_server

    assert not _runs_dev_server("vite" + " --a" * 5000 + " && node server.js")
    assert _runs_dev_server("npx vite --host 0.0.0.0 --port=5173")
