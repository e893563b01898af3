"""Held-out set 436 (#19): a Nuxt application whose Nitro server routes (`server/api`) write
MariaDB through MariaDB's own Node.js connector, the npm package `mariadb` (`createPool`, raw
SQL through `conn.query`), with a Compose `mariadb` service beside the app. The connector is
catalogued like the mysql and mysql2 drivers: the data layer `mariadb` and the engine MariaDB,
so the full-stack app's server code reaches data and it is a backend.

Counter-case: the same Nuxt app whose server routes only call another service keeps no data and
stays a UI.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_DB = """import mariadb from 'mariadb'

const pool = mariadb.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
})

export async function query(sql: string, params?: any[]) {
  const conn = await pool.getConnection()
  try {
    return await conn.query(sql, params)
  } finally {
    conn.release()
  }
}
"""

_POST = """import { defineEventHandler, readBody } from 'h3'
import { query } from '~/server/utils/db'

export default defineEventHandler(async (event) => {
  const body = await readBody(event)
  await query('INSERT INTO items (name, price) VALUES (?, ?)', [body.name, body.price])
  return { ok: true }
})
"""

_COMPOSE = """services:
  app:
    image: node:20-alpine
    command: sh -c "npm ci && npm run build && node .output/server/index.mjs"
    depends_on: [db]
  db:
    image: mariadb:11.4
"""


def _tree(with_data: bool) -> dict[str, str]:
    deps = {"nuxt": "^4.0.3", "vue": "^3.5.20"}
    files = {
        "nuxt.config.ts": "export default defineNuxtConfig({ pages: false })\n",
        "app.vue": "<template><NuxtLayout /></template>\n",
        "tsconfig.json": "{}\n",
    }
    if with_data:
        deps["mariadb"] = "^3.4.5"
        files |= {
            "server/utils/db.ts": _DB,
            "server/api/items/create.post.ts": _POST,
            "docker-compose.yml": _COMPOSE,
        }
    else:
        files["server/api/items/index.get.ts"] = (
            "export default defineEventHandler(() => $fetch('https://api.example.org/items'))\n"
        )
    files["package.json"] = package_json(deps, type="module",
                                         scripts={"build": "nuxt build", "dev": "nuxt dev"})
    return files


def test_nuxt_server_routes_over_the_mariadb_connector_make_a_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(with_data=True)))
    assert first(backends["."], K.FRAMEWORK)[0] == "Nuxt"
    assert first(backends["."], K.ORM)[0] == ""
    assert first(backends["."], K.QUERY)[0] == "mariadb"
    assert first(backends["."], K.DATABASE)[0] == "MariaDB"


def test_nuxt_server_routes_over_another_api_stay_a_ui(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _tree(with_data=False)))
