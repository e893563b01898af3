"""Held-out set 163 (#19): Next.js UIs of a pnpm workspace are no backends, though they declare
the workspace's data package. Each front's package.json names `@app/prisma` (the Prisma client)
and `@app/graphql` (the GraphQL schema package, on the MongoDB driver too), yet its code imports
from them only the generated operations its pages send to the API (`@app/graphql/dist/ops`,
built from `src/ops.ts`: documents and types; `dist/client.json`, a JSON document), and from
`@app/types` enums whose module takes Prisma's types alone (`import type { … } from
'@app/prisma'` over several lines). A server-rendered front with no data of its own is a UI
(HELDOUT "What a backend is"): so a Next.js front weighs only the workspace libraries its code
imports for values (`next_server_uses`), a build-output subpath read as the source that builds
it (`library_subpaths`). Counter-case: the login app, importing the Prisma client from the
data package in its API route, keeps it and stays a backend.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(name: str, deps: dict[str, str], **extra: object) -> str:
    return json.dumps(
        {"name": name, "version": "1.0.0", "dependencies": deps,
         "devDependencies": {"typescript": "~5.6.3"}, **extra},
        indent=2,
    )


_TSCONFIG = '{"compilerOptions": {"strict": true}}\n'

_DOCKERFILE = "FROM node:20\nCOPY . .\nRUN pnpm build\nCMD [\"pnpm\", \"start\"]\n"


_OPS = """import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'
export type Maybe<T> = T | null;
export enum ElementType { Choice = 'CHOICE', Text = 'TEXT' }
export const GetCourseDocument = {"kind":"Document","definitions":[]} as unknown as DocumentNode;
"""

_PAGE = """import { useQuery } from '@apollo/client'
import { GetCourseDocument, ElementType } from '@app/graphql/dist/ops'
import persisted from '@app/graphql/dist/client.json'
import { AvatarKind } from '@app/types'

export default function Course() {
  const { data } = useQuery(GetCourseDocument)
  return <div>{ElementType.Choice}{AvatarKind.Hat}{String(persisted)}{String(data)}</div>
}
"""

_AUTH_ROUTE = """import NextAuth from 'next-auth'
import { PrismaClient } from '@app/prisma'

const prisma = new PrismaClient()

export default NextAuth({ callbacks: { async signIn({ user }) {
  await prisma.userLogin.create({ data: { userId: user.id } })
  return true
} } })
"""


def _tree(front_page: str = _PAGE) -> dict[str, str]:
    lib = {"main": "dist/index.js", "types": "dist/index.d.ts", "files": ["dist"]}
    files = {
        "package.json": json.dumps({"name": "root", "private": True}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "packages/prisma/package.json": _package(
            "@app/prisma", {"@prisma/client": "5.21.0"}, **lib
        ),
        "packages/prisma/src/index.ts": "export * from '@prisma/client'\n",
        "packages/prisma/src/prisma/schema.prisma": (
            'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n'
        ),
        "packages/graphql/package.json": _package(
            "@app/graphql", {"@app/prisma": "workspace:*", "mongodb": "5.7.0",
                             "graphql": "16.9.0"}, **lib
        ),
        "packages/graphql/src/index.ts": "import { MongoClient } from 'mongodb'\n"
        "export const mongo = new MongoClient(process.env.MONGO_URL as string)\n",
        "packages/graphql/src/ops.ts": _OPS,
        "packages/types/package.json": _package("@app/types", {"@app/prisma": "workspace:*"},
                                                **lib),
        "packages/types/src/index.ts": "import type {\n  User,\n  Course,\n} from '@app/prisma'\n\n"
        "export enum AvatarKind { Hat = 'hat' }\nexport type Owner = User | Course\n",
        "apps/frontend/package.json": _package(
            "@app/frontend",
            {"next": "15.0.0", "react": "18.3.1", "react-dom": "18.3.1",
             "@apollo/client": "3.11.8", "@app/graphql": "workspace:*",
             "@app/prisma": "workspace:*", "@app/types": "workspace:*"},
            scripts={"build": "next build", "start": "next start"},
        ),
        "apps/frontend/src/pages/index.tsx": front_page,
        "apps/auth/package.json": _package(
            "@app/auth",
            {"next": "15.0.0", "react": "18.3.1", "react-dom": "18.3.1",
             "next-auth": "4.24.8", "@app/prisma": "workspace:*"},
            scripts={"build": "next build", "start": "next start"},
        ),
        "apps/auth/src/pages/api/auth/[...nextauth].ts": _AUTH_ROUTE,
    }
    for folder in ("packages/prisma", "packages/graphql", "packages/types"):
        files[f"{folder}/tsconfig.json"] = _TSCONFIG
    for folder in ("apps/frontend", "apps/auth"):
        files[f"{folder}/tsconfig.json"] = _TSCONFIG
        files[f"{folder}/next.config.mjs"] = "export default { output: 'standalone' }\n"
        files[f"{folder}/Dockerfile"] = _DOCKERFILE
    return files


def test_a_front_importing_only_generated_operations_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "apps/frontend" not in found
    assert first(found["apps/auth"], K.FRAMEWORK)[0] == "Next.js"
    assert first(found["apps/auth"], K.ORM)[0] == "Prisma"


def test_a_front_importing_the_data_package_keeps_its_data(tmp_path: Path) -> None:
    # Counter-case: a page reading the database through the data package's client.
    page = _PAGE.replace(
        "import { AvatarKind } from '@app/types'\n",
        "import { AvatarKind } from '@app/types'\nimport { PrismaClient } from '@app/prisma'\n"
        "export const getServerSideProps = async () => ({ props: {\n"
        "  count: await new PrismaClient().course.count() } })\n",
    )
    found = by_folder(write(tmp_path, _tree(page)))
    assert first(found["apps/frontend"], K.ORM)[0] == "Prisma"


def test_a_front_reaching_the_store_through_a_subpath_keeps_its_data(tmp_path: Path) -> None:
    # Counter-case: the subpath's module opens the MongoDB client.
    page = _PAGE.replace("'@app/graphql/dist/ops'", "'@app/graphql/dist/index'")
    found = by_folder(write(tmp_path, _tree(page)))
    assert "apps/frontend" in found
