"""A workspace library declaring a driver none of its code imports lends no data layer (#19,
set 69): the Next.js UI using the `shared` package of schemas is no backend, while the API
opening the driver itself keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _tree(shared_code: str) -> dict[str, str]:
    return {
        "package.json": '{"name": "mono", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/shared/package.json": package_json(
            {"postgres": "3.4.5", "zod": "^3.24.3"}, name="shared"
        ),
        "packages/shared/index.ts": shared_code,
        "packages/frontend/package.json": package_json(
            {"next": "16.0.1", "react": "19.2.0", "shared": "*"}, name="frontend"
        ),
        "packages/frontend/pages/index.tsx": (
            "import { schema } from 'shared';\n\nexport default function Home() { return null }\n"
        ),
        "packages/frontend/pages/api/evaluate.ts": (
            'import type { NextApiRequest, NextApiResponse } from "next"\n\n'
            "export default async function handler(req: NextApiRequest, res: NextApiResponse) "
            "{\n  res.status(200).json({ ok: true })\n}\n"
        ),
        "packages/backend/package.json": package_json(
            {"koa": "^2.16.2", "postgres": "3.4.5", "shared": "*"}, name="backend"
        ),
        "packages/backend/src/index.ts": (
            "import Koa from 'koa';\nimport postgres from 'postgres';\n\n"
            "const sql = postgres(process.env.DATABASE_URL);\n"
            "const app = new Koa();\napp.listen(3333);\n"
        ),
    }


def test_a_library_never_opening_its_driver_lends_no_data(tmp_path: Path) -> None:
    code = "import { z } from 'zod';\n\nexport const schema = z.object({});\n"
    found = by_folder(write(tmp_path, _tree(code)))
    assert set(found) == {"packages/backend"}
    assert first(found["packages/backend"], K.DATABASE)[0] == "PostgreSQL"


def test_a_library_opening_its_driver_still_lends_it(tmp_path: Path) -> None:
    code = "import postgres from 'postgres';\n\nexport const sql = postgres();\n"
    assert "packages/frontend" in by_folder(write(tmp_path, _tree(code)))
