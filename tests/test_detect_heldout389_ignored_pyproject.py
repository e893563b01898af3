"""A service folder's Poetry project that a root `.gitignore` names all the same (#19): the
lock beside it proves the committed `pyproject.toml` is the project's, walked as its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

PYPROJECT = """\
[tool.poetry]
name = "api"

[tool.poetry.dependencies]
python = "^3.12"
Django = "^5.0.6"
psycopg = {extras = ["binary"], version = "^3.1.19"}
"""
LOCK = '[[package]]\nname = "django"\nversion = "5.0.7"\n'
MANAGE = 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "api.settings")\n'
SETTINGS = (
    'INSTALLED_APPS = ["django.contrib.admin", "app"]\n'
    'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}\n'
)


def files(ignore: str) -> dict[str, str]:
    return {
        ".gitignore": ignore,
        "package.json": package_json({"next-themes": "^0.3.0"}),
        "poetry.lock": "package = []\n",
        "server/pyproject.toml": PYPROJECT,
        "server/poetry.lock": LOCK,
        "server/manage.py": MANAGE,
        "server/api/settings.py": SETTINGS,
        "server/api/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "server/app/models.py": "from django.db import models\n",
    }


def test_ignored_pyproject_beside_its_lock_is_the_service(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, files("__pycache__/\npyproject.toml\n")))
    assert set(found) == {"server"}
    assert first(found["server"], K.FRAMEWORK)[0] == "Django"
    assert first(found["server"], K.DATABASE)[0] == "PostgreSQL"


def test_same_tree_without_the_ignore_is_unchanged(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, files("__pycache__/\n")))
    assert set(found) == {"server"}
