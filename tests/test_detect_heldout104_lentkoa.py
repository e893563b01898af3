"""A web framework a registry kit lends the application, as set 104 showed it
(benchmarks/detect_heldout104.yaml, #19): a Koa API declares only koa-smart, whose `App` its
own App class extends; the lock records koa-smart requiring Koa 2 and npm installing that as
koa-smart's nested copy, while the hoisted Koa 3 is only the peer of two middlewares. Koa is
the application's framework, at the release the kit resolves (2.16.4)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _entry(version: str, **extra: object) -> dict[str, object]:
    return {"version": version, "resolved": "https://registry.npmjs.org/x.tgz", **extra}


def _lock(nested: bool) -> str:
    packages: dict[str, object] = {
        "": {"name": "api", "dependencies": {"koa-helmet": "^8.0.1", "koa-smart": "^4.1.1",
                                             "pg": "^8.13.1", "sequelize": "^6.37.8"}},
        "node_modules/koa": _entry("3.2.0", peer=True),
        "node_modules/koa-helmet": _entry("8.0.3", peerDependencies={"koa": ">= 2"}),
        "node_modules/koa-smart": _entry(
            "4.1.1", dependencies={"chalk": "^2.4.2", "koa": "^2.7.0", "koa-router": "^7.4.0"}
        ),
        "node_modules/pg": _entry("8.20.0"),
        "node_modules/sequelize": _entry("6.37.8"),
    }
    if nested:
        packages["node_modules/koa-smart/node_modules/koa"] = _entry("2.16.4")
    return json.dumps(
        {"name": "api", "lockfileVersion": 3, "requires": True, "packages": packages}, indent=2
    ) + "\n"


_APP = (
    "import { join } from 'path'\nimport 'dotenv/config'\n"
    "import { App as AppBase, middlewares } from 'koa-smart'\n"
    "import helmet from 'koa-helmet'\nimport db from './models'\n\n"
    "export default class App extends AppBase {\n  constructor() {\n"
    "    super({ port: process.env.PORT || 8081 })\n  }\n\n  async start() {\n"
    "    this.koaApp.use(helmet())\n    super.mountFolder(join(__dirname, 'routes-api'), '/api/')\n"
    "    return super.start()\n  }\n}\n"
)

_CALLED = (
    "import { App as AppBase } from 'koa-smart'\nimport helmet from 'koa-helmet'\n"
    "import { Base } from './base'\n\nexport default class App extends Base {\n"
    "  start() {\n    this.use(helmet())\n    this.use(AppBase.middleware())\n  }\n}\n"
)


def _api(app: str, nested: bool = True) -> dict[str, str]:
    return {
        "api/package.json": package_json(
            {"koa-helmet": "^8.0.1", "koa-smart": "^4.1.1", "pg": "^8.13.1",
             "sequelize": "^6.37.8"},
            dev={"mocha": "^11.7.5"},
            scripts={"start": "nodemon --exec babel-node src/index.js", "test": "mocha"},
        ),
        "api/package-lock.json": _lock(nested),
        "api/src/index.js": "import App from './App'\n\nconst app = new App()\napp.start()\n",
        "api/src/App.js": app,
        "api/src/models/index.js": "import { Sequelize } from 'sequelize'\n\n"
        "export default new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' })\n",
    }


def test_the_kit_lends_koa_at_its_nested_release(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _api(_APP)))["api"]
    assert first(backend, K.FRAMEWORK) == ("Koa", "2.16.4")
    assert first(backend, K.ORM)[0] == "Sequelize"


def test_without_a_nested_copy_the_kit_gets_the_hoisted_release(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _api(_APP, nested=False)))["api"]
    assert first(backend, K.FRAMEWORK) == ("Koa", "3.2.0")


def test_a_package_only_called_lends_nothing(tmp_path: Path) -> None:
    # Counter-case: the kit imported and only called, the App class extending a module of
    # the code's own: nothing is built on the kit, which lends no framework.
    found = by_folder(write(tmp_path, _api(_CALLED)))
    assert "api" not in found or first(found["api"], K.FRAMEWORK)[0] != "Koa"
