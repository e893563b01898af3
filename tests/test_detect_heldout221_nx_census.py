"""Node: an Nx workspace's driver census reads what its projects build (set 221, #19).

An Nx workspace's Express app (`apps/backend`, a project.json only) runs on the root
package.json, which declares Kysely, pg and mongodb. The app's data code lives in a workspace
library (`libs/database`, a package.json declaring no client, imported as `@acme/database`):
its repositories are written to Kysely, whose dialect module opens pg through
`PostgresDialect`, beside two modules keeping documents in MongoDB. A folder of sources kept
from an older layout (no project, nothing builds it) imports mongodb everywhere. The census
(`node_driver_census`) leaves the leftover folder out (`nx_projects`), reads the library the
app imports, and counts Kysely's importers for its dialect's engine: Kysely is the data layer
and PostgreSQL the engine. The leftover built by a project of its own, or the library not
imported, leaves MongoDB ahead."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = json.dumps(
    {
        "name": "@acme/source",
        "private": True,
        "dependencies": {
            "express": "^5.2.1",
            "kysely": "^0.28.17",
            "mongodb": "^7.4.0",
            "pg": "^8.22.0",
        },
        "devDependencies": {"nx": "22.0.0", "typescript": "^5.9.0"},
    },
    indent=2,
)

_PROJECT = '{\n  "name": "%s",\n  "projectType": "%s",\n  "targets": {}\n}\n'

_DATABASE = (
    "import { Kysely, PostgresDialect } from 'kysely';\nimport { Pool } from 'pg';\n"
    "import { MongoClient } from 'mongodb';\n\n"
    "export const sql = new Kysely({ dialect: new PostgresDialect({ pool: new Pool() }) });\n"
    "export const mongo = new MongoClient(process.env.MONGODB_URI ?? '');\n"
)

_COMPOSE = "services:\n  mongo:\n    image: mongo:8\n  postgres:\n    image: postgres:17\n"


def _workspace(import_library: bool = True) -> dict[str, str]:
    files = {
        "package.json": _ROOT,
        "nx.json": '{\n  "defaultBase": "main"\n}\n',
        "compose.dev.yml": _COMPOSE,
        "apps/backend/project.json": _PROJECT % ("backend", "application"),
        "apps/backend/src/main.ts": "import express from 'express';\n\n"
        "const app = express();\napp.listen(3333);\n",
        "libs/database/package.json": '{\n  "name": "@acme/database",\n'
        '  "dependencies": {"tslib": "^2.3.0"}\n}\n',
        "libs/database/project.json": _PROJECT % ("database", "library"),
        "libs/database/src/database.ts": _DATABASE,
    }
    for n in range(3):
        # The app's own modules: a few handle documents' ids.
        files[f"apps/backend/src/routes/documents{n}.ts"] = (
            "import { ObjectId } from 'mongodb';\n\nexport const id = new ObjectId();\n"
        )
    for n in range(6):
        source = "@acme/database" if import_library else "./local"
        files[f"apps/backend/src/routes/route{n}.ts"] = (
            f"import {{ sql }} from '{source}';\n\nexport const list = () => sql;\n"
        )
    for n in range(16):
        files[f"libs/database/src/repositories/repo{n}.ts"] = (
            "import { Kysely } from 'kysely';\n\nexport class Repo { constructor(db: Kysely) {} }\n"
        )
    for n in range(2):
        files[f"libs/database/src/repositories/documents{n}.ts"] = (
            "import { Db } from 'mongodb';\n\nexport class Documents { constructor(db: Db) {} }\n"
        )
    for n in range(20):
        # Sources kept from an older layout: no project, nothing builds them.
        files[f"old-code/insights/widget{n}.tsx"] = (
            "import { WithId } from 'mongodb';\n\nexport const Widget = (x: WithId) => x;\n"
        )
    return files


def test_the_built_code_and_its_library_name_kysely_on_postgres(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert first(found["."], K.FRAMEWORK)[0] == "Express"
    assert first(found["."], K.QUERY)[0] == "Kysely"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_leftover_a_project_builds_counts(tmp_path: Path) -> None:
    # Counter-case: the older folder is a project of the workspace: its modules are built and
    # counted, and MongoDB's importers keep the census from choosing PostgreSQL.
    files = _workspace()
    files["old-code/project.json"] = _PROJECT % ("insights", "application")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "MongoDB"


def test_a_library_the_app_does_not_import_is_not_read(tmp_path: Path) -> None:
    # Counter-case: the app imports no workspace library: Kysely's repositories are not its
    # code, and the mongodb modules it has lead.
    found = by_folder(write(tmp_path, _workspace(import_library=False)))
    assert first(found["."], K.DATABASE)[0] == "MongoDB"
