"""Held-out set 304 (#19): an Express backend declares mysql2, pg and supabase-js; its modules
open MariaDB through mysql2, only one-off `scripts/` import pg, and supabase-js serves file
storage alone; a stale Compose file runs postgres for it. The engine its code reaches is
MySQL. Where a module queries a Supabase table, PostgreSQL is reached too and nothing is
dropped."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSE = """services:
  postgres:
    image: postgres:16-alpine
  backend:
    build: ./backend
    environment:
      DATABASE_URL: postgresql://postgres:postgres@postgres:5432/app
    depends_on:
      - postgres
"""

_POOL = """import mysql from 'mysql2/promise';
export const pool = mysql.createPool({ host: process.env.DB_HOST, port: 3306 });
"""

_STORAGE = """import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
export const upload = (name: string, body: Buffer) =>
  supabase.storage.from('replays').upload(name, body);
"""

_TABLE = """import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
export const players = () => supabase.from('players').select('*');
"""


def _tree(supabase: str) -> dict[str, str]:
    data = {
        "name": "backend",
        "scripts": {"start": "node dist/server.js"},
        "dependencies": {
            "@supabase/supabase-js": "^2.47.0",
            "express": "^4.19.2",
            "mysql2": "^3.6.5",
            "pg": "^8.12.0",
        },
    }
    files = {
        "docker-compose.yml": _COMPOSE,
        "backend/package.json": json.dumps(data, indent=2),
        "backend/Dockerfile": 'FROM node:20\nCMD ["node", "dist/server.js"]\n',
        "backend/src/server.ts": "import express from 'express';\nconst app = express();\n"
        "app.listen(3000);\n",
        "backend/src/config/database.ts": _POOL,
        "backend/src/config/forum.ts": _POOL,
        "backend/src/config/supabase.ts": supabase,
        "backend/scripts/dump_schema.js": "const { Client } = require('pg');\n"
        "new Client().connect();\n",
    }
    return files


def _engines(root: Path) -> list[str]:
    backend = by_folder(root)["backend"]
    return [f.name for f in backend.findings if f.kind is K.DATABASE]


def test_engine_is_the_one_the_code_reaches(tmp_path: Path) -> None:
    engines = _engines(write(tmp_path, _tree(_STORAGE)))
    assert engines[0] == "MySQL" and "PostgreSQL" not in engines


def test_a_supabase_table_query_keeps_postgresql(tmp_path: Path) -> None:
    engines = _engines(write(tmp_path, _tree(_TABLE)))
    assert "PostgreSQL" in engines
