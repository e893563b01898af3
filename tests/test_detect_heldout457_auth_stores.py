"""A gap the 457th held-out set showed (benchmarks/detect_heldout457.yaml), as a small fixture
of the real files' shape (#19): a SvelteKit UI over another program's API whose only database
is Better Auth's sign-in store (`lib/server/auth.ts` hands `lib/server/db`'s Drizzle client to
`drizzleAdapter`; `drizzle.config.ts` names the schema for migrations): a UI, no backend. The
same UI whose server route queries that database keeps data of its own and stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PACKAGE = (
    '{\n  "name": "ui",\n  "type": "module",\n  "scripts": {"dev": "vite dev", '
    '"build": "vite build"},\n  "dependencies": {"better-auth": "^1.2.0", '
    '"drizzle-orm": "^0.44.0", "postgres": "^3.4.5"},\n  "devDependencies": '
    '{"@sveltejs/kit": "^2.20.0", "@sveltejs/adapter-node": "^5.2.0", '
    '"drizzle-kit": "^0.31.0", "svelte": "^5.0.0", "vite": "^6.0.0"}\n}\n'
)

_DRIZZLE_CONFIG = (
    'import { defineConfig } from "drizzle-kit";\n\nexport default defineConfig({\n'
    '  schema: "./src/lib/server/db/schema.ts",\n  dialect: "postgresql",\n'
    "  dbCredentials: { url: process.env.DATABASE_URL! },\n});\n"
)

_SCHEMA = (
    'import { pgTable, text } from "drizzle-orm/pg-core";\n\n'
    'export const user = pgTable("user", { id: text("id").primaryKey() });\n'
    'export const session = pgTable("session", { id: text("id").primaryKey() });\n'
)

_DB = (
    'import { drizzle } from "drizzle-orm/postgres-js";\nimport postgres from "postgres";\n'
    'import * as schema from "./schema";\nimport { env } from "$env/dynamic/private";\n\n'
    'export const db = drizzle(postgres(env["DATABASE_URL"]), { schema });\n'
)

_AUTH = (
    'import { betterAuth } from "better-auth";\n'
    'import { drizzleAdapter } from "better-auth/adapters/drizzle";\n'
    'import { db } from "$lib/server/db";\n\n'
    'export const auth = betterAuth({ database: drizzleAdapter(db, { provider: "pg" }) });\n'
)

_HOOKS = (
    'import type { Handle } from "@sveltejs/kit";\nimport { auth } from "$lib/server/auth";\n'
    'import { svelteKitHandler } from "better-auth/svelte-kit";\n\n'
    "export const handle: Handle = ({ event, resolve }) =>\n"
    "  svelteKitHandler({ event, resolve, auth });\n"
)

_PROXY = (
    'import type { RequestHandler } from "./$types";\n\n'
    "export const POST: RequestHandler = async ({ request, fetch }) =>\n"
    '  fetch("http://api:8000/upload", { method: "POST", body: await request.text() });\n'
)

_QUERY = (
    'import { json } from "@sveltejs/kit";\nimport { db } from "$lib/server/db";\n'
    'import { user } from "$lib/server/db/schema";\n\n'
    "export const GET = async () => json(await db.select().from(user));\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "ui/package.json": _PACKAGE,
        "ui/svelte.config.js": 'import adapter from "@sveltejs/adapter-node";\n'
        "export default { kit: { adapter: adapter() } };\n",
        "ui/drizzle.config.ts": _DRIZZLE_CONFIG,
        "ui/src/lib/server/db/schema.ts": _SCHEMA,
        "ui/src/lib/server/db/index.ts": _DB,
        "ui/src/lib/server/auth.ts": _AUTH,
        "ui/src/hooks.server.ts": _HOOKS,
        "ui/src/routes/api/upload/+server.ts": _PROXY,
        **extra,
    }


def test_a_ui_whose_database_only_its_sign_in_reaches_is_no_backend(tmp_path: Path) -> None:
    assert "ui" not in by_folder(write(tmp_path, _tree()))


def test_a_ui_whose_server_route_queries_the_database_stays_a_backend(tmp_path: Path) -> None:
    tree = _tree(**{"ui/src/routes/api/users/+server.ts": _QUERY})
    assert "ui" in by_folder(write(tmp_path, tree))
