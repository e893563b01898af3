"""A Next.js app whose database module builds a `pg` Pool, with pg-promise declared beside it
and imported nowhere (benchmarks/detect_heldout113.yaml, #19): the query library no code
imports is no data layer; the driver the code opens is. Where pg-promise is imported, it stays
the layer the code is written to."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_DATABASE = (
    "import pg from 'pg';\n\n"
    "const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });\n\n"
    "export const query = (text: string, values?: unknown[]) => pool.query(text, values);\n"
)

_PROMISE = "import pgp from 'pg-promise';\n\nexport const db = pgp()(process.env.DATABASE_URL);\n"

_ROUTE = (
    "import { query } from '@/app/lib/database';\n\n"
    "export async function GET() {\n"
    "  return Response.json((await query('select 1')).rows);\n"
    "}\n"
)


def _layer(tmp_path: Path, promise_used: bool) -> str:
    files = {
        "package.json": package_json(
            {"next": "16.1.4", "pg": "^8.16.3", "pg-promise": "^11.9.1", "react": "19.0.0"}
        ),
        ".env.example": "DATABASE_URL='postgres://user:password@localhost:5432/db'\n",
        "app/lib/database.ts": _DATABASE,
        "app/api/items/route.ts": _ROUTE,
    }
    if promise_used:
        files["app/lib/promise.ts"] = _PROMISE
    return first(by_folder(write(tmp_path, files))["."], K.QUERY)[0]


def test_an_unimported_query_library_gives_way_to_the_driver(tmp_path: Path) -> None:
    assert _layer(tmp_path, promise_used=False) == "pg"


def test_an_imported_query_library_stays_first(tmp_path: Path) -> None:
    assert _layer(tmp_path, promise_used=True) == "pg-promise"
