"""Node: Knex built only to run the migrations is not the data layer (set 345, #19).

An Express server queries PostgreSQL through a node-postgres `Pool` in one data-access module
(raw SQL, every client module importing its `query`), and keeps Knex only for its migrations:
a `knexfile.ts` of connection settings, the migrations, and the entry point building Knex to
call `migrate.latest()` before `app.listen`. The driver is the data layer
(`knex_migrations_only`), Knex the migration tool. A module exporting the Knex it builds, or
an ORM built on Knex (Objection), keeps Knex."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _server() -> dict[str, str]:
    return {
        "package.json": package_json(
            {"express": "^4.22.1", "knex": "3.1.0", "pg": "^8.18.0"},
            {"jest": "^30.2.0"},
            scripts={"start": "node dist/server.js", "test": "jest"},
        ),
        "server.ts": "import knex from 'knex'\nimport knexfile from './knexfile'\n\n"
        "import app from './server/index'\n\n"
        "const knex1 = knex({ ...knexfile, debug: true })\n"
        "knex1.migrate.latest().then(() => {\n  app.listen(3000)\n})\n",
        "knexfile.ts": "import config from './server/config'\n\nexport default {\n"
        "  client: 'pg',\n  connection: { host: config.db.server },\n"
        "  migrations: { directory: './migrations' },\n}\n",
        "server/config.ts": "export default { db: { server: process.env.DB_SERVER } }\n",
        "server/index.ts": "import express from 'express'\nimport { query } from "
        "'./data/db'\n\nconst app = express()\napp.get('/reports', async (req, res) => "
        "res.json((await query('select * from report')).rows))\nexport default app\n",
        "server/data/db.ts": "import { Pool } from 'pg'\n\nexport const pool = new Pool()\n"
        "export const query = (text: string, values?: unknown[]) => pool.query(text, values)\n",
        "migrations/20190101_init.js": "exports.up = knex => knex.schema.createTable('report', "
        "t => { t.increments('id') })\nexports.down = knex => knex.schema.dropTable('report')\n",
        "server/index.test.ts": "describe('app', () => { it('runs', () => {}) })\n",
    }


def test_knex_running_only_the_migrations_leaves_the_driver(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server()))
    app = found["."]
    assert first(app, K.FRAMEWORK)[0] == "Express"
    assert first(app, K.ORM) == ("", "")
    assert first(app, K.QUERY)[0] == "pg"


def test_a_module_exporting_the_knex_it_builds_keeps_knex(tmp_path: Path) -> None:
    # Counter-case: the data module hands its Knex instance to the rest of the program.
    files = _server()
    files["server/data/knex.ts"] = (
        "import knex from 'knex'\nimport knexfile from '../../knexfile'\n\n"
        "const db = knex(knexfile)\ndb.migrate.latest()\nexport default db\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "Knex"


def test_a_module_querying_through_knex_keeps_knex(tmp_path: Path) -> None:
    # Counter-case: a repository module builds Knex and queries with it.
    files = _server()
    files["server/data/reports.ts"] = (
        "import knex from 'knex'\n\nconst db = knex({ client: 'pg' })\n"
        "export const all = () => db('report').select()\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM)[0] == "Knex"
