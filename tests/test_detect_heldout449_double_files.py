"""A gap the 449th held-out set showed (benchmarks/detect_heldout449.yaml), as a small fixture
of the real files' shape (#19): beside a product's Express server, a workspace package of
developer consoles whose every Express start is a file named as a mock
(`src/mock-printer.server.ts`), its manifest listing the product's TypeORM for scripts whose
code does not import it: no backend. A package whose real server file starts Express too, or
whose code imports its data layer, stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_ROOT = package_json(
    {"express": "4.22.2", "typeorm": "0.3.31", "better-sqlite3": "12.11.1"},
    name="@farm/server",
    workspaces=["packages/*"],
    scripts={"start": "node dist/index.js"},
)

_SERVER = (
    'import express from "express";\nimport { DataSource } from "typeorm";\n\n'
    'const source = new DataSource({ type: "better-sqlite3", database: "farm.sqlite" });\n'
    "const app = express();\napp.get('/api/printers', (_req, res) => res.json([]));\n"
    "app.listen(4000);\n"
)

_CONSOLES = package_json(
    {"express": "4.22.2", "typeorm": "0.3.31", "better-sqlite3": "12.11.1"},
    name="@farm/consoles",
    private=True,
    scripts={"mock:printer": "node dist/mock-printer.server.js"},
)

_MOCK = (
    'import express from "express";\nimport http from "node:http";\n\n'
    "const app = express();\napp.get('/api/version', (_req, res) => res.json({}));\n"
    "http.createServer(app).listen(5000);\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "package.json": _ROOT,
        "src/index.ts": _SERVER,
        "packages/consoles/package.json": _CONSOLES,
        "packages/consoles/src/mock-printer.server.ts": _MOCK,
        "packages/consoles/src/camera/mock-camera.server.ts": _MOCK,
        "packages/consoles/src/download-releases.ts": "console.log('releases');\n",
        **extra,
    }


def test_a_package_whose_every_server_is_a_mock_file_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"."}


def test_a_package_with_a_server_file_of_its_own_stays(tmp_path: Path) -> None:
    real = {"packages/consoles/src/api.server.ts": _MOCK}
    assert "packages/consoles" in by_folder(write(tmp_path, _tree(**real)))


def test_a_package_whose_code_imports_its_data_layer_stays(tmp_path: Path) -> None:
    data = {"packages/consoles/src/seed.ts": 'import { DataSource } from "typeorm";\n'}
    assert "packages/consoles" in by_folder(write(tmp_path, _tree(**data)))
