"""Held-out set 352 (#19): a SvelteKit app on adapter-node is started by a custom Express
server (`import { handler } from './build/handler.js'`, a health route, `app.use(handler)`),
the adapter's documented way to add a route of one's own. The app is SvelteKit; Express only
hosts its handler. An Express server of the same package with routes of its own and no
handler stays a second framework to choose."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ENTRY = """import { handler } from './build/handler.js';
import express from 'express';

const app = express();
app.get('/health', (req, res) => {
	res.end('ok');
});
app.use(handler);
app.listen(3000);
"""

_OWN = """import express from 'express';

const app = express();
app.get('/api/items', (req, res) => res.json([]));
app.listen(3000);
"""

_ROUTE = """import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
export const POST = async ({ request }) =>
	json(await prisma.user.create({ data: await request.json() }));
"""


def _app(entry: str) -> dict[str, str]:
    data = {
        "name": "web",
        "type": "module",
        "scripts": {"build": "vite build"},
        "devDependencies": {
            "@sveltejs/adapter-node": "^5.2.0",
            "@sveltejs/kit": "^2.55.0",
            "svelte": "^5.0.0",
            "vite": "^5.0.0",
        },
        "dependencies": {"@prisma/client": "5.21.1", "express": "^4.22.1"},
    }
    return {
        "package.json": json.dumps(data, indent=2),
        "svelte.config.js": "import adapter from '@sveltejs/adapter-node';\n"
        "export default { kit: { adapter: adapter({}) } };\n",
        "docker-entry.js": entry,
        "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n'
        '  url      = env("DATABASE_URL")\n}\n',
        "src/lib/server/prisma.ts": "import { PrismaClient } from '@prisma/client';\n"
        "export const prisma = new PrismaClient();\n",
        "src/routes/api/users/+server.ts": _ROUTE,
        "src/hooks.server.ts": "export const handle = async ({ event, resolve }) => "
        "resolve(event);\n",
    }


def test_express_hosting_the_built_handler_is_sveltekit(tmp_path: Path) -> None:
    web = by_folder(write(tmp_path, _app(_ENTRY)))["."]
    assert first(web, K.FRAMEWORK)[0] == "SvelteKit"
    assert not web.ambiguous


def test_express_with_routes_of_its_own_stays(tmp_path: Path) -> None:
    web = by_folder(write(tmp_path, _app(_OWN)))["."]
    assert any(f.kind is K.FRAMEWORK and f.name == "Express" for f in web.findings)
