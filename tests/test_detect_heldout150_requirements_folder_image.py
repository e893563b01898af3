"""Held-out set 150 (#19): a Django project whose manifest is a root `requirements/` folder of
pip lists (`requirements/requirements.txt`, `-dev`, `-test`), its sources in `src/`
(`src/manage.py`, the settings package, the apps), and a root Dockerfile that copies the list,
installs it, then copies `src` and runs from it (`COPY src /app/src`, `WORKDIR /app/src`).

A `requirements/` folder is the manifest of the project holding it (the scan keys such a
layout at that folder), so the backend is the root, with `src/`'s code; the image's working
folder does not make `src` a project of its own. The counter-case keeps the rule it narrows:
a list kept among deployment files (`deployment/docker/REQUIREMENTS.txt`) is still the folder
the image runs from.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DJANGO = {
    "manage.py": (
        "#!/usr/bin/env python\nimport os\nimport sys\n\n"
        "if __name__ == '__main__':\n"
        "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'library.settings')\n"
        "    from django.core.management import execute_from_command_line\n"
        "    execute_from_command_line(sys.argv)\n"
    ),
    "library/__init__.py": "",
    "library/settings.py": (
        "DATABASES = {'default': {\n"
        "    'ENGINE': 'django.db.backends.postgresql',\n}}\n"
        "ROOT_URLCONF = 'library.urls'\n"
    ),
    "library/urls.py": "from django.urls import path\n\nurlpatterns = []\n",
    "library/wsgi.py": (
        "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n"
    ),
    "catalogue/models.py": "from django.db import models\n\n\nclass Book(models.Model):\n"
    "    title = models.CharField(max_length=100)\n",
}


def test_root_requirements_folder_keeps_the_project_at_the_root(tmp_path: Path) -> None:
    files = {f"src/{path}": text for path, text in _DJANGO.items()}
    files.update(
        {
            "requirements/requirements.txt": "Django==4.0.8\npsycopg2-binary==2.9.9\n",
            "requirements/requirements-test.txt": "-r requirements.txt\ncoverage\n",
            "Dockerfile": (
                "FROM python:3.9 AS base\n"
                "COPY requirements/requirements.txt requirements.txt\n"
                "RUN pip install --no-cache-dir -r requirements.txt\n"
                "WORKDIR /app/src\n\n"
                "FROM base AS prod\n"
                "COPY src /app/src\n"
            ),
        }
    )
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    backend = backends["."]
    assert first(backend, K.FRAMEWORK) == ("Django", "==4.0.8")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_list_among_deployment_files_still_goes_to_the_image_folder(tmp_path: Path) -> None:
    files = {f"site/{path}": text for path, text in _DJANGO.items()}
    files.update(
        {
            "deployment/docker/REQUIREMENTS.txt": "Django==4.0.8\npsycopg2-binary==2.9.9\n",
            "deployment/docker/Dockerfile": (
                "FROM python:3.9\n"
                "ADD deployment/docker/REQUIREMENTS.txt /REQUIREMENTS.txt\n"
                "RUN pip install -r /REQUIREMENTS.txt\n"
                "ADD site /home/web/site\n"
                "WORKDIR /home/web/site\n"
            ),
        }
    )
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["site"]
    assert first(backends["site"], K.FRAMEWORK) == ("Django", "==4.0.8")
