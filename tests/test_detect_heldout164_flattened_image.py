"""A Django project whose pip lists sit at the repository's root and whose code sits in `src/`
(`src/manage.py`, the settings package, the apps), with a root Dockerfile that copies the list
and the code into one folder and runs from it (`COPY ./requirements.txt /app/`, `pip install
-r /app/requirements.txt`, `WORKDIR /app`, `COPY ./src/ /app/`), as held-out set 164 showed
(benchmarks/detect_heldout164.yaml, #19). The image flattens one project (its list at the top,
its code below), so the backend is named by the list's folder, the root, as HELDOUT names a
backend by its manifest's folder. So does an image that installs the list outside
the folder it copies the code into (`/tmp/requirements.txt`, `/app`: set 230). Counter-case: a
list kept in a deployment folder beside the code (`docker/requirements.txt`) goes to the code.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DJANGO = {
    "manage.py": (
        "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
    ),
    "site/__init__.py": "",
    "site/settings.py": "DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql'}}\n"
    "ROOT_URLCONF = 'site.urls'\n",
    "site/urls.py": "from django.urls import path\n\nurlpatterns = []\n",
    "site/wsgi.py": (
        "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n"
    ),
    "catalogue/models.py": "from django.db import models\n",
}


def _files(list_dest: str, installed: str) -> dict[str, str]:
    files = {f"src/{path}": text for path, text in _DJANGO.items()}
    files.update(
        {
            "requirements.txt": "Django==2.2.24\nmysqlclient==1.4.6\ngunicorn==20.1.0\n",
            "requirements-dev.txt": "coverage==5.5\n",
            "Dockerfile": (
                "FROM python:3.7.8-alpine AS base\n"
                f"COPY ./requirements.txt {list_dest}\n"
                f"RUN pip install --no-cache-dir -r {installed}\n"
                "WORKDIR /app\n\n"
                "FROM base AS prod\n"
                "COPY ./src/ /app/\n"
            ),
        }
    )
    return files


def test_an_image_flattening_list_and_code_keeps_the_list_folder(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _files("/app/", "/app/requirements.txt")))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==2.2.24")
    assert first(backends["."], K.DATABASE)[0] == "MySQL"


def test_a_list_installed_outside_the_working_folder_stays_with_it(tmp_path: Path) -> None:
    # Set 230's shape: the image installs the root's list in /tmp and copies the code to /app;
    # the list's folder still encloses the code, so the project is still the root.
    backends = by_folder(write(tmp_path, _files("/tmp/requirements.txt", "/tmp/requirements.txt")))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==2.2.24")


def test_a_list_kept_beside_the_code_goes_to_it(tmp_path: Path) -> None:
    # Counter-case: the list lies in a deployment folder beside the code, not above it.
    files = _files("/requirements.txt", "/requirements.txt")
    files["docker/requirements.txt"] = files.pop("requirements.txt")
    files["docker/Dockerfile"] = files.pop("Dockerfile").replace(
        "COPY ./requirements.txt", "COPY ./docker/requirements.txt"
    )
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["src"]
    assert first(backends["src"], K.FRAMEWORK) == ("Django", "==2.2.24")
