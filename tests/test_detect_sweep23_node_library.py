"""A Node workspace package the servers of its monorepo depend on, whose `main` sits beside an
`exports` map and no start script (#19, development sweep of set 46): a library the servers
import (shared routes, services, tasks), not a server of its own, although it declares
Express and Sequelize like them."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_projects import write

from designer.detect.scan import detect


def _package(name: str, **extra: object) -> str:
    return json.dumps({"name": name, "version": "2.64.0", "private": True, **extra}, indent=2)


def _server(name: str) -> str:
    return _package(
        name,
        main="./app/index.js",
        scripts={"start": "node --import tsx app", "test": "vitest run"},
        dependencies={"@acme/shared": "*", "express": "^5.2.1", "sequelize": "^6.37.8",
                      "pg": "^8.5.1"},
        devDependencies={"vitest": "^4.1.8"},
    )


def _files(shared: str) -> dict[str, str]:
    return {
        "package.json": _package("acme", workspaces=["packages/*"]),
        "packages/central-server/package.json": _server("@acme/central-server"),
        "packages/central-server/app/index.js": "import { run } from './run.js';\nrun();\n",
        "packages/facility-server/package.json": _server("@acme/facility-server"),
        "packages/facility-server/app/index.js": "import { run } from './run.js';\nrun();\n",
        "packages/shared/package.json": shared,
        "packages/shared/src/index.js": "export * from './utils/index.js';\n",
        "packages/shared/src/routes/fhir.js": (
            "import express from 'express';\n\nexport const fhirRoutes = express.Router();\n"
        ),
    }


_LIBRARY = _package(
    "@acme/shared",
    main="./src/index",
    exports={".": "./src", "./routes/*": "./src/routes/*", "./*": "./src/*"},
    scripts={"clean": "rimraf dist", "test": "vitest run"},
    dependencies={"express": "^5.2.1", "sequelize": "^6.37.8"},
)


def test_a_package_exporting_modules_to_the_servers_is_their_library(tmp_path: Path) -> None:
    folders = {b.folder for b in detect(write(tmp_path, _files(_LIBRARY))).backends}
    assert "packages/shared" not in folders
    assert {"packages/central-server", "packages/facility-server"} <= folders


def test_a_package_with_a_start_script_stays_a_server(tmp_path: Path) -> None:
    """A start script runs the package: a server the others happen to depend on."""
    started = json.loads(_LIBRARY)
    started["scripts"]["start"] = "node src/index.js"
    files = _files(json.dumps(started))
    files["packages/shared/src/index.js"] = (
        "import express from 'express';\n\nconst app = express();\napp.listen(3000);\n"
    )
    folders = {b.folder for b in detect(write(tmp_path, files)).backends}
    assert "packages/shared" in folders
