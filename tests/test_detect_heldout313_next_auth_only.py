"""A Next.js UI whose only API route is NextAuth's, as set 313 showed it
(benchmarks/detect_heldout313.yaml, #19): a dashboard over another folder's API whose one route,
`pages/api/auth/[...nextauth].ts`, reads the accounts collection through `lib/mongodb.ts`
to sign users in. That is identity, not data of its own: the app is a UI. A second API route
reaching the same database keeps it a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_NEXTAUTH = """import clientPromise from '@/lib/mongodb';
import NextAuth, { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';

export const authOptions: AuthOptions = {
  providers: [
    CredentialsProvider({
      credentials: { email: { label: 'E-mail', type: 'text' } },
      async authorize(credentials) {
        const client = await clientPromise;
        const accounts = client.db(process.env.DB_NAME).collection('accounts');
        const account = await accounts.findOne({ email: credentials?.email });
        return account ? { id: String(account._id), email: account.email } : null;
      },
    }),
  ],
};

export default NextAuth(authOptions);
"""

_MONGODB = """import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI as string);
const clientPromise = client.connect();

export default clientPromise;
"""


def _tree(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "dashboard/package.json": json.dumps(
            {
                "name": "dashboard",
                "private": True,
                "scripts": {"dev": "next dev", "build": "next build", "start": "next start"},
                "dependencies": {
                    "next": "14.2.35",
                    "react": "18.2.0",
                    "next-auth": "4.24.0",
                    "mongodb": "6.21.0",
                },
            },
            indent=2,
        ),
        "dashboard/tsconfig.json": "{}\n",
        "dashboard/src/pages/index.tsx": (
            "export default function Home() {\n  return <main>Courses</main>;\n}\n"
        ),
        "dashboard/src/pages/api/auth/[...nextauth].ts": _NEXTAUTH,
        "dashboard/src/lib/mongodb.ts": _MONGODB,
        "dashboard/src/lib/api.ts": (
            "export const getCourses = () =>\n"
            "  fetch(`${process.env.NEXT_PUBLIC_BACKEND_URL}/api/courses`).then(r => r.json());\n"
        ),
        **(extra or {}),
    }


def test_a_nextauth_route_alone_is_a_ui(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert "dashboard" not in backends


def test_another_route_reaching_the_database_keeps_a_backend(tmp_path: Path) -> None:
    # Counter-case: a route of its own reads the same database.
    route = (
        "import clientPromise from '@/lib/mongodb';\n\n"
        "export default async function handler(req, res) {\n"
        "  const client = await clientPromise;\n"
        "  res.json(await client.db().collection('notes').find().toArray());\n}\n"
    )
    backends = by_folder(write(tmp_path, _tree({"dashboard/src/pages/api/notes.ts": route})))
    assert "dashboard" in backends
