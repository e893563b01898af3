"""Node: a Next.js app that renders no page is an API service, not a UI (set 241, #19).

Beside a product's main backend, a Next.js package whose only modules are two API routes
(`pages/api/chat.ts`, `pages/api/ingest.ts`) that the backend posts to answers chats from a
vector index: no page, so no UI to serve; it is a computation service, a backend with no data
of its own (`next_api_only`), shipped by its own Dockerfile. The same package with a page
(`pages/index.tsx`, or the App Router's `app/page.tsx`), or with no Dockerfile of its own,
stays a UI, its routes the UI's."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROUTE = (
    "import type { NextApiRequest, NextApiResponse } from 'next';\n\n"
    "export default async function handler(req: NextApiRequest, res: NextApiResponse) {\n"
    "  res.status(200).json({ answer: await answer(req.body.question) });\n}\n"
)


def _tree() -> dict[str, str]:
    return {
        "api/package.json": json.dumps(
            {"name": "api", "dependencies": {"express": "4.18.2", "pg": "8.11.3"}}
        ),
        "api/index.js": (
            "const express = require('express');\nconst { Pool } = require('pg');\n"
            "const app = express();\nconst pool = new Pool();\n"
            "app.post('/chat', async (req, res) => {\n"
            "  await pool.query('INSERT INTO chats VALUES ($1)', [req.body.q]);\n"
            "  res.json(await fetch('http://llm:3000/api/chat'));\n});\napp.listen(8080);\n"
        ),
        "llm/package.json": json.dumps(
            {"name": "llm", "scripts": {"dev": "next dev", "start": "next start"},
             "dependencies": {"next": "13.2.3", "react": "18.2.0", "react-dom": "18.2.0",
                              "langchain": "^0.0.110"}}
        ),
        "llm/Dockerfile": 'FROM node:18-alpine\nCOPY . .\nRUN yarn build\nCMD ["yarn", "start"]\n',
        "llm/next.config.js": "module.exports = { reactStrictMode: true };\n",
        "llm/pages/api/chat.ts": _ROUTE,
        "llm/pages/api/ingest.ts": _ROUTE,
        "llm/utils/makechain.ts": "export const makeChain = () => null;\n",
    }


def test_a_next_app_with_api_routes_only_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["llm"], K.FRAMEWORK) == ("Next.js", "13.2.3")
    assert first(found["llm"], K.DATABASE) == ("", "")
    assert "api" in found


def test_a_page_keeps_it_a_ui(tmp_path: Path) -> None:
    # Counter-cases: a Pages Router page, or an App Router page, beside the same routes.
    files = _tree()
    files["llm/pages/index.tsx"] = "export default function Home() { return <main />; }\n"
    assert "llm" not in by_folder(write(tmp_path / "a", files))
    files = _tree()
    files["llm/app/page.tsx"] = "export default function Home() { return <main />; }\n"
    assert "llm" not in by_folder(write(tmp_path / "b", files))


def test_a_package_not_shipped_on_its_own_stays_a_ui(tmp_path: Path) -> None:
    # Counter-case: no Dockerfile of its own: a UI's package whose pages lie elsewhere.
    files = _tree()
    del files["llm/Dockerfile"]
    assert "llm" not in by_folder(write(tmp_path, files))
