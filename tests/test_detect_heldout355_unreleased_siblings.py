"""Held-out set 355 (#19): a pnpm workspace whose root package.json releases its apps one
script per app, naming each folder (`node scripts/release-app.mjs apps/auth …`), while a
sibling Fastify service under `apps/`, with a Dockerfile like every sibling, is named by no
root script and no CI, Compose or cluster file outside its own folder (a sibling's Dockerfile
only mentions it in a comment, the lock file lists every package): a skeleton not shipped yet,
no backend (`unreleased_siblings`).

Counter-case: the same service named by a release script stays a backend.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_SERVER = """import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = Fastify();
app.post('/items', async (req) => {
  await pool.query('INSERT INTO items (body) VALUES ($1)', [JSON.stringify(req.body)]);
  return { ok: true };
});
app.listen({ port: 3000, host: '0.0.0.0' });
"""

_APPS = ("auth", "notifications", "storage", "gateway")


def _tree(released: tuple[str, ...]) -> dict[str, str]:
    scripts = {"build": "pnpm -r build"}
    for app in released:
        scripts[f"release:{app}:patch"] = f"node scripts/release-app.mjs apps/{app} {app}-v patch"
    files = {
        "package.json": json.dumps(
            {"name": "product", "private": True, "scripts": scripts,
             "devDependencies": {"typescript": "^5.9.0"}},
            indent=2,
        ),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
        "pnpm-lock.yaml": "importers:\n" + "".join(f"  apps/{a}:\n    {{}}\n" for a in _APPS),
        "scripts/release-app.mjs": "const [folder, prefix, bump] = process.argv.slice(2);\n",
    }
    for app in _APPS:
        files[f"apps/{app}/package.json"] = package_json(
            {"fastify": "^5.2.1", "pg": "^8.11.3"}, {"typescript": "^5.9.0"},
            name=f"@product/{app}", scripts={"build": "tsc", "start": "node dist/server.js"},
        )
        files[f"apps/{app}/src/server.ts"] = _SERVER
        files[f"apps/{app}/Dockerfile"] = (
            "# Modeled on apps/gateway/Dockerfile (multi-stage).\n"
            f"FROM node:22-alpine\nCOPY . .\nCMD [\"node\", \"apps/{app}/dist/server.js\"]\n"
        )
    return files


def test_a_sibling_no_release_script_names_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(("auth", "notifications", "storage"))))
    assert {"apps/auth", "apps/notifications", "apps/storage"} <= set(backends)
    assert "apps/gateway" not in backends


def test_a_released_sibling_stays(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_APPS)))
    assert "apps/gateway" in backends
