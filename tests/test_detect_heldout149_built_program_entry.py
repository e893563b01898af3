"""Held-out set 149 (#19): a pnpm workspace whose server is a library package
(`packages/backend`: its `createServer()` builds the Express app, Drizzle on PostgreSQL,
`main: dist/index.js`) deployed through a thin application package (`apps/server`: its own
Dockerfile, a manifest naming only the library and dotenv, and `index.ts` at the package's top
calling `createServer()` then `app.listen(port)`). The application's manifest names its
program by the build output (`start: node dist/index.js`), absent from the checkout; tsc
compiles it from `index.ts` (no `rootDir`, `include: ["./**/*.ts"]`). Read from that source,
the program imports the library, which lends the application its framework and data layer
(`workspace_servers`). Counter-case: with no source of the built program in the tree, the
application's imports are unknown and the library stays the backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = (
    'import express from "express";\nimport { drizzle } from "drizzle-orm/postgres-js";\n'
    'import postgres from "postgres";\n\n'
    "export const db = drizzle(postgres(process.env.DATABASE_URL));\n\n"
    "export async function createServer(modules = []) {\n"
    "  const app = express();\n  app.use(express.json());\n  return app;\n}\n"
)
_ENTRY = (
    "import { createServer, logger } from '@acme/backend';\n"
    "import * as dotenv from 'dotenv';\n\ndotenv.config();\n\n"
    "async function start() {\n  const app = await createServer([]);\n"
    "  app.listen(process.env.PORT_BACKEND, () => logger.info('running'));\n}\n\n"
    "start();\n"
)


def _workspace() -> dict[str, str]:
    return {
        "package.json": package_json({}, name="root", private=True),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "docker-compose.yml": "services:\n  postgres:\n    image: postgres:17-alpine\n",
        "packages/backend/package.json": package_json(
            {"express": "^5.1.0", "drizzle-orm": "^0.44.2", "postgres": "^3.4.7"},
            name="@acme/backend", main="dist/index.js",
            scripts={"build": "tsc"},
        ),
        "packages/backend/src/index.ts": 'export * from "./api/server";\n',
        "packages/backend/src/api/server.ts": _SERVER,
        "apps/server/package.json": package_json(
            {"@acme/backend": "workspace:*", "dotenv": "^17.2.0"},
            name="acme-app", private=True,
            scripts={"build": "tsc", "start": "node dist/index.js"},
        ),
        "apps/server/tsconfig.json": (
            '{"compilerOptions": {"outDir": "dist"}, "include": ["./**/*.ts"]}\n'
        ),
        "apps/server/index.ts": _ENTRY,
        "apps/server/Dockerfile": 'FROM node:22-alpine\nCOPY . .\nCMD ["node", "dist/index.js"]\n',
    }


def test_thin_entry_built_from_its_top_level_source_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert set(found) == {"apps/server"}
    app = found["apps/server"]
    assert first(app, K.FRAMEWORK)[0] == "Express"
    assert first(app, K.ORM)[0] == "Drizzle"
    assert first(app, K.DATABASE)[0] == "PostgreSQL"


def test_without_the_programs_source_the_library_stays_the_backend(tmp_path: Path) -> None:
    files = _workspace()
    del files["apps/server/index.ts"]
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"packages/backend"}
