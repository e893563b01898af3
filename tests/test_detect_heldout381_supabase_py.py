"""A gap the 381st held-out set showed (benchmarks/detect_heldout381.yaml), as a small fixture
of the real files' shape (#19): a FastAPI service whose every table is read and written through
Supabase's Python client (`client.table(name).insert(...)`), no ORM nor driver of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONFIG = (
    "import os\n\nfrom supabase import create_client, Client\n\n\n"
    "def supabase_client() -> Client:\n"
    "    return create_client(os.environ['SUPABASE_URL'], os.environ['SUPABASE_KEY'])\n"
)


def _tree(repo: str) -> dict[str, str]:
    return {
        "requirements.txt": "fastapi==0.115.8\nuvicorn==0.34.0\npostgrest==0.19.3\n"
        "supabase==2.13.0\npytest==8.3.5\n",
        "app/__init__.py": "",
        "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI(title='shop')\n",
        "app/config.py": _CONFIG,
        "app/repo.py": repo,
    }


_TABLES = (
    "from app.config import supabase_client\n\n\nclass BaseRepo:\n"
    "    def __init__(self, table_name):\n        self.client = supabase_client()\n"
    "        self.table = self.client.table(table_name)\n\n"
    "    def create(self, row):\n        return self.table.insert(row).execute()\n"
)

_AUTH_ONLY = (
    "from app.config import supabase_client\n\n\ndef login(email):\n"
    "    return supabase_client().auth.sign_in_with_otp({'email': email})\n"
)


def test_table_queries_through_the_client_name_it_and_postgresql(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree(_TABLES)))["."]
    assert first(root, K.QUERY)[0] == "supabase-py"
    assert first(root, K.DATABASE)[0] == "PostgreSQL"


def test_a_client_for_sign_in_alone_is_no_data_layer(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree(_AUTH_ONLY)))["."]
    assert first(root, K.QUERY)[0] != "supabase-py"
