"""A gap the 426th held-out set showed (benchmarks/detect_heldout426.yaml), as a small fixture
of the real files' shape (#19): a FastAPI service writing its tables through Supabase's Python
client while its requirements still pin SQL layers none of its modules imports (SQLAlchemy,
psycopg2-binary, asyncpg)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "fastapi==0.115.6\nuvicorn==0.24.0\nredis==5.0.1\nsqlalchemy==2.0.23\n"
    "psycopg2-binary==2.9.9\nasyncpg==0.29.0\nsupabase==2.7.4\n"
)

_DEPENDENCIES = (
    "import os\n\nfrom supabase import Client, create_client\n\n\n"
    "def get_client() -> Client:\n"
    "    return create_client(os.environ['SUPABASE_URL'], os.environ['SUPABASE_KEY'])\n"
)

_PROVIDERS = (
    "from dependencies import get_client\n\n\n"
    "def register(row):\n"
    "    return get_client().table('providers').insert(row).execute()\n"
)

_MAIN = (
    "from fastapi import FastAPI\n\nfrom providers import register\n\n"
    "app = FastAPI(title='providers')\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "requirements.txt": _REQUIREMENTS,
        "principal.py": _MAIN,
        "dependencies.py": _DEPENDENCIES,
        "providers.py": _PROVIDERS,
        **extra,
    }


def test_sql_layers_no_module_imports_leave_the_client_the_data_layer(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree()))["."]
    assert first(root, K.QUERY)[0] == "supabase-py"
    assert first(root, K.ORM)[0] == ""
    assert first(root, K.DATABASE)[0] == "PostgreSQL"


def test_an_imported_sql_layer_stays_the_data_layer(tmp_path: Path) -> None:
    session = (
        "from sqlalchemy import create_engine\n\n"
        "engine = create_engine('postgresql://app@db/app')\n"
    )
    root = by_folder(write(tmp_path, _tree(**{"session.py": session})))["."]
    assert first(root, K.ORM)[0] == "SQLAlchemy"
    assert first(root, K.QUERY)[0] != "supabase-py"
