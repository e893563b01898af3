"""A gap the 484th held-out set showed (benchmarks/detect_heldout484.yaml), as a small fixture
of the real files' shape (#19): a Next.js app whose route handlers query its Supabase tables
through `@supabase/supabase-js`, with `pg` declared only in devDependencies for the seed and
import scripts a developer runs. The dev-only driver is no layer of the server: the client is
its data layer. The same driver declared for run time and imported by a route stays the layer."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROUTE = """import { NextResponse } from "next/server";
import { getServiceClient } from "@/lib/supabase/serverClient";

export async function GET() {
  const supabase = getServiceClient();
  const { data } = await supabase.from("events").select("*");
  return NextResponse.json(data);
}
"""

_CLIENT = """import { createClient } from "@supabase/supabase-js";

export function getServiceClient() {
  return createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
}
"""

_SEED = """import { Client } from "pg";

async function main() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("insert into cities (name) values ('Singapore')");
}

main();
"""

_HEALTH = """import { NextResponse } from "next/server";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function GET() {
  await pool.query("select 1");
  return NextResponse.json({ ok: true });
}
"""


def _tree(pg_for_runtime: bool) -> dict[str, str]:
    dependencies = {"next": "^15.0.0", "@supabase/supabase-js": "^2.39.0", "react": "^19.0.0"}
    dev = {"typescript": "^5.3.3", "tsx": "^4.0.0"}
    (dependencies if pg_for_runtime else dev)["pg"] = "^8.20.0"
    files = {
        "package.json": json.dumps(
            {
                "name": "matchmaking-app",
                "private": True,
                "scripts": {"dev": "next dev", "build": "next build", "start": "next start",
                            "seed": "tsx scripts/seed.ts"},
                "dependencies": dependencies,
                "devDependencies": dev,
            },
            indent=2,
        ),
        "tsconfig.json": "{}\n",
        "app/api/events/route.ts": _ROUTE,
        "lib/supabase/serverClient.ts": _CLIENT,
        "scripts/seed.ts": _SEED,
    }
    if pg_for_runtime:
        files["app/api/health/route.ts"] = _HEALTH
    return files


def test_a_driver_declared_for_development_only_leaves_the_client_the_layer(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree(pg_for_runtime=False)))["."]
    assert first(backend, K.QUERY)[0] == "supabase-js"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_driver_a_route_imports_at_run_time_stays_the_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(pg_for_runtime=True)))["."]
    assert all(f.name != "supabase-js" for f in backend.findings)
