"""Node: a workspace data package with one declared engine lends its data layer whole (set 228,
#19).

A notebooks product keeps its Prisma models in a workspace package (`@acme/database`:
`@prisma/client`, `prisma`, `pg`, `schema.prisma` on PostgreSQL) whose code also writes the
connection URLs of the databases its users connect (`mssql+pymssql://…`, `mysql+mysqldb://…`),
and its API depends on it beside the `mssql` driver it queries those users' servers with. The
package declares one engine's driver: it is the product's models, not a common library over
several stores, and the API takes its Prisma and PostgreSQL. A library whose manifest declares
the drivers of two engines stays a common library: the API takes only the layers it names."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SCHEMA = (
    'generator client {\n  provider = "prisma-client-js"\n}\n\n'
    'datasource db {\n  provider = "postgresql"\n  url      = env("POSTGRES_PRISMA_URL")\n}\n\n'
    "model Workspace {\n  id String @id @default(uuid())\n}\n"
)

_URLS = (
    "export function connectionUrl(ds: DataSource, password: string): string {\n"
    "  switch (ds.type) {\n"
    "    case 'sqlserver':\n"
    "      return `mssql+pymssql://${ds.user}:${password}@${ds.host}:${ds.port}/${ds.db}`\n"
    "    case 'mysql':\n"
    "      return `mysql+mysqldb://${ds.user}:${password}@${ds.host}:${ds.port}/${ds.db}`\n"
    "  }\n}\n"
)

_SERVER = (
    "import express from 'express'\nimport * as db from '@acme/database'\n\n"
    "const app = express()\n"
    "app.get('/workspaces', async (req, res) => res.json(await db.prisma().workspace"
    ".findMany()))\n"
    "app.listen(8080)\n"
)


def _manifest(name: str, dependencies: dict[str, str]) -> str:
    return json.dumps({"name": name, "version": "1.0.0", "dependencies": dependencies}, indent=2)


def _repo(library: dict[str, str]) -> dict[str, str]:
    return {
        "package.json": json.dumps(
            {"name": "acme", "private": True, "workspaces": ["apps/*", "packages/*"]}
        ),
        "apps/api/package.json": _manifest(
            "@acme/api", {"@acme/database": "*", "express": "^4.18.2", "mssql": "^11.0.1"}
        ),
        "apps/api/src/index.ts": _SERVER,
        "packages/database/package.json": _manifest("@acme/database", library),
        "packages/database/prisma/schema.prisma": _SCHEMA,
        "packages/database/src/datasources/index.ts": _URLS,
        "packages/database/src/index.ts": "import { PrismaClient } from '@prisma/client'\n\n"
        "export const prisma = () => new PrismaClient()\n",
    }


_MODELS = {"@prisma/client": "^5.4.2", "pg": "^8.13.1", "prisma": "^5.4.2"}


def test_the_models_package_lends_its_prisma(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _repo(_MODELS)))["apps/api"]
    assert first(api, K.FRAMEWORK)[0] == "Express"
    assert first(api, K.ORM)[0] == "Prisma"
    assert first(api, K.DATABASE)[0] == "PostgreSQL"


def test_a_library_declaring_two_engines_lends_only_what_the_api_names(tmp_path: Path) -> None:
    # Counter-case: the library declares MongoDB's driver as well: a common library over two
    # stores, of which the API names only SQL Server's driver.
    library = {**_MODELS, "mongodb": "^6.6.2"}
    api = by_folder(write(tmp_path, _repo(library)))["apps/api"]
    assert first(api, K.ORM) == ("", "")
    assert first(api, K.DATABASE)[0] == "SQL Server"
