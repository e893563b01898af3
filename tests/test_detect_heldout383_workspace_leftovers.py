"""Gaps the 383rd held-out set showed (benchmarks/detect_heldout383.yaml), each as a small
fixture of the real files' shape (#19): a workspace's Supabase package lends its client to the
API importing it (`library_names` knew Supabase's client only for its engine), and the old
servers a monorepo keeps outside its workspaces' folders are no backends
(`node_unlisted_members`)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

ROOT = json.dumps(
    {"name": "mono", "private": True, "workspaces": ["packages/*", "apps/*"]}, indent=2
)
SUPABASE_INDEX = """\
import { createClient, SupabaseClient } from '@supabase/supabase-js';
import { matches } from './domain/matches';

export function client() {
  const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_KEY);
  return { matches: matches(supabase) };
}
"""
SUPABASE_MATCHES = """\
import { SupabaseClient } from '@supabase/supabase-js';

export const matches = (client: SupabaseClient) => ({
  get: (id: number) => client.from('matches').select('*').eq('id', id).single(),
  create: (row: object) => client.from('matches').insert(row).select().single(),
});
"""
KOA_APP = """\
import Koa from 'koa';
import Router from '@koa/router';
import { client } from '@app/supabase';

const app = new Koa();
const router = new Router();
router.get('/matches/:id', async (ctx) => {
  ctx.body = await client().matches.get(Number(ctx.params.id));
});
app.use(router.routes());
app.listen(5004);
"""
EXPRESS_APP = """\
import express from 'express';
import { client } from '@app/supabase';

const app = express();
app.get('/health', (_req, res) => res.send('ok'));
app.post('/matches', async (req, res) => res.json(await client().matches.create(req.body)));
app.listen(5001);
"""


def _monorepo() -> dict[str, str]:
    return {
        "package.json": ROOT,
        "packages/supabase/package.json": json.dumps(
            {
                "name": "@app/supabase",
                "version": "1.0.0",
                "dependencies": {"@supabase/supabase-js": "^2.49.9"},
            },
            indent=2,
        ),
        "packages/supabase/src/index.ts": SUPABASE_INDEX,
        "packages/supabase/src/domain/matches.ts": SUPABASE_MATCHES,
        "apps/api/package.json": package_json(
            {"@app/supabase": "*", "@koa/router": "^13.1.0", "koa": "^2.15.3"},
            scripts={"start": "node build/app.js"},
        ),
        "apps/api/src/app.ts": KOA_APP,
    }


def test_workspace_supabase_package_lends_its_client_to_the_api(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _monorepo()))["apps/api"]
    assert first(backend, K.QUERY)[0] == "supabase-js"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_server_outside_the_workspace_folders_is_a_leftover(tmp_path: Path) -> None:
    files = {
        **_monorepo(),
        "legacy-apps/bot/package.json": package_json(
            {"@app/supabase": "*", "express": "^4.17.3"},
            scripts={"start": "node build/app.js"},
        ),
        "legacy-apps/bot/src/app.ts": EXPRESS_APP,
    }
    found = by_folder(write(tmp_path, files))
    assert "apps/api" in found
    assert "legacy-apps/bot" not in found


def test_server_outside_the_workspace_that_a_deploy_names_stays(tmp_path: Path) -> None:
    files = {
        **_monorepo(),
        "legacy-apps/bot/package.json": package_json(
            {"@app/supabase": "*", "express": "^4.17.3"},
            scripts={"start": "node build/app.js"},
        ),
        "legacy-apps/bot/src/app.ts": EXPRESS_APP,
        ".github/workflows/deploy.yml": (
            "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - run: cd legacy-apps/bot && npm ci && npm run build\n"
        ),
    }
    assert "legacy-apps/bot" in by_folder(write(tmp_path, files))


def test_server_installing_the_library_by_path_stays(tmp_path: Path) -> None:
    files = {
        **_monorepo(),
        "server/package.json": package_json(
            {"@app/supabase": "file:../packages/supabase", "express": "^4.17.3"},
            scripts={"start": "node build/app.js"},
        ),
        "server/src/app.ts": EXPRESS_APP,
    }
    assert "server" in by_folder(write(tmp_path, files))
