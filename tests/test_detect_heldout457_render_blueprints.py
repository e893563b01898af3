"""A gap the 457th held-out set showed (benchmarks/detect_heldout457.yaml), as a small fixture
of the real files' shape (#19): a FastAPI backend in `backend/` whose settings default
`DATABASE_URL` to a SQLite file (its example env file too), deployed by a Render Blueprint
whose service (`rootDir: backend`) takes `DATABASE_URL` from the managed PostgreSQL database it
provisions: PostgreSQL is the production engine. A Blueprint giving the service no database
leaves the default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PYPROJECT = (
    '[project]\nname = "api"\nversion = "0.1.0"\ndependencies = [\n'
    '    "fastapi>=0.115",\n    "sqlmodel>=0.0.22",\n    "psycopg2-binary>=2.9",\n]\n'
)

_SETTINGS = (
    "from pydantic import Field\nfrom pydantic_settings import BaseSettings\n\n\n"
    "class Settings(BaseSettings):\n"
    '    database_url: str = Field(default="sqlite:///./app.db", alias="DATABASE_URL")\n'
)

_APP = (
    "from fastapi import FastAPI\nfrom sqlmodel import Session, create_engine\n\n"
    "from app.settings import Settings\n\n"
    "engine = create_engine(Settings().database_url)\napp = FastAPI()\n\n\n"
    "@app.get('/health')\ndef health():\n    return {'ok': True}\n"
)


def _blueprint(env: str) -> str:
    return (
        "services:\n  - type: web\n    name: api\n    runtime: docker\n    rootDir: backend\n"
        f"    envVars:\n{env}"
        "databases:\n  - name: app-db\n    plan: starter\n    postgresMajorVersion: 16\n"
    )


_FROM_DATABASE = (
    "      - key: DATABASE_URL\n        fromDatabase:\n          name: app-db\n"
    "          property: connectionString\n"
)

_PLAIN = "      - key: LOG_LEVEL\n        value: info\n"


def _tree(blueprint: str) -> dict[str, str]:
    return {
        "backend/pyproject.toml": _PYPROJECT,
        "backend/app/__init__.py": "",
        "backend/app/settings.py": _SETTINGS,
        "backend/app/main.py": _APP,
        "backend/.env.example": "DATABASE_URL=sqlite:///./dev.db\n",
        "render.yaml": blueprint,
    }


def test_a_blueprint_database_handed_to_the_service_is_its_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_blueprint(_FROM_DATABASE))))["backend"]
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"


def test_a_blueprint_giving_the_service_no_database_leaves_the_default(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_blueprint(_PLAIN))))["backend"]
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"
