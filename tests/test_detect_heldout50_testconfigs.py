"""A database named only by a test runner's configuration, as set 50 showed it
(benchmarks/detect_heldout50.yaml, #19): a workspace library (`@acme/core`) keeps no data layer
of its own, and its `vitest.config.mts` sets `DATABASE_URL` to the PostgreSQL its test suite
runs on. That database is the tests', not the package's: a test runner's configuration
(`vitest.config.*`, `jest.config.*`, `playwright.config.*`, `cypress.config.*`) proves no
database, as a test file does not, so a Next.js app using the library takes no data from it
(and holding none is a UI). The same URL in the library's own code is its data, and a library
with no data of its own that depends on the workspace's data package carries that package's
data to the app (`nonservices.ui_only`), whatever its test runner names."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_URL = "postgres://postgres:postgres@localhost:5432/acme_test"

_CONFIG = (
    'import { defineConfig } from "vitest/config";\n\n'
    "export default defineConfig({\n  test: {\n    env: {\n"
    f'      DATABASE_URL: "{_URL}",\n'
    "    },\n    environment: \"node\",\n  },\n});\n"
)


def _tree(config_name: str, config: str = _CONFIG) -> dict[str, str]:
    return {
        "package.json": json.dumps(
            {"name": "root", "private": True, "workspaces": ["apps/*", "packages/*"]}
        ),
        "apps/web/package.json": json.dumps(
            {
                "name": "web",
                "private": True,
                "dependencies": {"next": "15.0.0", "react": "19.0.0", "@acme/core": "workspace:*"},
            }
        ),
        "apps/web/src/app/api/courses/route.ts": (
            'import { listCourses } from "@acme/core";\n\n'
            "export async function GET() {\n  return Response.json(await listCourses());\n}\n"
        ),
        "packages/core/package.json": json.dumps(
            {
                "name": "@acme/core",
                "private": True,
                "main": "./src/index.ts",
                "scripts": {"test": "vitest run"},
                "devDependencies": {"vitest": "4.1.0"},
            }
        ),
        "packages/core/src/index.ts": "export async function listCourses() {\n  return [];\n}\n",
        f"packages/core/{config_name}": config,
    }


def test_a_vitest_config_database_lends_no_data(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("vitest.config.mts")))
    assert backends == {}


def test_a_jest_config_database_lends_no_data(tmp_path: Path) -> None:
    config = (
        f'module.exports = {{\n  testEnvironment: "node",\n  globals: {{ url: "{_URL}" }},\n}};\n'
    )
    backends = by_folder(write(tmp_path, _tree("jest.config.js", config)))
    assert backends == {}


def test_the_same_url_in_the_librarys_code_is_its_data(tmp_path: Path) -> None:
    # Counter-case: a URL the library's own module holds is the store its code opens.
    config = f'export const databaseUrl = process.env.DATABASE_URL ?? "{_URL}";\n'
    backends = by_folder(write(tmp_path, _tree("src/config.ts", config)))
    assert set(backends) == {"apps/web"}
    assert first(backends["apps/web"], K.DATABASE)[0] == "PostgreSQL"


def test_a_config_named_like_a_runners_but_not_one_is_read(tmp_path: Path) -> None:
    # Counter-case: only a test runner's own configuration file is the tests'.
    backends = by_folder(write(tmp_path, _tree("src/vitest.config.helpers.ts")))
    assert set(backends) == {"apps/web"}


_DB = {
    "packages/db/package.json": json.dumps(
        {
            "name": "@acme/db",
            "private": True,
            "main": "./src/index.ts",
            "dependencies": {"@prisma/client": "7.9.1", "pg": "8.23.0"},
        }
    ),
    "packages/db/src/index.ts": (
        'import { PrismaClient } from "@prisma/client";\n\n'
        "export const prisma = new PrismaClient();\n"
    ),
    "packages/db/prisma/schema.prisma": (
        'datasource db {\n  provider = "postgresql"\n}\n\nmodel Course {\n  id Int @id\n}\n'
    ),
}


def _carrier_tree() -> dict[str, str]:
    tree = {**_tree("vitest.config.mts"), **_DB}
    manifest = json.loads(tree["packages/core/package.json"])
    manifest["dependencies"] = {"@acme/db": "workspace:*"}
    tree["packages/core/package.json"] = json.dumps(manifest)
    tree["packages/core/src/index.ts"] = (
        'import { prisma } from "@acme/db";\n\n'
        "export async function listCourses() {\n  return prisma.course.findMany();\n}\n"
    )
    return tree


def test_a_library_carries_the_data_package_behind_it(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _carrier_tree()))
    assert "apps/web" in backends
    assert first(backends["apps/web"], K.ORM)[0] == "Prisma"
    assert first(backends["apps/web"], K.DATABASE)[0] == "PostgreSQL"


def test_a_library_behind_one_keeping_data_is_not_followed(tmp_path: Path) -> None:
    # Counter-case: a library behind one that keeps data of its own is that library's
    # concern; what the app takes is the nearer one's data (here Redis), not Prisma's too.
    tree = _carrier_tree()
    manifest = json.loads(tree["packages/core/package.json"])
    manifest["dependencies"]["ioredis"] = "5.4.0"
    tree["packages/core/package.json"] = json.dumps(manifest)
    tree["packages/core/src/index.ts"] = (
        'import Redis from "ioredis";\n\nconst redis = new Redis();\n\n'
        "export async function listCourses() {\n  return redis.get(\"courses\");\n}\n"
    )
    backends = by_folder(write(tmp_path, tree))
    assert "apps/web" in backends
    assert first(backends["apps/web"], K.ORM) == ("", "")
