"""SvelteKit, a gap the 285th held-out set showed (benchmarks/detect_heldout285.yaml), as small
fixtures of the real files' shape (#19): a full-stack app whose server modules write through
Drizzle to PostgreSQL is a backend; a static build, a front relaying the product's API, and a
workspace front whose components import a DTO package naming the database's driver are UIs."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

KIT_DEV = {"@sveltejs/kit": "^2.65.2", "svelte": "^5.0.0", "vite": "^6.0.0", "vitest": "^3.0.0"}


def svelte_config(adapter: str) -> str:
    return (
        f"import adapter from '@sveltejs/adapter-{adapter}';\n"
        "import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';\n\n"
        "export default { preprocess: vitePreprocess(), kit: { adapter: adapter() } };\n"
    )


def package_lock(versions: dict[str, str]) -> str:
    packages: dict[str, object] = {"": {"name": "app"}}
    packages.update({f"node_modules/{n}": {"version": v} for n, v in versions.items()})
    return json.dumps({"name": "app", "lockfileVersion": 3, "packages": packages}, indent=2)


FULL_STACK = {
    "package.json": package_json(
        {"drizzle-orm": "^0.45.2", "postgres": "^3.4.7"},
        {**KIT_DEV, "@sveltejs/adapter-node": "^5.0.0", "drizzle-kit": "^0.31.1"},
        scripts={"build": "vite build", "test": "vitest"},
    ),
    "package-lock.json": package_lock({"@sveltejs/kit": "2.65.2", "drizzle-orm": "0.45.2"}),
    "svelte.config.js": svelte_config("node"),
    "drizzle.config.ts": (
        "import { defineConfig } from 'drizzle-kit';\n\n"
        "export default defineConfig({ dialect: 'postgresql', schema: './src/lib/server/db' });\n"
    ),
    "src/app.html": "<html><body>%sveltekit.body%</body></html>\n",
    "src/lib/components/Table.svelte": "<script lang=\"ts\">export let rows = [];</script>\n",
    "src/lib/server/db/index.ts": (
        "import { drizzle } from 'drizzle-orm/postgres-js';\nimport postgres from 'postgres';\n"
        "import { env } from '$env/dynamic/private';\n\n"
        "export const db = drizzle(postgres(env.DATABASE_URL));\n"
    ),
    "src/routes/+page.svelte": "<h1>Appointments</h1>\n",
    "src/routes/api/appointments/+server.ts": (
        "import { json } from '@sveltejs/kit';\nimport { db } from '$lib/server/db';\n\n"
        "export async function GET() {\n  return json(await db.query.appointments.findMany());\n}\n"
    ),
    "src/lib/util.test.ts": "import { test } from 'vitest';\n\ntest('ok', () => {});\n",
}


def test_full_stack_sveltekit_app_with_data_of_its_own_is_a_backend(tmp_path: Path) -> None:
    """adapter-node, `+server.ts` endpoints over `$lib/server/db` opening Drizzle on
    postgres.js: SvelteKit at the lock's version of its kit (a devDependency, as always)."""
    backends = by_folder(write(tmp_path, FULL_STACK))
    assert list(backends) == ["."]
    found = backends["."]
    assert first(found, K.FRAMEWORK) == ("SvelteKit", "2.65.2")
    assert first(found, K.ORM)[0] == "Drizzle"
    assert first(found, K.DATABASE)[0] == "PostgreSQL"
    assert first(found, K.TEST)[0] == "Vitest"


def test_static_sveltekit_build_is_no_backend(tmp_path: Path) -> None:
    """adapter-static prerenders the app into files a web server (or a Go binary) hands out:
    its `+page.server.ts` loads run at build time, no server runs them."""
    files = {
        "package.json": package_json({}, {**KIT_DEV, "@sveltejs/adapter-static": "^3.0.0"}),
        "svelte.config.js": svelte_config("static"),
        "src/routes/+layout.ts": "export const prerender = true;\n",
        "src/routes/+page.server.ts": "export function load() {\n  return { title: 'Home' };\n}\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_sveltekit_front_relaying_the_api_is_no_backend(tmp_path: Path) -> None:
    """adapter-node whose hooks and endpoints only forward requests to the product's API
    (a BFF): no data of its own, a UI."""
    files = {
        "package.json": package_json({}, {**KIT_DEV, "@sveltejs/adapter-node": "^5.0.0"}),
        "svelte.config.js": svelte_config("node"),
        "src/hooks.server.ts": (
            "import type { Handle } from '@sveltejs/kit';\n\n"
            "export const handle: Handle = async ({ event, resolve }) => resolve(event);\n"
        ),
        "src/routes/image/[id]/+server.ts": (
            "import { env } from '$env/dynamic/private';\n\n"
            "export async function GET({ params }) {\n"
            "  return fetch(`${env.API_URL}/image/${params.id}`);\n}\n"
        ),
    }
    assert by_folder(write(tmp_path, files)) == {}


WORKSPACE = {
    "package.json": json.dumps({"name": "product", "version": "0.0.0", "private": True}),
    "pnpm-workspace.yaml": "packages:\n    - \"packages/*\"\n",
    "packages/dto/package.json": json.dumps(
        {"name": "dto", "version": "1.0.0", "main": "./build/index.js",
         "dependencies": {"mongodb": "6.16.0"}}, indent=2
    ),
    "packages/dto/src/index.ts": "export * from './user';\n",
    "packages/dto/src/user.ts": (
        "import { ObjectId } from 'mongodb';\n\nexport interface UserDto { _id: ObjectId }\n"
        "export const ROLES = ['admin', 'user'];\n"
    ),
    "packages/api/package.json": json.dumps(
        {"name": "api", "version": "1.0.0",
         "dependencies": {"express": "4.21.0", "mongodb": "6.16.0", "dto": "workspace:*"}},
        indent=2,
    ),
    "packages/api/src/index.ts": (
        "import express from 'express';\nimport { MongoClient } from 'mongodb';\n\n"
        "const client = new MongoClient(process.env.MONGO_URL!);\n"
        "const app = express();\napp.get('/users', async (_req, res) => {\n"
        "  res.json(await client.db().collection('users').find().toArray());\n});\n"
        "app.listen(8080);\n"
    ),
    "packages/front/package.json": json.dumps(
        {"name": "front", "version": "1.0.0", "scripts": {"start": "node ./build/index.js"},
         "dependencies": {"@sveltejs/kit": "^2.0.0", "@sveltejs/adapter-node": "^5.0.0",
                          "axios": "^1.7.9", "dto": "workspace:*"}},
        indent=2,
    ),
    "packages/front/svelte.config.js": svelte_config("node"),
    "packages/front/src/hooks.server.ts": (
        "export const handle = async ({ event, resolve }) => resolve(event);\n"
    ),
    "packages/front/src/routes/+layout.server.ts": (
        "export const load = ({ cookies }) => ({ token: cookies.get('token') });\n"
    ),
    "packages/front/src/lib/roles.helper.ts": (
        "import { ROLES } from 'dto';\nimport { LineCount } from 'dto/build/src/LineCount';\n\n"
        "export const isAdmin = (r: string) => r === ROLES[0];\nexport const Count = LineCount;\n"
    ),
}


def test_workspace_sveltekit_front_importing_a_dto_package_is_no_backend(tmp_path: Path) -> None:
    """A workspace's SvelteKit front whose components import the DTO package (which declares
    the database's driver for its id type), some of it through its build's subpaths, while
    its server modules import none of it: the data is the API's, the front a UI."""
    assert list(by_folder(write(tmp_path, WORKSPACE))) == ["packages/api"]


def test_sveltekit_server_module_reaching_a_workspace_data_package_is_a_backend(
    tmp_path: Path,
) -> None:
    """The same front whose `+page.server.ts` load reaches, through `$lib/server`, a workspace
    package opening Drizzle on PostgreSQL: data of its own through its server code."""
    files = {
        **WORKSPACE,
        "packages/db/package.json": json.dumps(
            {"name": "db", "version": "1.0.0", "main": "./src/index.ts",
             "dependencies": {"drizzle-orm": "0.45.2", "pg": "8.13.0"}}, indent=2
        ),
        "packages/db/src/index.ts": (
            "import { drizzle } from 'drizzle-orm/node-postgres';\n\n"
            "export const db = drizzle(process.env.DATABASE_URL!);\n"
        ),
        "packages/front/package.json": json.dumps(
            {"name": "front", "version": "1.0.0", "scripts": {"start": "node ./build/index.js"},
             "dependencies": {"@sveltejs/kit": "^2.0.0", "@sveltejs/adapter-node": "^5.0.0",
                              "db": "workspace:*", "dto": "workspace:*"}},
            indent=2,
        ),
        "packages/front/src/lib/server/notes.ts": (
            "import { db } from 'db';\n\nexport const notes = () => db.query.notes.findMany();\n"
        ),
        "packages/front/src/routes/notes/+page.server.ts": (
            "import { notes } from '$lib/server/notes';\n\n"
            "export const load = async () => ({ notes: await notes() });\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert sorted(backends) == ["packages/api", "packages/front"]
    assert first(backends["packages/front"], K.FRAMEWORK)[0] == "SvelteKit"
    assert first(backends["packages/front"], K.ORM)[0] == "Drizzle"
