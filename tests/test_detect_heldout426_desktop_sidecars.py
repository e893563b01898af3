"""A gap the 426th held-out set showed (benchmarks/detect_heldout426.yaml), as a small fixture
of the real files' shape (#19): a FastAPI server with its own SQLite store that the repository's
Electron app spawns on 127.0.0.1 as its local sidecar, deployed by nothing: no backend. The
same server a Dockerfile or a Compose file deploys stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PYPROJECT = (
    '[project]\nname = "agent"\nversion = "0.1.0"\ndependencies = [\n'
    '    "fastapi>=0.115",\n    "uvicorn>=0.30",\n    "sqlalchemy[asyncio]>=2.0",\n'
    '    "aiosqlite>=0.20",\n]\n'
)

_APP = (
    "from fastapi import FastAPI\nfrom sqlalchemy.ext.asyncio import create_async_engine\n\n"
    "engine = create_async_engine('sqlite+aiosqlite:///agent.db')\n"
    "app = FastAPI(title='agent')\n\n\n@app.get('/health')\ndef health():\n"
    "    return {'ok': True}\n"
)

_CLI = (
    "import uvicorn\n\n\ndef serve(host: str = '127.0.0.1', port: int = 8765) -> None:\n"
    "    uvicorn.run('agent.app:app', host=host, port=port)\n"
)

_DESKTOP = (
    '{\n  "name": "@agent/desktop",\n  "main": "dist-electron/main.js",\n'
    '  "dependencies": {"react": "^19.1.0"},\n'
    '  "devDependencies": {"electron": "^36.3.2", "electron-builder": "^26.0.12"}\n}\n'
)

_SIDECAR = (
    'import { spawn } from "node:child_process";\nimport path from "node:path";\n\n'
    "export function startSidecar(port: number) {\n"
    '  const cwd = path.resolve(__dirname, "..", "..", "..", "backend");\n'
    '  return spawn("uv", ["run", "python", "-m", "agent", "--host", "127.0.0.1",\n'
    '    "--port", String(port)], { cwd });\n}\n'
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "backend/pyproject.toml": _PYPROJECT,
        "backend/agent/__init__.py": "",
        "backend/agent/app.py": _APP,
        "backend/agent/cli.py": _CLI,
        "desktop/package.json": _DESKTOP,
        "desktop/src/main/sidecar.ts": _SIDECAR,
        **extra,
    }


def test_a_server_the_desktop_app_spawns_on_the_loopback_is_no_backend(tmp_path: Path) -> None:
    assert "backend" not in by_folder(write(tmp_path, _tree()))


def test_a_server_with_a_dockerfile_of_its_own_stays(tmp_path: Path) -> None:
    docker = {"backend/Dockerfile": "FROM python:3.12\nCMD [\"uvicorn\", \"agent.app:app\"]\n"}
    assert "backend" in by_folder(write(tmp_path, _tree(**docker)))


def test_a_server_a_compose_file_builds_stays(tmp_path: Path) -> None:
    compose = {"compose.yaml": "services:\n  agent:\n    build: ./backend\n"}
    assert "backend" in by_folder(write(tmp_path, _tree(**compose)))
