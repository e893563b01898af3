"""Held-out set 300 (#19): a SvelteKit app on adapter-node keeps `drizzle-orm` among its
devDependencies (Vite bundles them into the server build) with only the libSQL driver in its
dependencies, while its server modules import `drizzle-orm`: Drizzle is its data layer. An ORM
declared for development that no module imports stays a development tool."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DB = """import { drizzle } from 'drizzle-orm/libsql';
import { createClient } from '@libsql/client';
export const db = drizzle(createClient({ url: 'file:data.db' }));
"""

_SERVICE = """import { eq } from 'drizzle-orm';
import { db } from '../db';
import { vehicles } from '../db/schema';
export const getVehicle = (id: string) => db.select().from(vehicles).where(eq(vehicles.id, id));
"""

_PAGE = """import { getVehicle } from '$lib/../server/services/vehicles';
export const load = async ({ params }) => ({ vehicle: await getVehicle(params.id) });
"""


_HOOKS = "export const handle = async ({ event, resolve }) => resolve(event);\n"


def _app(imported: bool) -> dict[str, str]:
    data = {
        "name": "garage",
        "type": "module",
        "scripts": {"build": "vite build", "db:migrate": "drizzle-kit migrate"},
        "devDependencies": {
            "@sveltejs/adapter-node": "^5.5.4",
            "@sveltejs/kit": "^2.57.1",
            "drizzle-kit": "^0.31.10",
            "drizzle-orm": "^0.45.2",
            "svelte": "^5.55.4",
            "vite": "^8.0.9",
        },
        "dependencies": {"@libsql/client": "^0.17.2"},
    }
    files = {
        "package.json": json.dumps(data, indent=2),
        "svelte.config.js": "import adapter from '@sveltejs/adapter-node';\n"
        "export default { kit: { adapter: adapter() } };\n",
        "src/routes/vehicles/[id]/+page.server.ts": _PAGE,
        "src/hooks.server.ts": _HOOKS,
    }
    if imported:
        files["src/server/db/index.ts"] = _DB
        files["src/server/services/vehicles.ts"] = _SERVICE
    else:
        files["src/server/db/index.ts"] = "import { createClient } from '@libsql/client';\n"
        files["src/server/services/vehicles.ts"] = "export const getVehicle = (id: string) => id;\n"
    return files


def test_dev_declared_orm_the_server_modules_import_is_the_data_layer(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _app(imported=True)))["."]
    assert first(app, K.ORM)[0] == "Drizzle"


def test_dev_declared_orm_no_module_imports_is_not(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _app(imported=False)))["."]
    assert first(app, K.ORM) == ("", "")
