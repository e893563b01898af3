"""Held-out set 96 (#19): a local-first React PWA that takes only Prisma's generated types.

The browser application (Vite, react-dom, react-router in library mode) keeps a copy of the
API's `prisma/schema.prisma` and declares `@prisma/client`, so that `prisma generate` gives its
components the models' types and enums (`import type { Fei } from '@prisma/client'`); its
`server-app.js` is Express handing out the Vite build (`express.static`, `index.html` for every
path). No module names `PrismaClient`: it is a UI, no backend. Counter-cases: a module
constructing `PrismaClient` keeps it a backend with Prisma; a schema generating the client to
a path of the project's own is left to the old reading.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = """import express from 'express';
import path from 'path';

const app = express();
app.use(express.static(path.join(process.cwd(), 'build')));
app.get('*', (req, res, next) => {
  res.sendFile(path.join(process.cwd(), 'build', 'index.html'), next);
});
app.listen(process.env.PORT || 8080);
"""

_SCHEMA = """generator client {{
  provider = "prisma-client-js"{output}
}}

datasource db {{
  provider = "postgresql"
  url      = env("DATABASE_URL")
}}

model Fei {{
  id Int @id
}}
"""

_TYPES = """import type { Fei } from '@prisma/client';
import { UserRoles } from '@prisma/client';
export const roles: UserRoles[] = [];
export type Row = Fei;
"""


def _tree(*, client: bool = False, output: bool = False) -> dict[str, str]:
    files = {
        "ui/package.json": package_json(
            {
                "@prisma/client": "6.8.2",
                "express": "^4.22.1",
                "react": "^19.1.0",
                "react-dom": "^19.1.0",
                "react-router": "^7.12.0",
            },
            {"prisma": "6.8.2", "vite": "^5.4.10"},
            scripts={"build": "prisma generate && vite build", "start": "node ./server-app.js"},
        ),
        "ui/server-app.js": _SERVER,
        "ui/prisma/schema.prisma": _SCHEMA.format(
            output='\n  output   = "../src/generated"' if output else ""
        ),
        "ui/src/types/fei.ts": _TYPES,
        "ui/src/main.tsx": (
            "import { createRoot } from 'react-dom/client';\ncreateRoot(document.body);\n"
        ),
    }
    if client:
        files["ui/src/db.ts"] = (
            "import { PrismaClient } from '@prisma/client';\n"
            "export const prisma = new PrismaClient();\n"
        )
    return files


def test_a_ui_taking_only_prismas_types_is_no_backend(tmp_path: Path) -> None:
    assert "ui" not in by_folder(write(tmp_path, _tree()))


def test_a_ui_constructing_the_client_keeps_prisma(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(client=True)))["ui"]
    assert first(backend, K.ORM)[0] == "Prisma"


def test_a_client_generated_elsewhere_is_left_alone(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(output=True)))["ui"]
    assert first(backend, K.ORM)[0] == "Prisma"
