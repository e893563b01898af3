"""Held-out set 155 (#19): a yarn workspace whose web framework is a library package of its
own (`framework/web`: Koa created in TypeScript with its state and context types, `new
Koa<Koa.DefaultState, Context>({ … })`, and an HTTP server with a `listen()` method) and whose
product is another package (`packages/app`) that imports it, keeps the data (MongoDB) and ships
the command starting it all (`"bin": "bin/app.js"`), which the workspace root's `start` script
runs. The application is the package the root starts, lent the library's Koa; the library
is no service of its own. Without the root's `start` script naming the package, the package's
building the kit with a port still says so (set 357's `local_kits`).
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = """import http from 'http';
import Koa from 'koa';
import Router from '@koa/router';

export interface Context extends Koa.DefaultContext { user?: string }

export const koa = new Koa<Koa.DefaultState, Context>({ keys: ['hydrated'] });
export const router = new Router();
export const httpServer = http.createServer(koa.callback());

export class WebService {
    constructor(private config: { port: number }) {}

    async listen() {
        koa.use(router.routes());
        await new Promise<void>((resolve) => httpServer.listen(this.config.port, resolve));
    }
}
"""

_APP_SERVER = """import { WebService } from '@acme/web';

export const server = new WebService({ port: 8888 });
"""

_APP_DB = """import { MongoClient } from 'mongodb';

export async function connect(url: string) {
    const client = await MongoClient.connect(url);
    return client.db('app');
}
"""

_WORKER = """import { server } from '../service/server';
import { connect } from '../service/db';

export async function apply() {
    await connect(process.env.MONGO_URL || 'mongodb://localhost/app');
    await server.listen();
}
"""


def _tree(root: Path, start: bool) -> Path:
    scripts = {"build": "tsc -b"}
    if start:
        scripts["start"] = "packages/app/bin/app.js"
    return write(
        root,
        {
            "package.json": json.dumps(
                {
                    "name": "acme-workspace",
                    "private": True,
                    "workspaces": ["packages/*", "framework/*"],
                    "scripts": scripts,
                },
                indent=4,
            ),
            "framework/web/package.json": json.dumps(
                {
                    "name": "@acme/web",
                    "version": "0.3.0",
                    "main": "index.ts",
                    "dependencies": {"@koa/router": "^15.7.0", "koa": "^3.2.1"},
                },
                indent=4,
            ),
            "framework/web/index.ts": "export * from './server';\n",
            "framework/web/server.ts": _SERVER,
            "packages/app/package.json": json.dumps(
                {
                    "name": "app",
                    "version": "5.0.4",
                    "bin": "bin/app.js",
                    "main": "src/plugin-api",
                    "dependencies": {"@acme/web": "workspace:^", "mongodb": "^7.5.0"},
                },
                indent=4,
            ),
            "packages/app/bin/app.js": (
                "#!/usr/bin/env node\nrequire('../src/entry/worker').apply();\n"
            ),
            "packages/app/src/plugin-api.ts": "export * from './service/server';\n",
            "packages/app/src/service/server.ts": _APP_SERVER,
            "packages/app/src/service/db.ts": _APP_DB,
            "packages/app/src/entry/worker.ts": _WORKER,
        },
    )


def test_the_package_the_root_starts_is_lent_the_workspace_framework(tmp_path: Path) -> None:
    found = by_folder(_tree(tmp_path, start=True))
    assert set(found) == {"packages/app"}
    backend = found["packages/app"]
    assert first(backend, K.FRAMEWORK) == ("Koa", "^3.2.1")
    assert first(backend, K.QUERY)[0] == "mongodb"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_without_the_root_start_script_the_kit_built_with_a_port_still_lends(
    tmp_path: Path,
) -> None:
    # With no root script naming the package, its own code still says it runs the library's
    # server: it builds the in-tree kit with a port (`new WebService({ port: 8888 })`), which
    # nothing else deploys (set 357's `local_kits`).
    found = by_folder(_tree(tmp_path, start=False))
    assert set(found) == {"packages/app"}
    assert first(found["packages/app"], K.FRAMEWORK)[0] == "Koa"


def test_a_started_package_not_importing_the_library_is_not_lent(tmp_path: Path) -> None:
    tree = _tree(tmp_path, start=True)
    (tree / "packages/app/src/service/server.ts").write_text(
        "export const server = { listen: async () => undefined };\n", encoding="utf-8"
    )
    found = by_folder(tree)
    assert "packages/app" not in found
    assert first(found["framework/web"], K.FRAMEWORK)[0] == "Koa"
