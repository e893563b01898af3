"""Held-out set 155 (#19): an Express server over Knex with drivers for two engines
(`better-sqlite3` and `pg`) that picks SQLite when its settings name none, in the module that
opens the database (`const databaseType = config.get('database')?.type || 'better-sqlite3';`
in `server/database/sqlite/setup.js`), while a React UI built by the same package.json fills
the walk's quota of shallow files. The start's import of that module is followed (it lies in a
`database/` folder) and the variable's default makes SQLite the engine, above the drivers.
A module the start imports from elsewhere is not followed, and a variable whose name says
nothing of the database chooses no engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

from designer.detect.defaults import variable_or_rules
from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_SERVER = """import express from 'express';
import SQLite from './{module}';

const app = express();

const init = async () => {{
  await SQLite.connect();
  app.listen(2308);
}};

init();
"""

_SETUP = """import knex from 'knex';
import config from '../../utils/config.js';

export class SQLite {
  async connect() {
    const databaseType = config.get('database')?.type || 'better-sqlite3';
    if (databaseType === 'pg') {
      this.client = knex({ client: databaseType, connection: config.get('database')?.config });
    } else {
      this.client = knex({ client: databaseType, connection: { filename: './data.db' } });
    }
    return this.client;
  }
}

export default new SQLite();
"""


def _tree(root: Path, module: str) -> Path:
    ui = {f"app/components/widget{i:02}.ts": f"export const w{i} = {i};\n" for i in range(40)}
    return write(
        root,
        {
            "package.json": package_json(
                {"better-sqlite3": "11.10.0", "express": "4.21.2", "knex": "3.1.0", "pg": "8.16.0"},
                main="server/index.js",
                type="module",
            ),
            "server/index.js": _SERVER.format(module=module),
            f"server/{module}": _SETUP,
            "server/utils/config.js": "export default { get: () => undefined };\n",
            **ui,
        },
    )


def _engine(backend: DetectedBackend) -> tuple[str, list[str]]:
    found = next(f for f in backend.findings if f.kind is K.DATABASE)
    return found.name, [e.path for e in found.evidence]


def test_the_default_in_the_database_module_the_start_imports_chooses(tmp_path: Path) -> None:
    backend = by_folder(_tree(tmp_path, "database/sqlite/setup.js"))["."]
    name, paths = _engine(backend)
    assert name == "SQLite"
    assert "server/database/sqlite/setup.js" in paths


def test_a_module_outside_a_database_folder_is_not_followed(tmp_path: Path) -> None:
    # Not `lib/sqlite/`: a folder named for one engine is itself read as a data-access folder.
    backend = by_folder(_tree(tmp_path, "lib/setup/setup.js"))["."]
    _, paths = _engine(backend)
    assert "server/lib/setup/setup.js" not in paths


def test_the_variable_must_name_the_database_setting() -> None:
    sqlite = next(r for r in variable_or_rules((".js",)) if r.name == "SQLite")
    pattern = sqlite.pattern
    assert pattern is not None
    assert pattern.search("const databaseType = config.get('database')?.type || 'better-sqlite3';")
    assert pattern.search("let dbClient = process.env.DB_CLIENT ?? \"sqlite3\"")
    assert not pattern.search("  const cacheType = settings.cache || 'sqlite';")
    assert not pattern.search("  const dbType = a || 'sqlite' ? one : other;")
