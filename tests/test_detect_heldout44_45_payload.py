"""Held-out set 45's Payload miss (benchmarks/detect_heldout45.yaml), as a small fixture of the
real files' shape (#19): a Next.js app whose Payload CMS keeps its collections in MongoDB
through the adapter its config imports (over several lines), beside a second adapter it only
declares, and serves Payload's API from App Router route handlers."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONFIG = (
    'import { buildConfig } from "payload";\n'
    "import {\n  compatibilityOptions,\n  mongooseAdapter,\n} from \"@payloadcms/db-mongodb\";\n\n"
    "export default buildConfig({\n"
    "  db: mongooseAdapter({ url: process.env.DATABASE_URI! }),\n"
    "  collections: [],\n});\n"
)
_ROUTE = (
    'import config from "@payload-config";\n'
    'import { REST_GET, REST_POST } from "@payloadcms/next/routes";\n\n'
    "export const GET = REST_GET(config);\nexport const POST = REST_POST(config);\n"
)


def _app(adapters: dict[str, str], config: str = _CONFIG) -> dict[str, str]:
    return {
        "site/package.json": json.dumps(
            {
                "name": "site",
                "private": True,
                "scripts": {"build": "next build", "start": "next start", "test": "vitest"},
                "dependencies": {
                    "next": "16.3.1",
                    "payload": "3.88.0",
                    "@payloadcms/next": "3.88.0",
                    **adapters,
                    "react": "19.2.8",
                    "react-dom": "19.2.8",
                },
                "devDependencies": {"vitest": "^4.1.10"},
            },
            indent=2,
        ),
        "site/src/payload.config.ts": config,
        "site/src/app/(payload)/api/payload/[...slug]/route.ts": _ROUTE,
        "site/src/app/page.tsx": "export default function Home() {\n  return <main />;\n}\n",
    }


def test_a_next_app_keeping_payload_collections_is_a_backend_on_the_imported_adapter(
    tmp_path: Path,
) -> None:
    files = _app({"@payloadcms/db-mongodb": "3.88.0", "@payloadcms/db-sqlite": "3.88.0"})
    found = by_folder(write(tmp_path, files))
    assert first(found["site"], K.FRAMEWORK)[0] == "Next.js"
    assert first(found["site"], K.ORM)[0] == "Payload"
    assert first(found["site"], K.DATABASE)[0] == "MongoDB"


def test_the_adapter_a_payload_app_imports_by_require_names_the_engine(tmp_path: Path) -> None:
    config = (
        'const { buildConfig } = require("payload");\n'
        'const { postgresAdapter } = require("@payloadcms/db-postgres");\n\n'
        "module.exports = buildConfig({ db: postgresAdapter({}) });\n"
    )
    files = _app(
        {"@payloadcms/db-postgres": "3.88.0", "@payloadcms/db-sqlite": "3.88.0"}, config
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["site"], K.DATABASE)[0] == "PostgreSQL"


def test_a_next_app_without_payload_stays_a_ui(tmp_path: Path) -> None:
    files = _app({})
    del files["site/src/payload.config.ts"]
    del files["site/src/app/(payload)/api/payload/[...slug]/route.ts"]
    files["site/package.json"] = files["site/package.json"].replace(
        '"payload": "3.88.0",', ""
    ).replace('"@payloadcms/next": "3.88.0",', "")
    assert "site" not in by_folder(write(tmp_path, files))
