"""Held-out set 488 (#19): an npm workspace of libraries and one deployed application package.
The base library builds a Koa server (`new Koa()`, `listen`) over `pg`; the application's
program imports the base library and starts the modules on it. The application's package.json
still declares Fastify, Sequelize and sqlite3, which none of its modules imports (a comment
naming `FastifyInstance` imports nothing). The application is the backend, on the library's Koa
and `pg` (`workspace_servers`); the base library is no service of its own. The same app whose
code does import Fastify keeps it, and the library stays apart."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(name: str, deps: dict[str, str], **extra: object) -> str:
    return json.dumps(
        {"name": name, "version": "2.0.1", "type": "module", "dependencies": deps, **extra},
        indent=2,
    )


_TREE = {
    "package.json": json.dumps(
        {
            "name": "ocpi-workspace",
            "private": False,
            "workspaces": ["./00_Base", "./03_Modules/Versions", "./Server"],
            "scripts": {"start": "npm run start --prefix ./Server"},
        }
    ),
    "00_Base/package.json": _package(
        "@acme/ocpi-base",
        {"koa": "2.16.2", "routing-controllers": "0.10.4", "pg": "8.11.3"},
        main="dist/index.js",
    ),
    "00_Base/src/index.ts": (
        "import Koa from 'koa';\nimport { useKoaServer } from 'routing-controllers';\n"
        "import pg from 'pg';\n\n"
        "export class OcpiServer {\n  koa: Koa;\n  client = new pg.Client();\n"
        "  constructor(controllers: Function[]) {\n    this.koa = new Koa();\n"
        "    useKoaServer(this.koa, { controllers, routePrefix: '/ocpi' });\n  }\n"
        "  run(host: string, port: number) {\n    this.koa.listen(port, host);\n  }\n}\n"
    ),
    "03_Modules/Versions/package.json": _package(
        "@acme/ocpi-versions", {"@acme/ocpi-base": "2.0.1"}, main="dist/index.js"
    ),
    "03_Modules/Versions/src/index.ts": (
        "import { OcpiServer } from '@acme/ocpi-base';\n\nexport class VersionsModule {}\n"
    ),
    "Server/package.json": _package(
        "@acme/server",
        {
            "@acme/ocpi-base": "2.0.1",
            "@acme/ocpi-versions": "2.0.1",
            "@fastify/type-provider-json-schema-to-ts": "4.0.1",
            "fastify": "5.7.3",
            "sequelize": "^6.37.7",
            "sqlite3": "5.1.6",
        },
        main="dist/index.js",
        scripts={"start": "nodemon"},
    ),
    "Server/Dockerfile": (
        'FROM node:22\nCOPY . .\nRUN npm run build\nCMD ["node", "Server/dist/index.js"]\n'
    ),
    "Server/docker-compose.yml": (
        "services:\n  ocpi:\n    build:\n      context: ../\n"
        "      dockerfile: ./Server/Dockerfile\n    ports:\n      - 8085:8085\n"
    ),
    "Server/src/index.ts": (
        "import { OcpiServer } from '@acme/ocpi-base';\n"
        "import { VersionsModule } from '@acme/ocpi-versions';\n\n"
        "export class Server {\n"
        "  /**\n   * @param {FastifyInstance} server - optional Fastify server instance\n   */\n"
        "  start() {\n    new OcpiServer([VersionsModule]).run('0.0.0.0', 8085);\n  }\n}\n\n"
        "new Server().start();\n"
    ),
}


def test_the_app_runs_the_base_librarys_server(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _TREE))
    assert set(backends) == {"Server"}
    server = backends["Server"]
    assert first(server, K.FRAMEWORK)[0] == "Koa"
    assert first(server, K.QUERY)[0] == "pg"
    assert not [f for f in server.findings if f.kind is K.ORM]
    assert first(server, K.DATABASE)[0] == "PostgreSQL"


def test_a_framework_the_app_imports_stays(tmp_path: Path) -> None:
    tree = dict(_TREE)
    tree["Server/src/http.ts"] = "import Fastify from 'fastify';\n\nexport const app = Fastify();\n"
    backends = by_folder(write(tmp_path, tree))
    assert first(backends["Server"], K.FRAMEWORK)[0] == "Fastify"
