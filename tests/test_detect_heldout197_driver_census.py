"""Node: the driver most of an ORM-less server's code imports names its engine (set 197, #19).

An Express gateway writes its own SQL through better-sqlite3: its store modules, migration
runner and indexers open it. Its package.json also declares `postgres` (one module reads an
optional legacy source) and the DynamoDB client (one optional data source), alphabetically
before it. Without an ORM the drivers tie as kinds; the census of imports (`node_driver_census`)
makes better-sqlite3 the data layer and SQLite the engine. A census too close to call, or an
engine a setting names, leaves the ranking as it was."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "gateway",\n  "type": "module",\n  "scripts": {"start": "node dist/app.js"},\n'
    '  "dependencies": {\n    "@aws-sdk/client-dynamodb": "^3.0.0",\n'
    '    "better-sqlite3": "^9.4.5",\n    "express": "^4.21.2",\n    "postgres": "^3.4.7"\n'
    "  }\n}\n"
)

_SQLITE = "import Sqlite from 'better-sqlite3';\n\nexport const open = (p) => new Sqlite(p);\n"


def _gateway(sqlite_modules: int = 4) -> dict[str, str]:
    files = {
        "package.json": _PACKAGE,
        "src/app.ts": "import express from 'express';\n\nconst app = express();\n"
        "app.listen(4000);\n",
        "src/system.ts": "import postgres from 'postgres';\n\n"
        "export const legacy = process.env.LEGACY_URL ? postgres(process.env.LEGACY_URL) "
        ": undefined;\n",
        "src/data/dynamo-source.ts": "import { DynamoDBClient } from "
        "'@aws-sdk/client-dynamodb';\n\nexport const client = new DynamoDBClient({});\n",
        # A test opening the driver counts for nothing.
        "src/system.test.ts": "import postgres from 'postgres';\nimport { it } from 'node:test';\n",
    }
    for n in range(sqlite_modules):
        files[f"src/database/store{n}.ts"] = _SQLITE
    return files


def test_the_driver_most_modules_import_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _gateway()))
    assert first(found["."], K.QUERY)[0] == "better-sqlite3"
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_close_count_leaves_the_ranking(tmp_path: Path) -> None:
    # Counter-case: better-sqlite3 in two modules against one for each other client: a side
    # path, no census; the engine is not chosen by the count.
    found = by_folder(write(tmp_path, _gateway(sqlite_modules=2)))
    assert first(found["."], K.DATABASE)[0] != "SQLite"


def test_an_orm_leaves_the_drivers_alone(tmp_path: Path) -> None:
    # Counter-case: with an ORM declared the drivers are what it runs on, not the layer the
    # code is written to: this census does not apply.
    files = _gateway()
    files["package.json"] = _PACKAGE.replace(
        '"postgres": "^3.4.7"', '"postgres": "^3.4.7",\n    "knex": "^3.1.0"'
    )
    found = by_folder(write(tmp_path, files))
    assert not any(
        e.text.startswith("imported by")
        for f in found["."].findings
        if f.kind is K.QUERY
        for e in f.evidence
    )
