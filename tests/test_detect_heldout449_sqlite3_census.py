"""Node: `sqlite3` counted in the census of an ORM-less server's drivers (set 449, #19).

An Express HMI server opens SQLite files through `sqlite3` in its user, alarm, project and DAQ
stores, while one optional history store reaches its time-series database over `pg` (QuestDB
speaks the PostgreSQL wire protocol). The catalogue gives `sqlite3` the engine alone, so `pg`
was the only driver the census (`node_driver_census`) could choose, and the engine PostgreSQL.
Counted as a driver, `sqlite3` leads the imports: it is the data layer and SQLite the engine.
A close count, or a query builder `sqlite3` could run under, leaves the ranking as it was."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "hmi-server",\n  "main": "main.js",\n'
    '  "scripts": {"start": "node main.js"},\n'
    '  "dependencies": {\n    "express": "^4.22.2",\n    "influx": "5.9.3",\n'
    '    "pg": "^8.18.0",\n    "sqlite3": "^5.1.7"\n  }\n}\n'
)

_STORE = (
    "var sqlite3 = require('sqlite3').verbose();\n\n"
    "function init(file) {\n  return new sqlite3.Database(file);\n}\n\n"
    "module.exports = { init: init };\n"
)


def _server(stores: int = 4, package: str = _PACKAGE) -> dict[str, str]:
    files = {
        "package.json": package,
        "main.js": "const express = require('express');\n\nconst app = express();\n"
        "app.listen(1881);\n",
        "runtime/storage/questdb/index.js": "const { Pool } = require('pg');\n\n"
        "function open(settings) {\n  return new Pool(settings.questdb);\n}\n\n"
        "module.exports = { open };\n",
        # A test opening the driver counts for nothing.
        "test/storage.test.js": "const sqlite3 = require('sqlite3').verbose();\n",
    }
    for name in ("users", "alarms", "project", "notificator", "scheduler")[:stores]:
        files[f"runtime/{name}/storage.js"] = _STORE
    return files


def test_sqlite3_most_modules_open_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server()))
    assert first(found["."], K.QUERY)[0] == "sqlite3"
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_close_count_leaves_the_ranking(tmp_path: Path) -> None:
    # Counter-case: two stores against one pg module: no census, pg stays first.
    found = by_folder(write(tmp_path, _server(stores=2)))
    assert first(found["."], K.QUERY)[0] == "pg"


def test_a_query_builder_leaves_sqlite3_to_it(tmp_path: Path) -> None:
    # Counter-case: beside a query builder no engine is named by (Kysely), sqlite3 may be what
    # the builder runs on: it is not counted as a driver of its own.
    package = _PACKAGE.replace('"pg": "^8.18.0",', '"kysely": "^0.27.0",\n    "pg": "^8.18.0",')
    found = by_folder(write(tmp_path, _server(package=package)))
    assert not any(
        e.text.startswith("imported by")
        for f in found["."].findings
        if f.kind is K.QUERY and f.name == "sqlite3"
        for e in f.evidence
    )
