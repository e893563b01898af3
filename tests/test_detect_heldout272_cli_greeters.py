"""Node: a command-line package whose server only greets at `/` is a CLI (set 272, #19).

A lerna monorepo keeps, beside its Express API, its operations tool: a package publishing a
command (`bin`) whose subcommands create the databases over Knex and MySQL, and whose entry
module starts a bare Express server answering `GET /` with "It works.". The data is the
commands', the only route a greeting: the package is a CLI (`node_cli_greeters`). A route of
any other path, or a package publishing no command, stays a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GREETER = (
    "import * as express from 'express';\n\nconst app = express();\n\n"
    "app.get('/', function(_, res): void {\n  res.send('It works.');\n});\n\n"
    "app.listen(process.env.PORT || 3000);\n"
)

_COMMAND = (
    "import * as knex from 'knex';\nimport * as program from 'commander';\n\n"
    "program.command('create-database').action(async () => {\n"
    "  const db = knex({ client: 'mysql', connection: process.env.DB_URL });\n"
    "  await db.schema.createTable('user', (t) => { t.string('id'); });\n});\n"
)

_API = (
    "import * as express from 'express';\nimport * as knex from 'knex';\n\n"
    "const db = knex({ client: 'mysql', connection: process.env.DB_URL });\n"
    "const app = express();\n\n"
    "app.get('/sets', async (_, res) => res.json(await db('set').select()));\n"
    "app.listen(8080);\n"
)


def _manifest(name: str, bin_: bool = True) -> str:
    data: dict[str, object] = {
        "name": name,
        "private": True,
        "scripts": {"start": "node bin/index.js"},
        "dependencies": {"express": "^4.16.3", "knex": "^0.16.3", "mysql": "^2.15.0",
                         "commander": "^2.15.1"},
    }
    if bin_:
        data["bin"] = {"tool": "./bin/commands/tool.js"}
    return json.dumps(data, indent=2) + "\n"


def _monorepo(bin_: bool = True, route: str = "/") -> dict[str, str]:
    return {
        "lerna.json": '{\n  "packages": ["packages/*"]\n}\n',
        "package.json": '{\n  "private": true,\n  "devDependencies": {"lerna": "^3.0.0"}\n}\n',
        "packages/app-server/package.json": json.dumps(
            {"name": "app-server", "scripts": {"start": "node dist/index.js"},
             "dependencies": {"express": "^4.17.1", "knex": "^0.16.3", "mysql": "^2.15.0"}},
            indent=2,
        ) + "\n",
        "packages/app-server/src/index.ts": _API,
        "packages/app-server/Dockerfile": "FROM node:12\nCMD [\"npm\", \"start\"]\n",
        "packages/app-script/package.json": _manifest("app-script", bin_),
        "packages/app-script/src/index.ts": _GREETER.replace("'/'", f"'{route}'"),
        "packages/app-script/src/commands/tool-create-database.ts": _COMMAND,
    }


def test_a_command_package_greeting_at_its_root_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _monorepo()))
    assert "packages/app-script" not in found
    assert first(found["packages/app-server"], K.FRAMEWORK)[0] == "Express"


def test_a_command_package_with_a_route_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: a route serving something else than a greeting at the root.
    found = by_folder(write(tmp_path, _monorepo(route="/api/items")))
    assert first(found["packages/app-script"], K.FRAMEWORK)[0] == "Express"


def test_a_package_publishing_no_command_stays(tmp_path: Path) -> None:
    # Counter-case: with no `bin`, a server answering only `/` is not read as a CLI here.
    found = by_folder(write(tmp_path, _monorepo(bin_=False)))
    assert first(found["packages/app-script"], K.FRAMEWORK)[0] == "Express"
