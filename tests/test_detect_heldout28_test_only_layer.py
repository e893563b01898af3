"""Held-out set 96 (#19): an Express API writing raw SQL over node-postgres, Knex for tests.

The service's repositories run hand-written SQL through `pg` pools (`pg-format` escaping the
values); `knex` is declared beside `pg` only because the test container helper builds a Knex
instance to run the migrations, which live in a package of their own. The data layer is pg.
Counter-cases: where a module of the service's own code imports Knex, Knex stays the data
layer; a Knex no module imports at all (not even the tests) is left to the old reading.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_APP = """const express = require("express");
const app = express();
app.use("/users", require("./routes/users"));
module.exports = app;
app.listen(3000);
"""

_POOL = """const { Pool } = require("pg");
module.exports = new Pool({ connectionString: process.env.DATABASE_URL });
"""

_REPOSITORY = """const format = require("pg-format");
const pool = require("../db");
module.exports.list = async () => (await pool.query(format("SELECT * FROM %I", "users"))).rows;
"""

_ROUTES = """const express = require("express");
const users = require("../repositories/users");
const router = express.Router();
router.get("/", async (req, res) => res.json(await users.list()));
module.exports = router;
"""

_HELPER = """import { knex } from "knex";
export const migrate = async (url: string) => {
  const db = knex({ client: "pg", connection: url });
  await db.migrate.latest({ directory: "../migrations/src" });
};
"""


def _tree(*, helper: bool = True, in_code: bool = False) -> dict[str, str]:
    files = {
        "package.json": package_json(
            {"express": "~4.21.0", "knex": "^3.1.0", "pg": "^8.16.0", "pg-format": "~1.0.4"},
            {"jest": "^29.7.0"},
        ),
        "src/app.js": _APP,
        "src/db.js": _POOL,
        "src/repositories/users.js": _REPOSITORY,
        "src/routes/users.js": _ROUTES,
    }
    if helper:
        files["src/__tests__/helpers/testContainer.ts"] = _HELPER
    if in_code:
        files["src/repositories/report.js"] = (
            'const knex = require("knex")({ client: "pg" });\n'
            'module.exports.count = () => knex("users").count();\n'
        )
    return files


def test_a_layer_only_the_tests_import_is_not_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.ORM)[0] == ""
    assert first(backend, K.QUERY)[0] == "pg"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_layer_the_code_imports_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(in_code=True)))["."]
    assert first(backend, K.ORM)[0] == "Knex"


def test_a_layer_nothing_imports_keeps_the_old_reading(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(helper=False)))["."]
    assert first(backend, K.ORM)[0] == "Knex"
