"""A migration named `…_test` is no test suite, the shape set 376 showed
(benchmarks/detect_heldout376.yaml), as a small fixture of the real files' shape (#19): an
Express API in a pnpm workspace declares Jest (`"test": "jest --watchAll"`) and writes no test;
its workspace database package keeps Prisma migrations, one of them named
`20250309210955_test/`. The API has no test framework; a real `__tests__` folder of a sibling
app still keeps nothing for the API, and a real test folder, even among the migrations,
still counts."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

API_PACKAGE = {
    "name": "api",
    "main": "api.ts",
    "scripts": {"dev": "tsx watch api.ts", "start": "tsx api.ts", "test": "jest --watchAll"},
    "dependencies": {
        "@acme/database": "workspace:*",
        "@prisma/client": "6.17.0",
        "express": "^4.21.2",
    },
    "devDependencies": {"jest": "^29.2.1", "prisma": "6.17.0", "tsx": "^4.19.2"},
}

DATABASE_PACKAGE = {
    "name": "@acme/database",
    "main": "index.ts",
    "dependencies": {"@prisma/client": "6.17.0"},
    "devDependencies": {"prisma": "6.17.0"},
}

API = """\
import express from 'express';
import { prisma } from '@acme/database';

const app = express();
app.get('/teams', async (_req, res) => res.json(await prisma.team.findMany()));
app.listen(3000);
"""

SCHEMA = """\
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model Team {
  id   Int    @id @default(autoincrement())
  name String
}
"""

MIGRATION = 'ALTER TABLE "Team" ADD COLUMN "code" TEXT;\n'


def _tree(**extra: str) -> dict[str, str]:
    return {
        "package.json": json.dumps({"name": "acme", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "apps/api/package.json": json.dumps(API_PACKAGE, indent=2),
        "apps/api/api.ts": API,
        "packages/database/package.json": json.dumps(DATABASE_PACKAGE, indent=2),
        "packages/database/index.ts": "export { PrismaClient } from '@prisma/client';\n",
        "packages/database/prisma/schema.prisma": SCHEMA,
        "packages/database/prisma/migrations/20250226204610_init/migration.sql": MIGRATION,
        "packages/database/prisma/migrations/20250309210955_test/migration.sql": MIGRATION,
        **extra,
    }


def test_a_migration_named_test_keeps_no_declared_jest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(**{
        "apps/mobile/package.json": json.dumps({"name": "mobile"}),
        "apps/mobile/components/__tests__/Button-test.js": "it('renders', () => {});\n",
    })))
    assert first(found["apps/api"], K.FRAMEWORK)[0] == "Express"
    assert first(found["apps/api"], K.TEST) == ("", "")


def test_a_test_folder_of_the_database_package_still_lends_its_suite(tmp_path: Path) -> None:
    suite = "it('connects', () => { expect(1).toBe(1); });\n"
    found = by_folder(write(tmp_path, _tree(**{"packages/database/tests/db.test.ts": suite})))
    assert first(found["apps/api"], K.TEST)[0] == "Jest"


def test_a_test_folder_of_the_migrations_still_counts(tmp_path: Path) -> None:
    check = "it('migrates', () => { expect(1).toBe(1); });\n"
    tree = _tree(**{"packages/database/prisma/migrations/tests/check.ts": check})
    found = by_folder(write(tmp_path, tree))
    assert first(found["apps/api"], K.TEST)[0] == "Jest"
