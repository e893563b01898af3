"""Node: a workspace package naming the application as its peer dependency is its plugin (set
173, #19).

A yarn workspace keeps its Express application in one package (a start script, a server that
listens, a database) and, beside it, middleware packages the application finds by scanning the
workspace: each depends on `express`, builds an `express()` sub-app that the application mounts
(`app.on('mount', …)`, `module.exports = app`), has no `main` nor start script, and names the
application's package among its `peerDependencies` — npm's shape of a plugin, which the host
installs and loads. They are the application's code, not backends (`nonservices.plugs_into`). A
package peer-depending only on a library, or two servers naming each other, stay services."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(
    name: str,
    peers: dict[str, str],
    scripts: dict[str, str] | None = None,
    dependencies: dict[str, str] | None = None,
) -> str:
    """An express package.json with no `main`; `peers` its peerDependencies."""
    data: dict[str, object] = {"name": name, "version": "3.1.0", "scripts": scripts or {}}
    data["dependencies"] = {"express": "~4.18.2", **(dependencies or {})}
    if peers:
        data["peerDependencies"] = peers
    return json.dumps(data, indent="\t") + "\n"


_SUB_APP = (
    "const path = require('path')\nconst express = require('express')\nconst app = express()\n\n"
    "app.on('mount', app => {\n\tapp.use(express.static(path.join(__dirname, 'public')))\n"
    "\tapp.use('/api', require('./routes/api'))\n})\n\nmodule.exports = app\n"
)


def _workspace() -> dict[str, str]:
    root = {
        "private": True,
        "name": "acme-next",
        "scripts": {"start": "start_acme_server", "test": "jest"},
        "workspaces": ["packages/app/acme-server", "packages/app/acme-dashboard",
                       "packages/app/acme-picker", "packages/util/acme-utils"],
        "devDependencies": {"jest": "^29.0.0", "lerna": "^4.0.0"},
    }
    return {
        "package.json": json.dumps(root, indent="\t") + "\n",
        "packages/app/acme-server/package.json": _package(
            "acme-server",
            {"acme-utils": "^3.1.0"},
            scripts={"start": "./bin/start_acme_server", "test": "jest"},
            dependencies={"pg-promise": "^10.10.1"},
        ),
        "packages/app/acme-server/server/app.js": (
            "const express = require('express')\nconst app = express()\n"
            "app.use(require('./routes'))\nmodule.exports = app\n"
        ),
        "packages/app/acme-server/server/http_server.js": (
            "const app = require('./app')\napp.listen(process.env.PORT || 3000)\n"
        ),
        "packages/app/acme-server/server/db.js": (
            "const pgp = require('pg-promise')()\nmodule.exports = pgp(process.env.DATABASE_URL)\n"
        ),
        "packages/app/acme-server/__tests__/db.test.js": "jest.mock('pg-promise')\n",
        # The middleware modules the server loads: sub-apps peer-depending on it.
        "packages/app/acme-dashboard/package.json": _package(
            "acme-dashboard",
            {"acme-server": "^3.1.0", "acme-utils": "^3.1.0"},
            scripts={"test": "jest"},
        ),
        "packages/app/acme-dashboard/index.js": (
            "module.exports = { acme: { expressMiddleware: 'server/index.js' } }\n"
        ),
        "packages/app/acme-dashboard/server/index.js": _SUB_APP,
        "packages/app/acme-dashboard/server/routes/api.js": (
            "const router = require('express').Router()\n"
            "router.get('/drafts', (req, res) => res.json([]))\nmodule.exports = router\n"
        ),
        "packages/app/acme-picker/package.json": _package(
            "acme-picker",
            {"acme-server": "^3.1.0", "acme-dashboard": "^3.1.0"},
            scripts={"test": "echo 'not implemented'"},
        ),
        "packages/app/acme-picker/server/index.js": _SUB_APP,
        "packages/util/acme-utils/package.json": json.dumps(
            {"name": "acme-utils", "version": "3.1.0", "main": "index.js"}
        ),
        "packages/util/acme-utils/index.js": "module.exports = {}\n",
    }


def test_packages_peer_depending_on_the_application_are_its_plugins(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert sorted(found) == ["packages/app/acme-server"]
    server = found["packages/app/acme-server"]
    assert first(server, K.FRAMEWORK)[0] == "Express"
    assert first(server, K.QUERY)[0] == "pg-promise"


def test_a_peer_library_alone_leaves_the_server_a_service(tmp_path: Path) -> None:
    # Counter-case: a package peer-depending only on the workspace's library (no service) is
    # no plugin: its own server is a backend beside the application.
    files = _workspace()
    files["packages/app/acme-dashboard/package.json"] = _package(
        "acme-dashboard", {"acme-utils": "^3.1.0"}, scripts={"test": "jest"}
    )
    found = by_folder(write(tmp_path, files))
    assert "packages/app/acme-dashboard" in found
    assert "packages/app/acme-server" in found


def test_servers_naming_each_other_stay_services(tmp_path: Path) -> None:
    # Counter-case: two servers peer-depending on each other: neither is the other's host.
    files = {
        "package.json": json.dumps({"private": True, "workspaces": ["a", "b"]}),
        "a/package.json": _package("svc-a", {"svc-b": "^1.0.0"}),
        "a/index.js": "const express = require('express')\nexpress().listen(3000)\n",
        "b/package.json": _package("svc-b", {"svc-a": "^1.0.0"}),
        "b/index.js": "const express = require('express')\nexpress().listen(3001)\n",
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["a", "b"]
