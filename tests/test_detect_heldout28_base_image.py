"""Held-out set 94 (#19): a FastAPI service's sub-folder that builds its base image.

The real shape: a FastAPI service (pyproject.toml and poetry.lock, `app/main.py` building
`FastAPI(...)`, a Dockerfile) keeps `base_image/` holding only a Dockerfile, a README on
pushing the image and a pinned `requirements.txt` (fastapi, SQLAlchemy, psycopg2-binary,
uvicorn). The Dockerfile copies that list into a `python:3.11` image and `pip install`s it, with
no CMD and no code copied in. It is the build of the service's dependencies: the service is the
one backend. Counter-cases: the same folder whose Dockerfile starts a server (CMD) or copies in
code stays a backend as before.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PYPROJECT = """[tool.poetry]
name = "etl"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.11"
fastapi = "^0.100.1"
uvicorn = "^0.23.2"
sqlalchemy = "^2.0.19"
psycopg2-binary = "^2.9.5"
"""

_MAIN = """from fastapi import FastAPI

app = FastAPI(title="etl")


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
"""

_REQUIREMENTS = """fastapi==0.100.1
psycopg2-binary==2.9.6
SQLAlchemy==2.0.19
uvicorn==0.23.2
"""

_BASE_DOCKERFILE = """FROM python:3.11.3-slim

ENV PIP_NO_CACHE_DIR=off \\
  PIP_DISABLE_PIP_VERSION_CHECK=on

WORKDIR /etl

COPY ./requirements.txt /backend/requirements.txt

RUN apt-get update
RUN apt-get -y install gcc g++ python3-dev
RUN pip install -r /backend/requirements.txt
# Cleans up cache -> Reduces size for download.
RUN apt-get clean
"""


def _tree(extra: str = "") -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "app/__init__.py": "",
        "app/main.py": _MAIN,
        "Dockerfile": 'FROM registry.example/etl_base\nCOPY . /etl\nCMD ["./start.sh"]\n',
        "start.sh": "uvicorn app.main:app --host 0.0.0.0\n",
        "base_image/Dockerfile": _BASE_DOCKERFILE + extra,
        "base_image/README.md": "Update requirements.txt, then build and push the image.\n",
        "base_image/requirements.txt": _REQUIREMENTS,
    }


def test_a_dependencies_image_build_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"."}


def test_an_image_that_starts_a_server_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree('CMD ["uvicorn", "main:app"]\n')))
    assert set(found) == {".", "base_image"}


def test_an_image_that_copies_code_in_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("COPY ./src /etl/src\n")))
    assert set(found) == {".", "base_image"}
