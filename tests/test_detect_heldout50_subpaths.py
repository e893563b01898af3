"""A service importing a workspace library's modules by subpath, as set 50 showed it
(benchmarks/detect_heldout50.yaml, #19): a Next.js app of evaluations imports a few modules of
the workspace's `@acme/core` one by one (`from "@acme/core/ai"`, `from
"@acme/core/images/upload"`), each resolved through core's `exports` map and followed through
its relative imports; none reaches `@acme/db`, the Prisma package core depends on for its other
modules (and whose test configuration names PostgreSQL). So the app takes no data through core,
nor from `@acme/db` behind it, and a Next.js app holding no data is a UI, not a backend
(`library_names`, `library_subpaths`). An app whose subpath reaches a module importing
`@acme/db` keeps the data, and one whose subpath or relative import cannot be followed keeps
today's lending."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.library_subpaths import reached, resolve
from designer.model.stack import FindingKind as K

_DB = {
    "packages/db/package.json": json.dumps(
        {
            "name": "@acme/db",
            "private": True,
            "type": "module",
            "exports": {".": "./src/index.ts"},
            "dependencies": {"@prisma/client": "7.9.1", "pg": "8.23.0"},
            "devDependencies": {"prisma": "7.9.1"},
        },
        indent=2,
    ),
    "packages/db/src/index.ts": (
        'import { PrismaClient } from "@prisma/client";\n\n'
        "export const prisma = new PrismaClient();\n"
    ),
    "packages/db/src/prisma/schema.prisma": (
        'datasource db {\n  provider = "postgresql"\n}\n\n'
        'generator client {\n  provider = "prisma-client-js"\n}\n\n'
        "model Course {\n  id Int @id\n  title String\n}\n"
    ),
}

_AI = {
    "packages/ai/package.json": json.dumps(
        {
            "name": "@acme/ai",
            "private": True,
            "type": "module",
            "exports": {"./gateway": "./src/gateway.ts"},
            "dependencies": {"ai": "5.0.0"},
        },
        indent=2,
    ),
    "packages/ai/src/gateway.ts": (
        'import { createGateway } from "ai";\n\nexport const gateway = createGateway({});\n'
    ),
}

_CORE = {
    "packages/core/package.json": json.dumps(
        {
            "name": "@acme/core",
            "private": True,
            "type": "module",
            "exports": {
                "./ai": "./src/ai.ts",
                "./images/upload": {
                    "types": "./src/images/upload-image.d.ts",
                    "import": "./src/images/upload-image.ts",
                },
                "./courses/list": "./src/courses/list-courses.ts",
            },
            "scripts": {"test": "vitest run"},
            "dependencies": {"@acme/ai": "workspace:*", "@acme/db": "workspace:*"},
            "devDependencies": {"vitest": "4.1.0"},
        },
        indent=2,
    ),
    # Its tests run against a database: that PostgreSQL is the suite's, and lends nothing
    # (core carries @acme/db's data, `test_detect_heldout50_testconfigs`).
    "packages/core/vitest.config.mts": (
        'import { defineConfig } from "vitest/config";\n\n'
        "export default defineConfig({\n  test: {\n    env: {\n"
        '      DATABASE_URL: "postgres://postgres:postgres@localhost:5432/acme_test",\n'
        '    },\n    environment: "node",\n  },\n});\n'
    ),
    "packages/core/src/ai.ts": 'export { gateway } from "@acme/ai/gateway";\n',
    "packages/core/src/images/upload-image.ts": (
        'import { toSlug } from "../text/slug";\nimport "./upload.css";\n\n'
        "export async function uploadImage(name: string) {\n  return toSlug(name);\n}\n"
    ),
    "packages/core/src/images/upload.css": ".upload { color: red; }\n",
    "packages/core/src/text/slug.ts": (
        "export const toSlug = (text: string) => text.toLowerCase();\n"
    ),
    "packages/core/src/courses/list-courses.ts": (
        'import { coursesQuery } from "./queries";\n\n'
        "export const listCourses = () => coursesQuery();\n"
    ),
    "packages/core/src/courses/queries.ts": (
        'import { prisma } from "@acme/db";\n\n'
        "export const coursesQuery = () => prisma.course.findMany();\n"
    ),
}


def _app(folder: str, imports: dict[str, str]) -> dict[str, str]:
    """A Next.js app whose server actions import the given names of core's subpaths."""
    manifest = {
        "name": folder,
        "private": True,
        "scripts": {"build": "next build", "start": "next start -p 3201"},
        "dependencies": {
            "@acme/ai": "workspace:*",
            "@acme/core": "workspace:*",
            "next": "16.0.0",
            "react": "19.0.0",
            "react-dom": "19.0.0",
        },
        "devDependencies": {"typescript": "5.9.0"},
    }
    lines = "".join(f'import {{ {names} }} from "{module}";\n' for module, names in imports.items())
    calls = ", ".join(n.strip() for names in imports.values() for n in names.split(","))
    return {
        f"apps/{folder}/package.json": json.dumps(manifest, indent=2),
        f"apps/{folder}/tsconfig.json": "{}\n",
        f"apps/{folder}/next.config.ts": (
            'import { type NextConfig } from "next";\n\n'
            "const nextConfig: NextConfig = {};\n\nexport default nextConfig;\n"
        ),
        f"apps/{folder}/src/app/layout.tsx": (
            "export default function Layout({ children }: { children: React.ReactNode }) {\n"
            "  return <html><body>{children}</body></html>;\n}\n"
        ),
        f"apps/{folder}/src/app/page.tsx": (
            "export default function Page() {\n  return <main>Evals</main>;\n}\n"
        ),
        f"apps/{folder}/src/app/image-test/actions.ts": (
            f'"use server";\n\n{lines}\nexport async function run() {{\n'
            f"  return [{calls}];\n}}\n"
        ),
    }


def _tree(imports: dict[str, str]) -> dict[str, str]:
    return {
        "package.json": json.dumps({"name": "acme", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        **_DB,
        **_AI,
        **_CORE,
        **_app("evals", imports),
    }


def test_an_app_whose_core_subpaths_never_reach_the_data_package_is_no_backend(
    tmp_path: Path,
) -> None:
    tree = _tree({"@acme/core/ai": "gateway", "@acme/core/images/upload": "uploadImage"})
    assert "apps/evals" not in by_folder(write(tmp_path, tree))


def test_an_app_whose_core_subpath_reaches_the_data_package_keeps_its_data(
    tmp_path: Path,
) -> None:
    # Counter-case: list-courses imports ./queries, which imports `{ prisma }` of @acme/db.
    tree = _tree({"@acme/core/ai": "gateway", "@acme/core/courses/list": "listCourses"})
    backend = by_folder(write(tmp_path, tree))["apps/evals"]
    assert first(backend, K.ORM)[0] == "Prisma"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_an_unresolved_subpath_keeps_the_lending(tmp_path: Path) -> None:
    # Counter-case: `@acme/core/jobs` is neither exported nor a file of core: what it runs is
    # unknown, so core lends the app its data as before.
    tree = _tree({"@acme/core/ai": "gateway", "@acme/core/jobs": "runJobs"})
    backend = by_folder(write(tmp_path, tree))["apps/evals"]
    assert first(backend, K.ORM)[0] == "Prisma"


def test_an_unfollowable_relative_import_keeps_the_lending(tmp_path: Path) -> None:
    # Counter-case: the module imports a sibling absent from the tree (generated at build).
    tree = _tree({"@acme/core/images/upload": "uploadImage"})
    tree["packages/core/src/images/upload-image.ts"] += 'import { meta } from "./generated";\n'
    backend = by_folder(write(tmp_path, tree))["apps/evals"]
    assert first(backend, K.ORM)[0] == "Prisma"


def test_exports_targets_patterns_and_the_folder_resolve(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "lib/package.json": json.dumps(
                {
                    "name": "@acme/lib",
                    "exports": {
                        ".": "./src/index.ts",
                        "./utils/*": {"types": "./types/*.d.ts", "default": "./src/utils/*.ts"},
                        "./config": ["./dist/config.js", "./src/config.ts"],
                    },
                }
            ),
            "lib/src/index.ts": "export const a = 1;\n",
            "lib/src/utils/dates.ts": 'export { b } from "../helpers";\n',
            "lib/src/helpers/index.ts": 'import { c } from "./c.js";\nexport const b = c;\n',
            "lib/src/helpers/c.ts": "export const c = 2;\n",
            "lib/src/config.ts": "export const d = 3;\n",
            "plain/package.json": json.dumps({"name": "@acme/plain"}),
            "plain/src/strings.ts": "export const e = 4;\n",
        },
    )
    top = str(tmp_path)
    assert resolve(top, "lib", "utils/dates") == "lib/src/utils/dates.ts"
    assert resolve(top, "lib", "config") == "lib/src/config.ts"
    assert resolve(top, "plain", "strings") == "plain/src/strings.ts"
    assert reached(top, "lib", "utils/dates") == {
        "lib/src/utils/dates.ts",
        "lib/src/helpers/index.ts",
        "lib/src/helpers/c.ts",
    }
    # Counter-cases: a subpath outside the exports map, and a file outside the package.
    assert resolve(top, "lib", "missing") is None
    assert resolve(top, "lib", "../plain/src/strings") is None
