"""An Express service keeping its data in ArangoDB through `arangojs` beside a search index
(#19): ArangoDB's driver names the engine, and the Elasticsearch client stays a fallback."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.ecosystems.node import CATALOG
from designer.model.stack import FindingKind as K

PACKAGE = """{
  "name": "core",
  "scripts": {"start": "node dist/index.js", "test": "jest"},
  "dependencies": {"@elastic/elasticsearch": "8.10.0", "arangojs": "8.1.0", "express": "4.20.0"},
  "devDependencies": {"jest": "29.7.0"}
}
"""
INDEX = "import express from 'express';\nconst app = express();\napp.listen(4001);\n"
DB = (
    "import {Database} from 'arangojs';\n"
    "export const db = new Database({url: process.env.ARANGO_URL});\n"
)


def test_arangojs_names_arangodb(tmp_path: Path) -> None:
    files = {"package.json": PACKAGE, "src/index.ts": INDEX, "src/db.ts": DB}
    backend = by_folder(write(tmp_path, files))["."]
    names = {(f.kind, f.name) for f in backend.findings}
    assert (K.QUERY, "arangojs") in names
    assert (K.DATABASE, "ArangoDB") in names
    assert "arangojs" in CATALOG
