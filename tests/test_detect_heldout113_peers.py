"""A Next.js app (Pages Router API routes) whose database module imports `pg`, which its
package.json never declares: npm installs it as the peer of node-pg-migrate, a devDependency,
and the lock records it (benchmarks/detect_heldout113.yaml, #19). The driver the code imports
and the lock installs is the app's data layer, so the app is a backend. Where no code outside
the tests imports it, the app stays a UI."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_DATABASE = (
    'import pg from "pg";\n\n'
    "const { Pool } = pg;\n"
    "const pool = new Pool();\n\n"
    "export const query = (text: string) => pool.query(text);\n"
)

_ROUTE = (
    'import { query } from "../../app/services/database";\n\n'
    "export default async function handler(req, res) {\n"
    '  res.json((await query("select 1")).rows);\n'
    "}\n"
)

_SEED = 'import pg from "pg";\n\nexport const reset = () => new pg.Client().connect();\n'


def _lock() -> str:
    packages = {
        "": {"name": "app", "version": "1.0.0", "dependencies": {"next": "^16"},
             "devDependencies": {"node-pg-migrate": "^6.2.2"}},
        "node_modules/next": {"version": "16.2.12"},
        "node_modules/node-pg-migrate": {"version": "6.2.2", "dev": True,
                                         "peerDependencies": {"pg": ">=4.3.0 <9.0.0"}},
        "node_modules/pg": {"version": "8.22.0", "dev": True, "peer": True},
    }
    lock = {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
            "packages": packages}
    return json.dumps(lock, indent=2) + "\n"


def _tree(imported: bool) -> dict[str, str]:
    files = {
        "package.json": package_json({"next": "^16"}, {"node-pg-migrate": "^6.2.2"}),
        "package-lock.json": _lock(),
        "pages/api/items.ts": _ROUTE,
        "pages/index.tsx": "export default function Home() {\n  return null;\n}\n",
        "__tests__/seed.ts": _SEED,
    }
    if imported:
        files["app/services/database.ts"] = _DATABASE
    return files


def test_a_driver_the_lock_installs_and_the_code_imports_is_the_data_layer(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree(imported=True)))["."]
    assert first(backend, K.QUERY) == ("pg", "8.22.0")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_driver_only_the_tests_import_makes_no_backend(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _tree(imported=False)))
