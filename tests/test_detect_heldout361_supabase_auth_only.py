"""Held-out set 361 (#19): a workspace's Next.js admin console declares Supabase's client for
its sign-in, and its only database calls are stored predicates deciding who may enter
(`admin.rpc("has_platform_admin_email", …)`); the product's Hono API keeps the tables through
Drizzle. The console keeps no data of its own: a UI. A table query, or a stored function that
is no predicate, leaves it a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_ACCESS = """import { createClient } from "@supabase/supabase-js";

function serviceClient() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_KEY!);
}

export async function isAllowlisted(email: string): Promise<boolean> {
  const admin = serviceClient();
  const { data } = await admin.rpc("has_platform_admin_email", { p_email: email });
  return data === true;
}

export async function isActor(): Promise<boolean> {
  const { data } = await serviceClient().rpc("is_platform_admin_actor");
  return data === true;
}
"""

_CALLBACK = """import { NextResponse } from "next/server";
import { createClient } from "@supabase/supabase-js";
import { isAllowlisted } from "@/lib/access";

export async function GET(request: Request) {
  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.KEY!);
  const code = new URL(request.url).searchParams.get("code") ?? "";
  await supabase.auth.exchangeCodeForSession(code);
  const { data } = await supabase.auth.getUser();
  if (!(await isAllowlisted(data.user?.email ?? ""))) await supabase.auth.signOut();
  return NextResponse.redirect(new URL("/", request.url));
}
"""

_PAGE = """export default function Page() {
  return <main>Brands</main>;
}
"""


def _tree(access: str) -> dict[str, str]:
    admin = {
        "name": "@acme/admin",
        "private": True,
        "scripts": {"dev": "next dev", "build": "next build", "start": "next start"},
        "dependencies": {
            "@acme/api": "workspace:*",
            "@supabase/supabase-js": "^2.57.2",
            "@trpc/client": "^11.4.3",
            "next": "16.0.10",
            "react": "19.2.1",
        },
    }
    api = {
        "name": "@acme/api",
        "scripts": {"start": "bun run src/index.ts"},
        "dependencies": {"drizzle-orm": "^0.44.7", "hono": "^4.5.10", "postgres": "^3.4.7"},
    }
    return {
        "package.json": json.dumps(
            {"name": "acme", "private": True, "workspaces": ["apps/*"]}, indent=2
        ),
        "apps/admin/package.json": json.dumps(admin, indent=2),
        "apps/admin/src/lib/access.ts": access,
        "apps/admin/src/app/api/auth/callback/route.ts": _CALLBACK,
        "apps/admin/src/app/page.tsx": _PAGE,
        "apps/admin/src/trpc/client.ts": 'import type { AppRouter } from "@acme/api/src/router";\n'
        "export type Router = AppRouter;\n",
        "apps/api/package.json": json.dumps(api, indent=2),
        "apps/api/Dockerfile": 'FROM oven/bun:1\nCMD ["bun", "run", "src/index.ts"]\n',
        "apps/api/src/index.ts": 'import { Hono } from "hono";\n'
        'import { drizzle } from "drizzle-orm/postgres-js";\n'
        'import postgres from "postgres";\n'
        "const db = drizzle(postgres(process.env.DATABASE_URL!));\n"
        "const app = new Hono();\n"
        'app.get("/brands", async (c) => c.json(await db.execute("select 1")));\n'
        "export default app;\n",
    }


def test_sign_in_and_predicates_keep_no_data(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_ACCESS)))
    assert "apps/api" in backends
    assert "apps/admin" not in backends


def test_a_table_query_keeps_data(tmp_path: Path) -> None:
    access = _ACCESS + (
        "export const brands = () => serviceClient().from(\"brands\").select(\"*\");\n"
    )
    assert "apps/admin" in by_folder(write(tmp_path, _tree(access)))


def test_a_stored_function_that_is_no_predicate_keeps_data(tmp_path: Path) -> None:
    access = _ACCESS.replace("has_platform_admin_email", "accept_invite")
    assert "apps/admin" in by_folder(write(tmp_path, _tree(access)))
