"""The module named for the database, past a browser client's configuration modules
(held-out set 20, #19): a TypeScript product whose one package.json serves an Express server
and bundles its browser client. The client's many `*Config.ts` and `*Options.ts` modules,
shallower in name order than the server's, spend the configuration quota of the walk before
`app/server/lib/dbUtils.ts`, where the data source's type defaults to SQLite
(`process.env.TYPEORM_TYPE || "sqlite"`) over the PostgreSQL driver the package also
installs. A module named for the database ("db" leading a second word) has a small quota of
its own, so the default is read. The counter-cases: a module whose name only starts with
"db" run into another word (`dbus.ts`) is not one, and the PostgreSQL driver stays the
engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = json.dumps(
    {
        "name": "sheets",
        "version": "1.0.0",
        "dependencies": {"express": "4.21.2", "typeorm": "0.3.31", "pg": "8.6.0"},
    }
)
_INDEX = (
    'import express from "express";\n\nconst app = express();\n'
    'app.get("/api/status", (req, res) => res.json({ok: true}));\napp.listen(8484);\n'
)
_DB_UTILS = (
    'import { DataSource, DataSourceOptions } from "typeorm";\n\n'
    "export function getTypeORMSettings(): DataSourceOptions {\n  return {\n"
    '    name: "default",\n'
    '    type: (process.env.TYPEORM_TYPE as any) || "sqlite",\n'
    '    database: process.env.TYPEORM_DATABASE || "landing.db",\n  };\n}\n'
)


def _files(module: str) -> dict[str, str]:
    files = {
        "package.json": _PACKAGE,
        "app/server/index.ts": _INDEX,
        f"app/server/lib/{module}": _DB_UTILS,
    }
    for i in range(30):
        files[f"app/client/ui/Widget{i:02}.ts"] = f"export const widget{i} = {i};\n"
        files[f"app/client/ui/Widget{i:02}Config.ts"] = f"export const config{i} = {i};\n"
        files[f"app/client/ui/Widget{i:02}Options.ts"] = f"export const options{i} = {i};\n"
    return files


@pytest.mark.parametrize(
    ("module", "engine"), [("dbUtils.ts", "SQLite"), ("dbus.ts", "PostgreSQL")]
)
def test_database_module_past_the_client_configs(
    tmp_path: Path, module: str, engine: str
) -> None:
    write(tmp_path, _files(module))
    backend = by_folder(tmp_path)["."]
    assert next(f.name for f in backend.findings if f.kind is K.DATABASE) == engine
