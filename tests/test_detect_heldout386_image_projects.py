"""A Django application whose Poetry project is kept in a folder of its own that its
Dockerfile copies and `poetry install`s (#19): the project is the application's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

PYPROJECT = """\
[tool.poetry]
name = "site"

[tool.poetry.dependencies]
python = "~3.12"
django = "~5.2.13"
psycopg2 = "2.9.5"
"""
DOCKERFILE = """\
FROM python:3.12-slim
WORKDIR /app
COPY ./poetry ./poetry
WORKDIR /app/poetry
RUN poetry install --no-root --only main
WORKDIR /app
COPY ./site ./site
COPY ./manage.py ./
"""
MANAGE = 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings.dev")\n'


def tree(dockerfile: str) -> dict[str, str]:
    return {
        "Dockerfile": dockerfile,
        "setup.cfg": "[flake8]\nmax-line-length = 120\n",
        "poetry/pyproject.toml": PYPROJECT,
        "poetry/poetry.lock": '[[package]]\nname = "django"\nversion = "5.2.13"\n',
        "manage.py": MANAGE,
        "site/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "site/core/models.py": "from django.db import models\n\nclass Page(models.Model):\n"
        "    pass\n",
    }


def test_installed_project_folder_is_the_images(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, tree(DOCKERFILE)))
    assert set(found) == {"."}
    backend = found["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.ORM)[0] == "Django ORM"


def test_project_folder_not_installed_stays_apart(tmp_path: Path) -> None:
    dockerfile = DOCKERFILE.replace("RUN poetry install --no-root --only main\n", "")
    found = by_folder(write(tmp_path, tree(dockerfile)))
    assert found["."].ambiguous
