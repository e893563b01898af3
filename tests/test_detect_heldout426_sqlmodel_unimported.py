"""A gap the 426th held-out set showed (benchmarks/detect_heldout426.yaml), as a small fixture
of the real files' shape (#19): services of a Python workspace each declaring SQLModel (one
dependency list copied into every manifest) while a service's modules write text SQL through
SQLAlchemy's async engine, or read through an asyncpg pool, and none imports `sqlmodel`."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "routing"\nversion = "2.0.0"\ndependencies = [\n'
    '    "fastapi[standard]==0.115.12",\n    "sqlmodel==0.0.24",\n    "asyncpg==0.30.0",\n'
    '    "psycopg==3.2.3",\n]\n'
)

_MAIN = "from fastapi import FastAPI\n\napp = FastAPI(title='routing')\n"

_SESSION = (
    "from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine\n\n"
    "engine = create_async_engine('postgresql+asyncpg://app@db/app')\n"
    "session = async_sessionmaker(engine)\n"
)

_CRUD = (
    "from sqlalchemy import text\n\n\n"
    "async def save(db, rows):\n"
    "    await db.execute(text('INSERT INTO results VALUES (:id)'), rows)\n"
    "    await db.commit()\n"
)

_POOL = (
    "import asyncpg\n\n\n"
    "async def connect(url):\n    return await asyncpg.create_pool(url)\n"
)

_MODELS = (
    "from sqlmodel import Field, SQLModel\n\n\n"
    "class Layer(SQLModel, table=True):\n    id: int = Field(primary_key=True)\n"
)


def _tree(**modules: str) -> dict[str, str]:
    files = {"pyproject.toml": _PYPROJECT, "src/routing/main.py": _MAIN}
    files.update({f"src/routing/{name}.py": text for name, text in modules.items()})
    return files


def test_sqlalchemy_imported_names_the_layer_sqlmodel_lends(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree(session=_SESSION, crud=_CRUD)))["."]
    assert first(root, K.ORM)[0] == "SQLAlchemy"


def test_a_driver_pool_alone_drops_the_unimported_sqlmodel(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree(catalog=_POOL)))["."]
    assert first(root, K.ORM)[0] == ""
    assert first(root, K.QUERY)[0] == "asyncpg"


def test_sqlmodel_tables_keep_sqlmodel(tmp_path: Path) -> None:
    root = by_folder(write(tmp_path, _tree(models=_MODELS, session=_SESSION)))["."]
    orms = {f.name for f in root.findings if f.kind is K.ORM}
    assert "SQLModel" in orms
