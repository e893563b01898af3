"""A Django UI with no database over another service's REST API (#19): teletraan's deploy-board
in held-out set 118. Its settings set no DATABASES (Django's default: the dummy backend) and
keep sessions in signed cookies, it has no model, its views render templates with what their
helpers fetch through Requests. It is a UI, not a backend. With DATABASES set, or a model of its
own, it stays a backend on the Django ORM."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = """import os

SECRET_KEY = os.environ.get("SECRET_KEY", "x")
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
ROOT_URLCONF = "deploy_board.urls"
INSTALLED_APPS = (
    "django.contrib.auth",
    "django.contrib.sessions",
    "deploy_board.webapp",
)
"""

_DATABASES = """
DATABASES = {"default": {"ENGINE": "django.db.backends.mysql", "NAME": "board"}}
"""

_MANAGE = """#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "deploy_board.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
"""

_WSGI = """import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "deploy_board.settings")
application = get_wsgi_application()
"""

_URLS = """from django.conf.urls import url

from deploy_board.webapp import env_views

urlpatterns = [url(r"^envs/$", env_views.get_all_envs)]
"""

_VIEWS = """from django.shortcuts import render

from deploy_board.webapp.helpers import environs_helper


def get_all_envs(request):
    envs = environs_helper.get_all_env_names(request)
    return render(request, "environs/envs_landing.html", {"envs": envs})
"""

_CLIENT = """import requests

DEPLOY_BACKEND = "http://localhost:8080"


def get_all_env_names(request):
    return requests.get(DEPLOY_BACKEND + "/v1/envs/names").json()
"""

_MODEL = """from django.db import models


class Favorite(models.Model):
    name = models.CharField(max_length=64)
"""


def _tree(change: str = "") -> dict[str, str]:
    settings = _SETTINGS + (_DATABASES if change == "databases" else "")
    files = {
        "deploy-board/requirements.txt": "Django==1.11.29\nrequests==2.32.0\n",
        "deploy-board/manage.py": _MANAGE,
        "deploy-board/deploy_board/__init__.py": "",
        "deploy-board/deploy_board/settings.py": settings,
        "deploy-board/deploy_board/wsgi.py": _WSGI,
        "deploy-board/deploy_board/urls.py": _URLS,
        "deploy-board/deploy_board/webapp/__init__.py": "",
        "deploy-board/deploy_board/webapp/env_views.py": _VIEWS,
        "deploy-board/deploy_board/webapp/helpers/__init__.py": "",
        "deploy-board/deploy_board/webapp/helpers/environs_helper.py": _CLIENT,
    }
    if change == "model":
        files["deploy-board/deploy_board/webapp/models.py"] = _MODEL
    return files


def test_django_ui_without_database_is_no_backend(tmp_path: Path) -> None:
    write(tmp_path, _tree())
    assert "deploy-board" not in by_folder(tmp_path)


@pytest.mark.parametrize("change", ["databases", "model"])
def test_django_with_data_of_its_own_stays_a_backend(tmp_path: Path, change: str) -> None:
    # The counter-cases: the settings set a database; the project keeps a model of its own.
    write(tmp_path, _tree(change))
    board = by_folder(tmp_path)["deploy-board"]
    assert first(board, K.FRAMEWORK)[0] == "Django"
    assert first(board, K.ORM)[0] == "Django ORM"
