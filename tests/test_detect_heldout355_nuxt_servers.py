"""Held-out set 355 (#19): a Nuxt application whose Nitro server routes keep data (`server/api`
writing users and feedback through Drizzle over SQLite). Nuxt is catalogued as a full-stack
framework like SvelteKit (`nonservices.FULL_STACK_UIS`): a backend where its server code
reaches data, a UI otherwise.

Counter-case: a Nuxt UI with no data layer (its pages over another service's API) stays no
backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SCHEMA = """import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core'

export const feedback = sqliteTable('feedback', {
  id: integer('id').primaryKey(),
  body: text('body').notNull(),
})
"""

_POST = """import { db, schema } from '../../utils/db'

export default defineEventHandler(async (event) => {
  const body = await readBody(event)
  await db.insert(schema.feedback).values({ body: body.text })
  return { ok: true }
})
"""


def _tree(with_data: bool) -> dict[str, str]:
    deps = {"nuxt": "^4.5.2", "vue": "^3.5.0"}
    files = {
        "nuxt.config.ts": "export default defineNuxtConfig({ modules: [] })\n",
        "app/pages/index.vue": "<template><h1>Docs</h1></template>\n",
        "tsconfig.json": "{}\n",
    }
    if with_data:
        deps |= {"drizzle-orm": "^0.45.2", "@libsql/client": "^0.17.0"}
        files |= {
            "server/db/schema.ts": _SCHEMA,
            "server/utils/db.ts": (
                "import { drizzle } from 'drizzle-orm/libsql'\n"
                "import * as schema from '../db/schema'\n"
                "export { schema }\n"
                "export const db = drizzle({ connection: { url: process.env.DB_URL! } })\n"
            ),
            "server/api/feedback/index.post.ts": _POST,
        }
    else:
        files["app/pages/about.vue"] = "<script setup>const d = await $fetch('https://api.example.org')</script>\n"
    files["package.json"] = package_json(deps, {"typescript": "^5.9.0"}, type="module",
                                         scripts={"build": "nuxt build", "dev": "nuxt dev"})
    return files


def test_nuxt_server_routes_over_data_make_a_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(with_data=True)))
    assert first(backends["."], K.FRAMEWORK)[0] == "Nuxt"
    assert first(backends["."], K.ORM)[0] == "Drizzle"


def test_nuxt_ui_without_data_is_no_backend(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _tree(with_data=False)))
