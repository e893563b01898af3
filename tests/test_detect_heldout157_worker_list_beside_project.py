"""Held-out set 157 (#19): a FastAPI backend in a folder holding a Poetry `pyproject.toml`
(with its lock) and its package folder (`api/app/main.py`), plus a second, slimmer image
(`Dockerfile.worker`) that copies a pip list kept beside the pyproject
(`requirements-worker.txt`), installs it, then copies the package and runs from it
(`COPY ./app /app`, `WORKDIR /app/`).

The list beside a project file declaring dependencies is another list of that project: the
backend stays keyed at the pyproject's folder, not at the package the worker image runs from.
With no project file declaring dependencies beside the list (a pyproject of tools' settings
only) the backend stays there too: a list in a folder enclosing the code the image runs is that
folder's manifest (set 230).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_POETRY = (
    "[tool.poetry]\nname = \"api\"\nversion = \"0.1.0\"\ndescription = \"\"\n\n"
    "[tool.poetry.dependencies]\npython = \">=3.12,<3.13\"\nfastapi = \"^0.136.0\"\n"
    "sqlalchemy = \"^2.0.36\"\npsycopg2-binary = \"^2.9.9\"\n\n"
    "[tool.poetry.group.dev.dependencies]\npytest = \"^9.0.3\"\n"
)

_TOOLS_ONLY = "[tool.black]\nline-length = 100\n"

_WORKER_IMAGE = (
    "FROM python:3.12-slim-bookworm\n"
    "WORKDIR /\n"
    "COPY requirements-worker.txt /\n"
    "RUN pip install --no-cache-dir -r /requirements-worker.txt\n"
    "COPY ./app /app\n"
    "WORKDIR /app/\n"
)


def _files(pyproject: str) -> dict[str, str]:
    return {
        "api/pyproject.toml": pyproject,
        "api/requirements-worker.txt": "fastapi==0.136.1\nSQLAlchemy==2.0.48\n"
        "psycopg2-binary==2.9.11\n",
        "api/Dockerfile.worker": _WORKER_IMAGE,
        "api/Dockerfile": (
            "FROM python:3.12\nCOPY pyproject.toml /\nRUN pip install poetry && poetry install\n"
            "COPY ./app /app\nWORKDIR /app/\n"
        ),
        "api/app/__init__.py": "",
        "api/app/main.py": (
            "from fastapi import FastAPI\n\napp = FastAPI(title='api')\n\n\n"
            "@app.get('/items')\ndef items():\n    return []\n"
        ),
        "api/app/database.py": (
            "from sqlalchemy import create_engine\n\n"
            "engine = create_engine('postgresql://postgres@db:5432/postgres')\n"
        ),
        "frontend/package.json": '{"name": "ui", "dependencies": {"react": "^18.2.0"}}\n',
    }


def test_pip_list_beside_a_declaring_pyproject_stays_with_it(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _files(_POETRY)))
    assert list(backends) == ["api"]
    assert first(backends["api"], K.FRAMEWORK)[0] == "FastAPI"


def test_pip_list_beside_a_settings_only_pyproject_stays_with_the_code_it_encloses(
    tmp_path: Path,
) -> None:
    """The pyproject declares nothing, and the list the image installs lies in a folder
    enclosing the package it runs from: that folder is still the project, named by its list
    (set 230's shape; this once went to `api/app`, the image's working folder)."""
    backends = by_folder(write(tmp_path, _files(_TOOLS_ONLY)))
    assert list(backends) == ["api"]
    assert first(backends["api"], K.FRAMEWORK) == ("FastAPI", "==0.136.1")
