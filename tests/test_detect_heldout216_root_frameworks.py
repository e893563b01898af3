"""Node: a nested package starts the framework the root package.json installs (set 216, #19).

A repository keeps its API in `packages/api` (a package.json naming it and its start script,
declaring none of the web dependencies) while the root package.json installs Koa and the
MongoDB client for it; the root's own code starts nothing (its `start` script runs the
package). The framework the root lends is the package's, with the root's declaration and the
release its lock resolves, and the root is no second server (`root_frameworks`). A root whose
own code starts the framework stays a server; a package declaring the framework itself takes
nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = (
    '{\n  "name": "product",\n  "main": "packages/api/src/index.ts",\n'
    '  "scripts": {\n    "start": "cd packages/api && npm run start"\n  },\n'
    '  "dependencies": {\n    "koa": "^2.15.3",\n    "koa-route": "^3.2.0",\n'
    '    "mongodb": "6.12.0"\n  }\n}\n'
)

_LOCK = (
    '{\n  "name": "product",\n  "lockfileVersion": 3,\n  "requires": true,\n'
    '  "packages": {\n    "": {\n      "name": "product",\n      "dependencies": {\n'
    '        "koa": "^2.15.3",\n        "mongodb": "6.12.0"\n      }\n    },\n'
    '    "node_modules/koa": {\n      "version": "2.16.4"\n    },\n'
    '    "node_modules/mongodb": {\n      "version": "6.12.0"\n    }\n  }\n}\n'
)


def _repository(api_dependencies: str = '"lodash": "4.17.21"') -> dict[str, str]:
    return {
        "package.json": _ROOT,
        "package-lock.json": _LOCK,
        "packages/api/package.json": (
            '{\n  "private": true,\n  "name": "@product/api",\n  "main": "./src/index.ts",\n'
            '  "scripts": {\n    "start": "tsx src"\n  },\n'
            f'  "dependencies": {{\n    {api_dependencies}\n  }}\n}}\n'
        ),
        "packages/api/src/index.ts": "import app from './app';\n\napp.listen(3000);\n",
        "packages/api/src/app.ts": "import Koa from 'koa';\nimport { MongoClient } from "
        "'mongodb';\n\nconst client = new MongoClient('mongodb://localhost:27017/product');\n"
        "const app = new Koa();\nexport default app;\n",
    }


def test_the_package_starts_the_framework_the_root_installs(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repository()))
    assert set(found) == {"packages/api"}
    assert first(found["packages/api"], K.FRAMEWORK) == ("Koa", "2.16.4")


def test_a_root_starting_its_own_server_stays_one(tmp_path: Path) -> None:
    # Counter-case: the root's own code starts Koa too.
    files = _repository()
    files["server.js"] = "const Koa = require('koa');\nconst app = new Koa();\napp.listen(80);\n"
    found = by_folder(write(tmp_path, files))
    assert "." in found


def test_a_package_declaring_the_framework_takes_nothing(tmp_path: Path) -> None:
    # Counter-case: the package declares Koa itself; its own declaration stands.
    files = _repository('"koa": "^2.14.0"')
    found = by_folder(write(tmp_path, files))
    koa = next(f for f in found["packages/api"].findings if f.kind is K.FRAMEWORK)
    assert not any(e.path == "package.json" for e in koa.evidence)
