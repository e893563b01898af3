"""Node: sequelize-typescript declared alone is Sequelize (set 236, #19).

An npm workspace's data package declares `sequelize-typescript` (with `@types/sequelize`) and
`pg`, never `sequelize` itself, which comes as its peer and is resolved in the root lock. The
server package imports its models and the connection from that package: its data layer is
Sequelize (lent by the workspace package). `@types/sequelize` alone names
no data layer."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _workspace(data_dependencies: dict[str, str]) -> dict[str, str]:
    lock = {
        "name": "@acme/workspace",
        "lockfileVersion": 3,
        "packages": {
            "node_modules/fastify": {"version": "5.1.0"},
            "node_modules/sequelize": {"version": "6.37.7"},
            "node_modules/sequelize-typescript": {"version": "2.1.6"},
            "node_modules/pg": {"version": "8.11.3"},
        },
    }
    return {
        "package.json": json.dumps(
            {"name": "@acme/workspace", "private": True, "workspaces": ["data", "server"]}
        ),
        "package-lock.json": json.dumps(lock),
        "data/package.json": json.dumps(
            {"name": "@acme/data", "version": "1.0.0", "main": "dist/index.js",
             "dependencies": data_dependencies}
        ),
        "data/src/index.ts": "export { sequelize } from './db';\n",
        "data/src/db.ts": (
            "import { Sequelize } from 'sequelize-typescript';\n\n"
            "export const sequelize = new Sequelize({ dialect: 'postgres' });\n"
        ),
        "server/package.json": json.dumps(
            {"name": "@acme/server", "version": "1.0.0",
             "scripts": {"start": "node dist/index.js"},
             "dependencies": {"@acme/data": "1.0.0", "fastify": "5.1.0"}}
        ),
        "server/src/index.ts": (
            "import fastify from 'fastify';\nimport { sequelize } from '@acme/data';\n\n"
            "const app = fastify();\nawait sequelize.authenticate();\n"
            "app.listen({ port: 8080 });\n"
        ),
    }


def test_sequelize_typescript_alone_lends_sequelize(tmp_path: Path) -> None:
    deps = {"@types/sequelize": "4.28.20", "sequelize-typescript": "2.1.6", "pg": "8.11.3"}
    found = by_folder(write(tmp_path, _workspace(deps)))
    assert first(found["server"], K.FRAMEWORK) == ("Fastify", "5.1.0")
    assert first(found["server"], K.ORM)[0] == "Sequelize"


def test_types_alone_name_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: only the type declarations, no ORM.
    found = by_folder(write(tmp_path, _workspace({"@types/sequelize": "4.28.20"})))
    assert first(found["server"], K.ORM) == ("", "")
