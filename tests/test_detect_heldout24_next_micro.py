"""A Next.js application whose API route reads a webhook's raw body with micro's helper
(held-out set 60, #19): micro is no second framework beside Next.js."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def test_micro_body_helper_beside_next(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "package.json": package_json(
                {"micro": "^10.0.1", "mongoose": "^8.3.2", "next": "^14.2.3",
                 "react": "^18.3.1", "react-dom": "^18.3.1"},
                scripts={"dev": "next dev", "build": "next build", "start": "next start"},
            ),
            "next.config.mjs": "export default { reactStrictMode: true };\n",
            "pages/api/system/stripe.js": (
                'import { buffer } from "micro";\n\n'
                "export const config = { api: { bodyParser: false } };\n\n"
                "export default async function handler(req, res) {\n"
                "  const body = await buffer(req);\n  res.status(200).json({ ok: true });\n}\n"
            ),
            "config/mongo.js": 'import mongoose from "mongoose";\n',
        },
    )
    backend = by_folder(root)["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Next.js", "^14.2.3")
