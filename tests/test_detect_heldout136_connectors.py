"""A Node server over workspace connector libraries, one per engine, as set 136 showed one
(benchmarks/detect_heldout136.yaml, #19): a database explorer's gateway (Fastify) depends on
`@tool/connector-postgres` (pg), `…-mysql` (mysql2), `…-oracle` (oracledb), `…-mongodb` and
`…-sqlserver` (mssql), each a library of the workspace, and opens whatever database its user
names in a request. It keeps no store: no engine. A server using one library of its data (a
models package on pg) keeps that library's engine.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_DRIVERS = {
    "postgres": ("pg", "8.12.0", "import {Client} from \"pg\"\n"),
    "mysql": ("mysql2", "3.3.5", "import {createConnection} from \"mysql2/promise\"\n"),
    "oracle": ("oracledb", "6.6.0", "import oracledb from \"oracledb\"\n"),
    "mongodb": ("mongodb", "6.8.0", "import {MongoClient} from \"mongodb\"\n"),
    "sqlserver": ("mssql", "11.0.1", "import sql from \"mssql\"\n"),
}

_SERVER = """import fastify from "fastify"
import {getConnector} from "./services/connector"

const server = fastify({logger: true})
server.post("/schema", async (req) => getConnector(req.body.url).getSchema(req.body.url))
server.listen({port: 4177, host: "0.0.0.0"})
"""


def _tree(engines: list[str]) -> dict[str, str]:
    files: dict[str, str] = {
        "pnpm-workspace.yaml": 'packages:\n  - "gateway"\n  - "libs/*"\n',
        "package.json": json.dumps({"name": "root", "private": True}),
        "gateway/package.json": json.dumps(
            {
                "name": "@tool/gateway",
                "version": "1.0.0",
                "scripts": {"start": "node out/start.js"},
                "dependencies": {
                    **{f"@tool/connector-{e}": "workspace:^" for e in engines},
                    "fastify": "4.28.1",
                },
            },
            indent=2,
        ),
        "gateway/Dockerfile": 'FROM node:20\nCOPY . .\nCMD ["node", "out/start.js"]\n',
        "gateway/src/server.ts": _SERVER,
        "gateway/src/services/connector.ts": "".join(
            f'import {{{e}}} from "@tool/connector-{e}"\n' for e in engines
        )
        + "export const getConnector = (url: string) => null as any\n",
    }
    for engine in engines:
        driver, version, opening = _DRIVERS[engine]
        files[f"libs/connector-{engine}/package.json"] = package_json(
            {driver: version}, name=f"@tool/connector-{engine}", main="./out/index.js"
        )
        files[f"libs/connector-{engine}/src/index.ts"] = (
            opening + f"export const {engine} = {{name: \"{engine}\"}}\n"
        )
    return files


def test_a_server_over_connectors_of_many_engines_keeps_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(list(_DRIVERS))))
    assert first(found["gateway"], K.FRAMEWORK)[0] == "Fastify"
    assert first(found["gateway"], K.DATABASE) == ("", "")


def test_a_server_over_one_data_library_keeps_its_engine(tmp_path: Path) -> None:
    # Counter-case: one library on one driver is the server's models package.
    found = by_folder(write(tmp_path, _tree(["oracle"])))
    assert first(found["gateway"], K.DATABASE)[0] == "Oracle"
