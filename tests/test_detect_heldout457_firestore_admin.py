"""A gap the 457th held-out set showed (benchmarks/detect_heldout457.yaml), as a small fixture
of the real files' shape (#19): a Next.js app whose server code opens Cloud Firestore through
Firebase's Admin SDK (`'use server'` functions importing `firebase-admin/firestore` that write
shared snapshots): data of its own, a backend on Firestore. The same app reaching Firestore
only through the browser SDK (`firebase/firestore` in a client component) stays a UI."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PACKAGE = (
    '{\n  "name": "chat",\n  "private": true,\n  "scripts": {"dev": "next dev", '
    '"build": "next build", "start": "next start"},\n  "dependencies": {"next": "15.0.7", '
    '"react": "19.0.0", "react-dom": "19.0.0", "firebase": "^11.0.2", '
    '"firebase-admin": "^13.0.2"}\n}\n'
)

_ADMIN = (
    "'use server';\n\nimport { credential } from 'firebase-admin';\n"
    "import { initializeApp } from 'firebase-admin/app';\n"
    "import { getFirestore } from 'firebase-admin/firestore';\n\n"
    "const app = initializeApp({ credential: credential.applicationDefault() });\n"
    "const db = getFirestore(app);\n\n"
    "export async function shareSnapshot(messages: string[]) {\n"
    "  return db.collection('snapshots').add({ messages });\n}\n"
)

_CLIENT = (
    "'use client';\n\nimport { getFirestore, collection, getDocs } from 'firebase/firestore';\n"
    "import { app } from './firebase';\n\n"
    "export async function parties() {\n"
    "  return getDocs(collection(getFirestore(app), 'parties'));\n}\n"
)

_PAGE = "export default function Page() {\n  return <main>chat</main>;\n}\n"


def _tree(**extra: str) -> dict[str, str]:
    return {
        "package.json": _PACKAGE,
        "next.config.ts": "export default {};\n",
        "app/page.tsx": _PAGE,
        "lib/firebase/firebase.ts": "import { initializeApp } from 'firebase/app';\n"
        "export const app = initializeApp({ projectId: 'chat' });\n",
        "lib/firebase/client.ts": _CLIENT,
        **extra,
    }


def test_server_code_writing_firestore_through_the_admin_sdk_is_a_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree(**{"lib/firebase/firebase-admin.ts": _ADMIN})))
    assert first(found["."], FindingKind.DATABASE)[0] == "Firestore"


def test_firestore_through_the_browser_sdk_alone_stays_a_ui(tmp_path: Path) -> None:
    assert "." not in by_folder(write(tmp_path, _tree()))
