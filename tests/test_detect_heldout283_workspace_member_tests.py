"""Python: a uv workspace member with no test around it takes no test tool from its root (set
283, #19).

A uv workspace (`backend/pyproject.toml` listing six service folders as members) declares pytest
once, in the root's development dependencies, for the workspace's one environment. Only one
member keeps a `tests/` folder; the others have no test file, no pytest settings, and no command
runs pytest in their folders. A member without a test tool of its own used to take the root's
(`inheritance.workspace_tests`); one whose folder and surroundings (outside the other members)
hold no test now takes none (`sibling_suites.mark_unlent`). A member whose folder holds tests,
or a workspace whose root keeps a shared `tests/` folder, still takes the root's pytest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = (
    '[tool.uv]\ndev-dependencies = [\n    "pytest<8.0.0,>=7.4.3",\n    "ruff<1.0.0,>=0.2.2",\n]\n\n'
    '[tool.uv.workspace]\nmembers = ["app-service", "parser-service"]\n'
)

_MAIN = (
    "from fastapi import FastAPI\nfrom sqlalchemy.ext.asyncio import create_async_engine\n\n"
    'engine = create_async_engine("postgresql+asyncpg://app@db/app")\napp = FastAPI()\n\n\n'
    '@app.get("/health")\nasync def health():\n    return {"ok": True}\n'
)


def _member(name: str) -> str:
    return (
        f'[project]\nname = "{name}"\nversion = "0.1.0"\nrequires-python = ">=3.13"\n'
        'dependencies = [\n    "fastapi[standard]>=0.124.4",\n    "sqlalchemy>=2.0.37",\n'
        '    "asyncpg>=0.30.0",\n]\n'
    )


def _workspace() -> dict[str, str]:
    return {
        "backend/pyproject.toml": _ROOT,
        "backend/app-service/pyproject.toml": _member("app-service"),
        "backend/app-service/main.py": _MAIN,
        "backend/app-service/tests/__init__.py": "",
        "backend/app-service/tests/test_health.py": (
            "def test_health(client):\n    assert client.get('/health').status_code == 200\n"
        ),
        "backend/parser-service/pyproject.toml": _member("parser-service"),
        "backend/parser-service/main.py": _MAIN,
    }


def test_a_member_without_tests_takes_none_of_the_roots(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert first(found["backend/parser-service"], K.TEST)[0] == ""
    assert first(found["backend/app-service"], K.TEST)[0] == "pytest"


def test_a_member_with_tests_of_its_own_takes_the_roots_pytest(tmp_path: Path) -> None:
    files = _workspace()
    files["backend/parser-service/tests/test_parse.py"] = "def test_parse():\n    assert True\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["backend/parser-service"], K.TEST)[0] == "pytest"


def test_a_shared_tests_folder_at_the_root_keeps_the_roots_pytest(tmp_path: Path) -> None:
    files = _workspace()
    files["backend/tests/test_parser.py"] = "def test_parse():\n    assert True\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["backend/parser-service"], K.TEST)[0] == "pytest"
