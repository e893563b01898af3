"""Held-out set 87 (#19): a Next.js front (App Router) in a pnpm workspace beside its Fastify
API, still declaring `pg`, `db-migrate` and `db-migrate-pg` from the days it kept data:
`app/utils/postgres.ts` opens a `Pool`, `app/utils/form.ts` queries it, and the barrel
`app/utils/index.ts` re-exports both as namespaces (`export * as postgres from "./postgres"`)
while the only page importing the barrel asks it for two date helpers. The scripts run
`db-migrate --migrations-dir db/migrations up`, and there is no `db/` folder.

Nothing Next.js runs reaches the pool, and db-migrate has no migrations: the package is a UI,
not a backend. A page importing the form helper keeps pg (and the package a backend); a
migrations folder keeps db-migrate.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_POSTGRES = """import { Pool } from "pg";

export const pgpool = new Pool({ host: process.env.POSTGRES_HOST });
"""

_FORM = """import { pgpool } from "./postgres";

export async function saveName(userId: string, name: string) {
  await pgpool.query("UPDATE users SET name = $1 WHERE id = $2", [name, userId]);
}
"""

_BARREL = """export * as postgres from "./postgres";
export * as form from "./form";

export function formatDate(date: string) {
  return date;
}

export function stringToAsterisk(str: string) {
  return str.replace(/./g, "*");
}
"""

_PAGE = """import { formatDate, stringToAsterisk } from "../utils";
%s
export default function Page() {
  return <p>{stringToAsterisk(formatDate("2024-01-01"))}</p>;
}
"""

_ROUTE = """export async function GET() {
  return Response.json({ status: "ok" });
}
"""


def _tree(page_import: str = "", migrations: bool = False) -> dict[str, str]:
    files = {
        "apps/profile/package.json": package_json(
            {
                "db-migrate": "^0.11.14",
                "db-migrate-pg": "^1.5.2",
                "next": "14.2.5",
                "pg": "^8.13.1",
                "react": "^18.3.1",
            },
            scripts={
                "build": "next build",
                "migrate": "db-migrate --migrations-dir db/migrations --config db/database.json up",
            },
        ),
        "apps/profile/app/utils/postgres.ts": _POSTGRES,
        "apps/profile/app/utils/form.ts": _FORM,
        "apps/profile/app/utils/index.ts": _BARREL,
        "apps/profile/app/[locale]/page.tsx": _PAGE % page_import,
        "apps/profile/app/health/route.ts": _ROUTE,
    }
    if migrations:
        files["apps/profile/db/migrations/20240101-init.js"] = "exports.up = () => null;\n"
    return files


def test_a_front_whose_pool_nothing_reaches_is_no_backend(tmp_path: Path) -> None:
    assert "apps/profile" not in by_folder(write(tmp_path, _tree()))


def test_a_page_using_the_pool_keeps_pg(tmp_path: Path) -> None:
    page_import = 'import { saveName } from "../utils/form";\n'
    backend = by_folder(write(tmp_path, _tree(page_import=page_import)))["apps/profile"]
    assert first(backend, K.QUERY)[0] == "pg"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_page_asking_the_barrel_for_the_namespace_keeps_pg(tmp_path: Path) -> None:
    page = _PAGE.replace(
        "{ formatDate, stringToAsterisk }", "{ form, formatDate, stringToAsterisk }"
    )
    files = {**_tree(), "apps/profile/app/[locale]/page.tsx": page % ""}
    backend = by_folder(write(tmp_path, files))["apps/profile"]
    assert first(backend, K.QUERY)[0] == "pg"


def test_a_migrations_folder_keeps_db_migrate(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(migrations=True)))["apps/profile"]
    assert first(backend, K.MIGRATIONS)[0] == "db-migrate"


def test_a_pool_module_nothing_imports_keeps_pg(tmp_path: Path) -> None:
    # Not a part of the import graph at all: a tool or a worker may run it.
    files = {**_tree(), "apps/profile/app/utils/index.ts": _BARREL.split("\n", 2)[2]}
    del files["apps/profile/app/utils/form.ts"]
    backend = by_folder(write(tmp_path, files))["apps/profile"]
    assert first(backend, K.QUERY)[0] == "pg"
