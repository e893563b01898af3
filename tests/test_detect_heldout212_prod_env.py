"""Python: a `prod.env` is production configuration, as `.env.production` is (set 212, #19).

A FastAPI service's settings default its database URL to MySQL (`mysql+aiomysql://…@mariadb`)
and admit PostgreSQL too; the repository keeps `prod.env` and `dev.env` beside each other, the
deployment's file setting `DATABASE_URL=postgresql+asyncpg://…`. The file named for production
outranks the program's own default, as `.env.production` does. A `dev.env` is no production
configuration, and a `prod.env` naming no database leaves the default the engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[tool.poetry]\nname = "skills"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\n'
    'python = "^3.11"\nfastapi = "^0.108.0"\nuvicorn = "^0.27.1"\nSQLAlchemy = "^1.4.42"\n'
    'aiomysql = "^0.2.0"\nasyncpg = "^0.29.0"\n'
)

_SETTINGS = (
    "from pydantic import BaseSettings, Field\n\n\nclass Settings(BaseSettings):\n"
    "    database_url: str = Field(\n"
    '        "mysql+aiomysql://fastapi:fastapi@mariadb:3306/fastapi",\n'
    '        regex=r"^(mysql\\+aiomysql|postgresql\\+asyncpg)://.*$",\n    )\n\n\n'
    "settings = Settings()\n"
)

_APP = (
    "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
    "@app.get('/skills')\nasync def skills():\n    return []\n"
)


def _service(prod: str | None, dev: str | None = None) -> dict[str, str]:
    files = {
        "pyproject.toml": _PYPROJECT,
        "api/settings.py": _SETTINGS,
        "api/app.py": _APP,
    }
    if prod is not None:
        files["prod.env"] = prod
    if dev is not None:
        files["dev.env"] = dev
    return files


def test_prod_env_outranks_the_settings_default(tmp_path: Path) -> None:
    found = by_folder(
        write(
            tmp_path,
            _service("LOG_LEVEL=INFO\nDATABASE_URL=postgresql+asyncpg://app@postgres:5432/skills\n"),
        )
    )
    assert first(found["."], K.FRAMEWORK)[0] == "FastAPI"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_prod_env_without_a_database_keeps_the_default(tmp_path: Path) -> None:
    # Counter-case: the deployment's file sets no database; the settings' default stands.
    found = by_folder(write(tmp_path, _service("LOG_LEVEL=INFO\nPORT=8000\n")))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_dev_env_is_no_production_configuration(tmp_path: Path) -> None:
    # Counter-case: only the development file names PostgreSQL: the default stands.
    found = by_folder(
        write(
            tmp_path,
            _service(None, "DEBUG=True\nDATABASE_URL=postgresql+asyncpg://dev@localhost/skills\n"),
        )
    )
    assert first(found["."], K.DATABASE)[0] == "MySQL"
