"""SQLAlchemy declared only to build SQL text (set 327, #19).

A FastAPI computation service declares SQLAlchemy, and its one module using it imports
`select`, `table` and `column` from `sqlalchemy.sql` to compose a query that polars runs over
Arrow tile files; nothing builds an engine, a session or a model, and no driver is declared.
SQLAlchemy names no data layer there (`sql_expressions_only`). Counter-cases: an engine
created anywhere in the code, or a driver declared beside it, keeps SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_PYPROJECT = (
    "[project]\nname = 'app'\nversion = '0.1.0'\nrequires-python = '>=3.12'\n"
    "dependencies = [\n    'fastapi>=0.115.8',\n    'polars>=1.22.0',\n"
    "    'sqlalchemy>=2.0.38',\n    'uvicorn>=0.34.0',\n{extra}]\n"
)

_MAIN = (
    "from fastapi import FastAPI\n\nfrom app.models.grid import build_query\n\n"
    "app = FastAPI()\n\n\n@app.get('/grid/{cell}')\ndef grid(cell: str) -> dict:\n"
    "    return {'sql': str(build_query(cell))}\n"
)

_GRID = (
    "from sqlalchemy.sql import column, desc, nullslast, select, table\n\n\n"
    "def build_query(cell: str):\n"
    "    tiles = table('tiles', column('cell'), column('value'))\n"
    "    return select(tiles.c.value).where(tiles.c.cell == cell)"
    ".order_by(nullslast(desc(tiles.c.value)))\n"
)

_REPOSITORY = (
    "import polars as pl\n\n\ndef read(path: str) -> pl.LazyFrame:\n"
    "    return pl.scan_ipc(path)\n"
)


def _api(tmp_path: Path, extra: str = "", grid: str = _GRID) -> DetectedBackend:
    files = {
        "api/pyproject.toml": _PYPROJECT.format(extra=extra),
        "api/Dockerfile": (
            "FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\n"
            'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n'
        ),
        "api/src/app/__init__.py": "",
        "api/src/app/main.py": _MAIN,
        "api/src/app/models/__init__.py": "",
        "api/src/app/models/grid.py": grid,
        "api/src/app/repository/__init__.py": "",
        "api/src/app/repository/grid.py": _REPOSITORY,
    }
    return by_folder(write(tmp_path, files))["api"]


def test_expressions_only_name_no_data_layer(tmp_path: Path) -> None:
    api = _api(tmp_path)
    assert first(api, K.FRAMEWORK)[0] == "FastAPI"
    assert first(api, K.ORM) == ("", "")


def test_an_engine_keeps_sqlalchemy(tmp_path: Path) -> None:
    grid = _GRID + (
        "\n\nfrom sqlalchemy import create_engine\n\n"
        "engine = create_engine('postgresql://localhost/app')\n"
    )
    assert first(_api(tmp_path, grid=grid), K.ORM)[0] == "SQLAlchemy"


def test_a_declared_driver_keeps_sqlalchemy(tmp_path: Path) -> None:
    api = _api(tmp_path, extra="    'psycopg2-binary>=2.9',\n")
    assert first(api, K.ORM)[0] == "SQLAlchemy"
