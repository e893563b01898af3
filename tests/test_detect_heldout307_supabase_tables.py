"""Supabase's client as a server's only data layer, as set 307 showed it
(benchmarks/detect_heldout307.yaml, #19): a Fastify API declaring `@supabase/supabase-js` and
no ORM, query builder nor SQL driver, whose operations modules query its tables through the
client (`supabase.from(process.env.AGENCIES_TABLE as string).select('*')`, `.insert(row)`).
The client is its data layer. A client used for file storage alone keeps no data."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_OPERATIONS = """import { supabase } from "./index";

export const listAgencies = async () => {
  const { data, error } = await supabase
    .from(process.env.AGENCIES_TABLE as string)
    .select("*");
  if (error) throw error;
  return data;
};

export const createAgency = async (agency: { name: string }) => {
  await supabase.from(process.env.AGENCIES_TABLE as string).insert(agency);
};
"""

_STORAGE = """import { supabase } from "./index";

export const upload = async (name: string, body: Buffer) => {
  await supabase.storage.from("uploads").upload(name, body);
};
"""


def _tree(operations: str) -> dict[str, str]:
    return {
        "package.json": json.dumps(
            {
                "name": "newsroom-api",
                "private": True,
                "scripts": {"build": "tsc", "start": "node dist/index.js"},
                "dependencies": {"fastify": "5.6.1", "@supabase/supabase-js": "2.74.0"},
                "devDependencies": {"typescript": "5.9.0"},
            },
            indent=2,
        ),
        "tsconfig.json": "{}\n",
        "src/index.ts": (
            'import Fastify from "fastify";\n'
            'import { listAgencies } from "./services/supabase/agencies.operations";\n\n'
            "const app = Fastify();\n"
            'app.get("/agencies", async () => listAgencies());\n'
            "app.listen({ port: 3000 });\n"
        ),
        "src/services/supabase/index.ts": (
            'import { SupabaseClient } from "@supabase/supabase-js";\n\n'
            "export const supabase = new SupabaseClient(\n"
            "  process.env.SUPABASE_URL as string,\n  process.env.SUPABASE_KEY as string\n);\n\n"
            'export * from "./agencies.operations";\n'
        ),
        "src/services/supabase/agencies.operations.ts": operations,
    }


def test_table_queries_make_the_client_the_data_layer(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_OPERATIONS)))
    assert first(backends["."], K.QUERY)[0] == "supabase-js"
    assert first(backends["."], K.DATABASE)[0] == "PostgreSQL"


def test_storage_alone_is_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: `storage.from(bucket)` is a bucket, not a table.
    backends = by_folder(write(tmp_path, _tree(_STORAGE)))
    assert all(f.name != "supabase-js" for f in backends["."].findings)
