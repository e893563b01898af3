"""SQLAlchemy declared only for Alembic, beside raw psycopg queries (#19): the drone-tm shape of
held-out set 98, a FastAPI service under src/backend whose modules query through psycopg's
pool and cursors, SQLAlchemy imported only by the migrations and by a module of declarative
models their env.py reads. The driver is the data layer, Alembic stays the migration tool.
Where a module outside the migrations opens a session, SQLAlchemy stays the data layer."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = """[project]
name = "drone-tm"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [
    "fastapi==0.112.0",
    "uvicorn==0.30.5",
    "sqlalchemy==2.0.23",
    "psycopg[c,pool]==3.2.1",
    "geoalchemy2==0.14.2",
    "alembic==1.13.1",
]
"""
_MAIN = (
    "from fastapi import FastAPI\n\nfrom app.db.database import lifespan\n\n"
    "app = FastAPI(lifespan=lifespan)\n"
)
_DATABASE = (
    "from psycopg_pool import AsyncConnectionPool\nfrom psycopg import Connection\n\n"
    "async def lifespan(app):\n    app.state.db_pool = AsyncConnectionPool(conninfo='')\n"
    "    yield\n"
)
_CRUD = (
    "from psycopg import Connection\nfrom psycopg.rows import dict_row\n\n\n"
    "async def one(db: Connection, uid: str):\n"
    "    async with db.cursor(row_factory=dict_row) as cur:\n"
    "        await cur.execute('SELECT * FROM {table} WHERE id = %(id)s', {{'id': uid}})\n"
    "        return await cur.fetchone()\n"
)
_MODELS = (
    "from geoalchemy2 import Geometry\nfrom sqlalchemy import Column, String\n"
    "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\n"
    "class DbProject(Base):\n    __tablename__ = 'projects'\n"
    "    id = Column(String, primary_key=True)\n    outline = Column(Geometry('POLYGON'))\n"
)
_ENV = (
    "from sqlalchemy import engine_from_config, pool\nfrom alembic import context\n\n"
    "from app.db.db_models import Base\n\nconfig = context.config\n"
    "target_metadata = Base.metadata\n"
)
_REVISION = (
    'revision = "d2b9d45d3ede"\nimport sqlalchemy as sa\nfrom alembic import op\n\n\n'
    "def upgrade():\n    op.add_column('projects', sa.Column('name', sa.String()))\n"
)


def _service(session: bool = False) -> dict[str, str]:
    files = {
        "src/backend/pyproject.toml": _PYPROJECT,
        "src/backend/alembic.ini": "[alembic]\nscript_location = app/migrations\n",
        "src/backend/app/main.py": _MAIN,
        "src/backend/app/db/database.py": _DATABASE,
        "src/backend/app/db/db_models.py": _MODELS,
        "src/backend/app/migrations/env.py": _ENV,
        "src/backend/app/migrations/versions/d2b9d45d3ede_initial.py": _REVISION,
    }
    for table in ("projects", "tasks", "users"):
        files[f"src/backend/app/{table}/{table}_crud.py"] = _CRUD.format(table=table)
    if session:
        files["src/backend/app/db/session.py"] = (
            "from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine\n\n"
            "engine = create_async_engine('postgresql+psycopg://')\n"
            "SessionLocal = async_sessionmaker(engine)\n"
        )
    return files


def _layers(root: Path) -> list[str]:
    backend = by_folder(root)["src/backend"]
    return [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]


def test_orm_only_the_migrations_use_gives_way_to_the_driver(tmp_path: Path) -> None:
    write(tmp_path, _service())
    backend = by_folder(tmp_path)["src/backend"]
    assert _layers(tmp_path)[0] == "psycopg"
    assert "SQLAlchemy" not in _layers(tmp_path)
    assert [f.name for f in backend.findings if f.kind is K.MIGRATIONS] == ["Alembic"]


@pytest.mark.parametrize("change", ["session", "no migrations", "few queries"])
def test_orm_the_code_persists_through_stays(tmp_path: Path, change: str) -> None:
    # The counter-cases: a module opens an engine and sessions; no migrations import alembic
    # (the models are the application's own); the driver is imported by too few modules.
    files = _service(session=change == "session")
    if change == "no migrations":
        files = {path: text for path, text in files.items() if "/migrations/" not in path}
    if change == "few queries":
        files = {path: text for path, text in files.items() if not path.endswith("_crud.py")}
    write(tmp_path, files)
    assert _layers(tmp_path)[0] == "SQLAlchemy"
