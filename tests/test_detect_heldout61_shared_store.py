"""A Node service over its product's workspace libraries, as set 61's jobs service is (#19):
it depends on the database, records and scheduler packages, each on `pg` (the product's one
PostgreSQL store), beside a usage tracker on ClickHouse and a logs package reaching
Elasticsearch or OpenSearch. Four engines are reached, as a database tool's connector
libraries reach them (`node_connectors`, set 136), and the rule declined them all: the service
lost its PostgreSQL to ClickHouse. Several libraries opening one engine make it the product's
store, not a connector: the libraries lend as usual. A tool whose connectors each reach a
different engine (pg in two of them at most) still keeps no engine."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = """import express from "express"
import {db} from "@acme/database"
import {records} from "@acme/records"
import {scheduler} from "@acme/scheduler"
import {usage} from "@acme/usage"
import {logs} from "@acme/logs"

const app = express()
app.post("/tasks", async (_req, res) => res.json(await scheduler.next(db, records, usage, logs)))
app.listen(3005)
"""

_LIBRARIES = {
    "database": ({"pg": "8.11.3"}, 'import pg from "pg"\n'),
    "records": ({"pg": "8.11.3"}, 'import pg from "pg"\n'),
    "scheduler": ({"pg": "8.11.3"}, 'import pg from "pg"\n'),
    "usage": (
        {"@clickhouse/client": "1.18.2"},
        'import {createClient} from "@clickhouse/client"\n',
    ),
    "logs": (
        {"@elastic/elasticsearch": "8.15.0", "@opensearch-project/opensearch": "2.12.0"},
        'import {Client} from "@elastic/elasticsearch"\n',
    ),
}


def _tree(pg_libraries: int) -> dict[str, str]:
    libraries = dict(_LIBRARIES)
    for name in ("database", "records", "scheduler")[pg_libraries:]:
        del libraries[name]
    files: dict[str, str] = {
        "package.json": json.dumps({"name": "root", "private": True, "workspaces": ["packages/*"]}),
        "packages/jobs/package.json": json.dumps(
            {
                "name": "@acme/jobs",
                "version": "1.0.0",
                "scripts": {"start": "node dist/app.js"},
                "dependencies": {
                    **{f"@acme/{name}": f"file:../{name}" for name in libraries},
                    "express": "5.1.0",
                },
            },
            indent=2,
        ),
        "packages/jobs/lib/app.ts": _SERVER,
    }
    for name, (deps, opening) in libraries.items():
        files[f"packages/{name}/package.json"] = package_json(
            deps, name=f"@acme/{name}", main="./dist/index.js"
        )
        files[f"packages/{name}/lib/index.ts"] = opening + f"export const {name} = {{}}\n"
    return files


def test_a_store_three_libraries_open_is_the_services_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(pg_libraries=3)))
    assert first(found["packages/jobs"], K.FRAMEWORK)[0] == "Express"
    assert first(found["packages/jobs"], K.DATABASE)[0] == "PostgreSQL"


def test_an_engine_two_libraries_open_is_still_a_connectors(tmp_path: Path) -> None:
    # Counter-case: pg in two libraries (a Redshift connector beside PostgreSQL's) among four
    # reaching four engines is a tool's connectors: no engine.
    found = by_folder(write(tmp_path, _tree(pg_libraries=2)))
    assert first(found["packages/jobs"], K.DATABASE) == ("", "")
