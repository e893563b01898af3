"""Python shapes of set 354 (#19): a testless project's bare pytest table, a test module marked
with any pytest mark, a SQLite file its settings default to beside two server drivers, and a
FastAPI application routing only an operator's status.

- A FastAPI backend in `backend/` declares pytest in its dev group and keeps pyproject's
  `[tool.pytest.ini_options]` with only `addopts`, while the repository holds no Python test
  (the UI's Playwright specs lie in `frontend/tests`): no test framework. A table naming its
  `testpaths` still keeps pytest.
- A migration suite (`tests/test_migrations.py`) marks its one test `@pytest.mark.tryfirst`
  and takes a plugin's fixtures; pytest is declared nowhere (CI installs it): pytest.
- A FastAPI program declares SQLAlchemy, PyMySQL and psycopg, and its settings module reads
  `config("SQLALCHEMY_DATABASE_URL", default="sqlite:///db.sqlite3")`: SQLite. With one server
  driver only, that default stays a development fallback.
- A Socket Mode chat bot, a member of the workspace beside the product's API, builds a FastAPI
  app for its lifespan and one `/status` route, keeping no data of its own: no backend. One
  more route of a client's keeps it one, and so does opening no chat connection.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BACKEND = (
    '[project]\nname = "judging"\nversion = "0.1.0"\ndependencies = [\n'
    '    "fastapi[standard]>=0.115",\n    "sqlmodel>=0.0.31",\n    "asyncpg>=0.30",\n]\n\n'
    '[dependency-groups]\ndev = [\n    "pytest>=8.4.1",\n    "pytest-asyncio>=1.1.0",\n]\n\n'
    '[tool.pytest.ini_options]\naddopts = "-p no:warnings"\n'
)


def _judging(settings: str = "") -> dict[str, str]:
    return {
        "backend/pyproject.toml": _BACKEND + settings,
        "backend/judging/__init__.py": "",
        "backend/judging/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
        '@app.get("/events")\ndef events() -> list:\n    return []\n',
        "backend/scripts/list_test_events.py": "print('events')\n",
        "frontend/package.json": '{\n  "name": "frontend",\n  "private": true\n}\n',
        "frontend/tests/vote.spec.ts": "import { test } from '@playwright/test';\n",
    }


def test_a_bare_pytest_table_in_a_testless_repository_is_no_test(tmp_path: Path) -> None:
    assert first(by_folder(write(tmp_path, _judging()))["backend"], K.TEST) == ("", "")


def test_a_pytest_table_naming_test_paths_keeps_pytest(tmp_path: Path) -> None:
    files = _judging('testpaths = ["tests"]\n')
    assert first(by_folder(write(tmp_path, files))["backend"], K.TEST)[0] == "pytest"


_REQUIREMENTS = "fastapi==0.115.6\nSQLAlchemy==2.0.37\nalembic==1.14.0\nPyMySQL==1.1.1\n"

_SETTINGS = (
    "from decouple import config\n\nSQLALCHEMY_DATABASE_URL = config(\n"
    '    "SQLALCHEMY_DATABASE_URL", default="sqlite:///db.sqlite3"\n)\n'
)


def _panel(requirements: str) -> dict[str, str]:
    return {
        "requirements.txt": requirements,
        "main.py": "import uvicorn\n\nfrom app.panel import app\n\nuvicorn.run(app)\n",
        "app/__init__.py": "",
        "app/panel.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
        '@app.get("/api/nodes")\ndef nodes() -> list:\n    return []\n',
        "app/config/env.py": _SETTINGS,
        "app/db/base.py": "from sqlalchemy import create_engine\n\n"
        "from app.config.env import SQLALCHEMY_DATABASE_URL\n\n"
        "engine = create_engine(SQLALCHEMY_DATABASE_URL)\n",
        "tests/test_migrations.py": "import pytest\n\n\n@pytest.mark.tryfirst\n"
        "def test_upgrade(alembic_runner):\n    alembic_runner.migrate_up_to('heads')\n",
    }


def test_a_sqlite_default_beside_two_server_drivers_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _panel(_REQUIREMENTS + "psycopg==3.1.18\n")))["."]
    assert first(found, K.DATABASE)[0] == "SQLite"


def test_a_sqlite_default_beside_one_server_driver_stays_a_fallback(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _panel(_REQUIREMENTS)))["."]
    assert first(found, K.DATABASE)[0] == "MySQL"


def test_a_test_marked_with_any_pytest_mark_is_run_by_pytest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _panel(_REQUIREMENTS)))["."]
    assert first(found, K.TEST)[0] == "pytest"


_BOT_APP = (
    "import fastapi\n\nfrom acme.bot import status\n\n\ndef create_app() -> fastapi.FastAPI:\n"
    "    app = fastapi.FastAPI(title='Bot')\n    app.include_router(status.router)\n"
    "    return app\n"
)

_STATUS = (
    "import fastapi\n\nrouter = fastapi.APIRouter()\n\n\n@router.get(\n    '/status',\n"
    "    response_model=dict,\n)\ndef status_endpoint() -> dict:\n    return {'ok': True}\n"
)


_API = (
    "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
    '@app.get("/projects")\ndef projects() -> list:\n    return []\n'
)


def _bot(extra: dict[str, str] | None = None) -> dict[str, str]:
    # The bot beside the product's API, as members of one uv workspace.
    return {
        "pyproject.toml": '[project]\nname = "acme"\nversion = "1.0.0"\n\n'
        '[tool.uv.workspace]\nmembers = ["apps/*"]\n',
        "apps/api/pyproject.toml": '[project]\nname = "acme-api"\nversion = "1.0.0"\n'
        'dependencies = [\n  "fastapi>=0.135.1",\n  "uvicorn",\n]\n',
        "apps/api/src/acme/api/__init__.py": "",
        "apps/api/src/acme/api/app.py": _API,
        "apps/bot/pyproject.toml": '[project]\nname = "acme-bot"\nversion = "1.0.0"\n'
        'dependencies = [\n  "fastapi>=0.135.1",\n  "slack-bolt>=1.21",\n  "uvicorn",\n]\n',
        "apps/bot/src/acme/bot/__init__.py": "",
        "apps/bot/src/acme/bot/app.py": _BOT_APP,
        "apps/bot/src/acme/bot/status.py": _STATUS,
        "apps/bot/src/acme/bot/handler.py": "from slack_bolt.adapter.socket_mode.async_handler "
        "import AsyncSocketModeHandler\n\nprefix = '-'\n\n\nasync def initialize(app, token):\n"
        "    await AsyncSocketModeHandler(app, token).connect_async()\n",
        **(extra or {}),
    }


def test_a_fastapi_app_routing_only_a_status_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _bot()))) == ["apps/api"]


def test_a_client_route_beside_the_status_keeps_the_backend(tmp_path: Path) -> None:
    extra = {
        "apps/bot/src/acme/bot/status.py": _STATUS
        + "\n\n@router.post('/commands')\ndef command() -> dict:\n    return {}\n"
    }
    assert sorted(by_folder(write(tmp_path, _bot(extra)))) == ["apps/api", "apps/bot"]


def test_a_status_only_app_opening_no_chat_connection_is_left_alone(tmp_path: Path) -> None:
    # Counter-case: what else a service answering only its status does is not read here.
    extra = {"apps/bot/src/acme/bot/handler.py": "prefix = '-'\n"}
    assert sorted(by_folder(write(tmp_path, _bot(extra)))) == ["apps/api", "apps/bot"]


def test_a_document_store_beside_one_server_driver_is_no_choice(tmp_path: Path) -> None:
    # Counter-case: PyMongo beside psycopg is a side store; the SQLite default stays a fallback.
    requirements = _REQUIREMENTS.replace("PyMySQL==1.1.1\n", "psycopg==3.1.18\npymongo==4.6.2\n")
    found = by_folder(write(tmp_path, _panel(requirements)))["."]
    assert first(found, K.DATABASE)[0] != "SQLite"
