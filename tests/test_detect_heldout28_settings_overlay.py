"""Held-out set 94 (#19): a Django project's deployment folder that imports its settings.

The real shape: a Django 4.2 project at the root (pyproject.toml and poetry.lock, manage.py,
the project package's settings, urls and wsgi modules) keeps its image's files in `deploy/`:
a `settings.py` starting `from <project>.settings import *` and adding WhiteNoise and proxy
headers, a `wsgi.py` setting `DJANGO_SETTINGS_MODULE` to it, a uWSGI ini, a start script and
a `requirements.txt` of `-r ../requirements.txt` plus uwsgi and whitenoise. It serves the root
project's application: one backend, the root. Counter-cases: the same folder whose settings
import nothing of the project's, or which holds code of its own (a `urls.py`), stays a
backend as before.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PYPROJECT = """[tool.poetry]
name = "planner"
version = "0.1.0"

[tool.poetry.dependencies]
python = ">=3.9.0,<3.11"
Django = "~4.2"
psycopg2 = "2.9.6"
"""

_MANAGE = """import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "planner.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
"""

_SETTINGS = """DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "NAME": "planner"},
}
ROOT_URLCONF = "planner.urls"
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
"""

_URLS = """from django.urls import path

urlpatterns = []
"""


def _wsgi(settings: str) -> str:
    return (
        "import os\n\nfrom django.core.wsgi import get_wsgi_application\n\n"
        f'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{settings}")\n\n'
        "application = get_wsgi_application()\n"
    )


_DEPLOY_SETTINGS = """# flake8: noqa
from planner.settings import *

MIDDLEWARE.insert(0, "whitenoise.middleware.WhiteNoiseMiddleware")
USE_X_FORWARDED_HOST = True
"""

_OWN_SETTINGS = """ROOT_URLCONF = "urls"
MIDDLEWARE = ["whitenoise.middleware.WhiteNoiseMiddleware"]
"""


def _tree(imports_project: bool = True, own_urls: bool = False) -> dict[str, str]:
    files = {
        "pyproject.toml": _PYPROJECT,
        "manage.py": _MANAGE,
        "planner/__init__.py": "",
        "planner/settings.py": _SETTINGS,
        "planner/urls.py": _URLS,
        "planner/wsgi.py": _wsgi("planner.settings"),
        "deploy/requirements.txt": "-r ../requirements.txt\nuwsgi==2.0.20\nwhitenoise==6.2.0\n",
        "deploy/settings.py": _DEPLOY_SETTINGS if imports_project else _OWN_SETTINGS,
        "deploy/wsgi.py": _wsgi("deploy.settings"),
        "deploy/uwsgi.ini": "[uwsgi]\nmodule = planner.wsgi\nhttp-socket = :8000\n",
        "deploy/server.sh": "#!/bin/bash\nexec uwsgi --ini deploy/uwsgi.ini\n",
    }
    if own_urls:
        files["deploy/urls.py"] = _URLS
    return files


def test_deployment_settings_importing_the_project_are_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"."}


def test_settings_of_its_own_keep_the_folder_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(imports_project=False)))
    assert set(found) == {".", "deploy"}


def test_code_of_its_own_keeps_the_folder_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(own_urls=True)))
    assert set(found) == {".", "deploy"}
