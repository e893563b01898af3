"""Data reached through a serverless platform's own bindings, as set 343 showed it
(benchmarks/detect_heldout343.yaml, #19).

A Hono Worker whose Wrangler configuration (committed as a template to fill in) binds a D1
database and whose code queries it through the binding (`c.env.DB.prepare(...)`) runs on
SQLite, with no driver nor data layer in its manifest; a binding the code never queries names
nothing. A Next.js app querying its tables through Supabase's client keeps supabase-js as its
data layer even when its manifest also declares a query library none of its modules imports
(`postgres` beside `drizzle-kit`, never wired in); where its code imports that library, the
library stays its layer."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WRANGLER = """name = "mail-worker"
main = "src/worker.ts"
compatibility_date = "2024-09-23"

[vars]
PREFIX = "tmp"

[[d1_databases]]
binding = "DB"
database_name = "xxx"
database_id = "xxx"
"""

_QUERIES = """import { Context } from "hono";

export async function listMails(c: Context) {
  const { results } = await c.env.DB.prepare(
    `SELECT * FROM raw_mails WHERE address = ?`
  ).bind(c.req.query("address")).all();
  return c.json(results);
}
"""

_FETCHES = """import { Context } from "hono";

export async function listMails(c: Context) {
  const res = await fetch(c.env.API_URL + "/mails");
  return c.json(await res.json());
}
"""


def _worker(handlers: str) -> dict[str, str]:
    return {
        "worker/package.json": json.dumps(
            {
                "name": "mail-worker",
                "private": True,
                "scripts": {"dev": "wrangler dev", "build": "wrangler deploy --dry-run"},
                "dependencies": {"hono": "4.13.3"},
                "devDependencies": {"wrangler": "4.0.0", "typescript": "5.9.0"},
            },
            indent=2,
        ),
        "worker/tsconfig.json": "{}\n",
        "worker/wrangler.toml.template": _WRANGLER,
        "worker/src/worker.ts": (
            'import { Hono } from "hono";\n'
            'import { listMails } from "./mails";\n\n'
            "const app = new Hono();\n"
            'app.get("/api/mails", listMails);\n\n'
            "export default { fetch: app.fetch };\n"
        ),
        "worker/src/mails.ts": handlers,
    }


def test_queried_d1_binding_is_sqlite(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _worker(_QUERIES)))
    engine = first(backends["worker"], K.DATABASE)
    assert engine[0] == "SQLite"


def test_unqueried_d1_binding_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: the template binds D1, but the code only fetches another service's API.
    backends = by_folder(write(tmp_path, _worker(_FETCHES)))
    assert all(f.kind is not K.DATABASE for f in backends["worker"].findings)


_ADMIN = """import { createClient } from "@supabase/supabase-js";

export const admin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
"""

_ACTION = """"use server";
import { admin } from "@/utils/supabase/admin";

export async function createKey(name: string) {
  await admin.from("keys").insert({ name });
}
"""


def _next_app(extra: dict[str, str]) -> dict[str, str]:
    tree = {
        "package.json": json.dumps(
            {
                "name": "web",
                "private": True,
                "scripts": {"build": "next build", "start": "next start"},
                "dependencies": {
                    "next": "16.1.0",
                    "react": "19.2.0",
                    "@supabase/supabase-js": "2.76.1",
                    "postgres": "3.4.7",
                },
                "devDependencies": {"drizzle-kit": "0.31.5", "typescript": "5.9.0"},
            },
            indent=2,
        ),
        "tsconfig.json": "{}\n",
        "src/app/page.tsx": "export default function Page() { return <main />; }\n",
        "src/app/api/keys/route.ts": (
            'import { createKey } from "@/app/actions";\n\n'
            "export async function POST(req: Request) {\n"
            "  await createKey((await req.json()).name);\n  return Response.json({});\n}\n"
        ),
        "src/app/actions.ts": _ACTION,
        "src/utils/supabase/admin.ts": _ADMIN,
    }
    tree.update(extra)
    return tree


def test_unimported_query_library_leaves_supabase_the_layer(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _next_app({})))
    assert first(backends["."], K.QUERY)[0] == "supabase-js"
    assert first(backends["."], K.DATABASE)[0] == "PostgreSQL"


def test_imported_query_library_stays_the_layer(tmp_path: Path) -> None:
    # Counter-case: a module opens the database through `postgres` itself.
    sql = 'import postgres from "postgres";\n\nexport const sql = postgres(process.env.DB_URL!);\n'
    backends = by_folder(write(tmp_path, _next_app({"src/db/index.ts": sql})))
    assert first(backends["."], K.QUERY)[0] == "postgres.js"
