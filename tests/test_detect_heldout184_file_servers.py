"""An Express server that only hands out a folder's files is no backend (set 184, #19).

A repository's build utilities keep a package (no browser application's) whose script starts
a local stand-in for a CDN: Express apps with CORS, Express's static middleware and a directory
listing over folders named by a `.env`, listening on their ports, with no route and no handler
of their own, no build script (`uihosts`). It serves files, no API. The same package with a route
of its own, or a build of its own, is left a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PACKAGE = (
    '{\n  "name": "build-utils",\n  "type": "module",\n  "scripts": {\n'
    '    "local-media-server": "node ./src/local-media-server.js"\n  },\n'
    '  "dependencies": {\n    "cors": "^2.8.5",\n    "dotenv": "^16.4.7",\n'
    '    "express": "^5.1.0",\n    "serve-index": "^1.9.1"\n  }\n}\n'
)
_SERVER = (
    'import path from "path";\nimport express from "express";\nimport cors from "cors";\n'
    'import serveIndex from "serve-index";\n\nstartMedia();\n\nfunction startMedia() {\n'
    "    const port = parseInt(process.env.LOCAL_MEDIA_PORT);\n"
    "    const localPath = path.resolve(process.env.LOCAL_MEDIA_DIR);\n"
    "    const app = express();\n    app.use(cors());\n    app.use(\n"
    "        express.static(localPath, { cacheControl: false }),\n"
    "        serveIndex(localPath, { icons: true })\n    );\n"
    "    app.listen(port, () => console.log(`serving ${localPath}`));\n}\n"
)


def _files(server: str) -> dict[str, str]:
    return {
        "frontend/build-utils/package.json": _PACKAGE,
        "frontend/build-utils/src/local-media-server.js": server,
    }


def test_a_static_file_server_is_not_a_backend(tmp_path: Path) -> None:
    assert "frontend/build-utils" not in by_folder(write(tmp_path, _files(_SERVER)))


def test_a_route_of_its_own_keeps_the_backend(tmp_path: Path) -> None:
    # Counter-case: an upload route beside the static files is an API of its own.
    server = _SERVER.replace(
        "    app.listen(",
        '    app.get("/media/:id", (req, res) => res.json({ id: req.params.id }));\n'
        "    app.listen(",
    )
    assert "frontend/build-utils" in by_folder(write(tmp_path, _files(server)))


def test_a_package_with_a_build_keeps_the_backend(tmp_path: Path) -> None:
    # Counter-case: a package building something may be handing out that build as the
    # product's host of it (set 31's shape): the static server alone does not settle it.
    files = _files(_SERVER)
    files["frontend/build-utils/package.json"] = _PACKAGE.replace(
        '  "scripts": {\n', '  "scripts": {\n    "build": "node ./build.js",\n'
    )
    assert "frontend/build-utils" in by_folder(write(tmp_path, files))
