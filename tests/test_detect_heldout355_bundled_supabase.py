"""Held-out set 355 (#19): a SvelteKit app (its kit a devDependency, as in every SvelteKit app)
that declares `@supabase/supabase-js` among its devDependencies too, since Vite bundles what
its server modules import into the server build. Its server modules save and load users' work
through the client (`client.rpc('gist_create', …)`, `client.from('gist').select(…)`): the
client is its data layer at run time (`supabase_tables`, as `bundled_layers` reads ORMs), and
PostgreSQL its engine.

Counter-case: the same devDependency in an app whose modules only sign in through it keeps no
data, and the app stays a UI.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_CLIENT = """import { createClient } from '@supabase/supabase-js';
import { env } from '$env/dynamic/private';

export const client = createClient(env.SUPABASE_URL, env.SUPABASE_KEY);
"""

_GIST = """import { client } from './client.js';

export async function create(user, name) {
	const { data } = await client.rpc('gist_create', { name, userid: user.id });
	return data;
}

export async function read(id) {
	const { data } = await client.from('gist').select('id,name,files').eq('id', id);
	return data[0];
}
"""

_AUTH = """import { client } from './client.js';

export async function login(code) {
	return client.auth.exchangeCodeForSession(code);
}
"""


def _tree(module: str) -> dict[str, str]:
    return {
        "apps/site/package.json": package_json(
            {"devalue": "^5.6.0"},
            {
                "@sveltejs/kit": "^2.40.0",
                "@sveltejs/adapter-node": "^5.0.0",
                "@supabase/supabase-js": "^2.97.0",
                "svelte": "^5.0.0",
                "vite": "^7.0.0",
            },
            type="module",
            scripts={"build": "vite build", "start": "node build"},
        ),
        "apps/site/svelte.config.js": "export default { kit: {} };\n",
        "apps/site/src/lib/db/client.js": _CLIENT,
        "apps/site/src/lib/db/gist.js": module,
        "apps/site/src/routes/playground/save/+server.js": (
            "import * as gist from '$lib/db/gist.js';\n"
            "export async function PUT({ request, locals }) {\n"
            "\treturn Response.json(await gist.create(locals.user, (await request.json()).name));\n"
            "}\n"
        ),
        "apps/site/src/routes/+page.svelte": "<h1>Site</h1>\n",
        "package.json": package_json({}, {"prettier": "^3.0.0"}, private=True),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
    }


def test_bundled_supabase_queries_are_the_data_layer(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_GIST)))
    site = backends["apps/site"]
    assert first(site, K.FRAMEWORK)[0] == "SvelteKit"
    assert first(site, K.QUERY)[0] == "supabase-js"
    assert first(site, K.DATABASE)[0] == "PostgreSQL"


def test_sign_in_alone_keeps_no_data(tmp_path: Path) -> None:
    assert "apps/site" not in by_folder(write(tmp_path, _tree(_AUTH)))
