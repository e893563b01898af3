"""Python: of several drivers declared, one none of the modules imports is no data layer (set
169, #19).

A FastAPI service keeps asyncpg pinned at the top of its requirements.txt (left from an earlier
version) while its modules open PostgreSQL through psycopg2 for blocking queries and psycopg 3
for async ones: ranked by name alone, asyncpg came first. Where the modules import some of the
drivers declared and no ORM nor other data layer is declared, the ones never imported are
dropped (`bare_drivers.drop_unimported_drivers`); the engine stays. An ORM beside them (whose
URL may load asyncpg without an import) keeps every driver."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "asyncpg==0.30.0\nfastapi>=0.104.1\n"
    "# psycopg2 is used for blocking DB operations.\npsycopg2-binary==2.9.11\n"
    "psycopg[binary]==3.3.3\nuvicorn>=0.23.2\n"
)


def _service(requirements: str = _REQUIREMENTS) -> dict[str, str]:
    return {
        "backend/requirements.txt": requirements,
        "backend/main.py": "from fastapi import FastAPI\n\nfrom api.services import db\n\n"
        "app = FastAPI(title='screening')\n",
        "backend/api/__init__.py": "",
        "backend/api/services/__init__.py": "",
        "backend/api/services/db.py": "import psycopg2\nimport psycopg2.extras\n\n\n"
        "def connect(dsn: str):\n    return psycopg2.connect(dsn)\n",
        "backend/api/services/auth.py": "from psycopg import AsyncConnection\n\n\n"
        "async def open_users(dsn: str):\n    return await AsyncConnection.connect(dsn)\n",
        # Tests are not the code: an import of asyncpg there keeps nothing.
        "backend/tests/db_test.py": "import asyncpg\n\n\ndef test_nothing():\n    assert asyncpg\n",
    }


def _queries(found) -> list[str]:
    return [f.name for f in found.findings if f.kind is K.QUERY]


def test_a_driver_no_module_imports_is_dropped(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))["backend"]
    assert first(found, K.FRAMEWORK)[0] == "FastAPI"
    assert "asyncpg" not in _queries(found)
    assert first(found, K.QUERY)[0] in ("psycopg", "psycopg2")
    assert first(found, K.DATABASE)[0] == "PostgreSQL"


def test_an_imported_driver_is_kept(tmp_path: Path) -> None:
    # Counter-case: a module of the service imports asyncpg too.
    files = _service()
    files["backend/api/services/pool.py"] = "import asyncpg\n\n\nPOOL = None\n"
    assert "asyncpg" in _queries(by_folder(write(tmp_path, files))["backend"])


def test_an_orm_beside_the_drivers_keeps_them(tmp_path: Path) -> None:
    # Counter-case: SQLAlchemy declared and imported may load asyncpg through its URL.
    files = _service(_REQUIREMENTS + "SQLAlchemy==2.0.25\n")
    files["backend/api/models.py"] = "from sqlalchemy.orm import DeclarativeBase\n\n\n" \
        "class Base(DeclarativeBase):\n    pass\n"
    assert "asyncpg" in _queries(by_folder(write(tmp_path, files))["backend"])
