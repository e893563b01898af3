"""Python: a pip list an image copies from the build context at the top (set 229, #19).

A Django project keeps `manage.py`, its settings package and apps at the top of the tree with
no manifest there; its pinned pip list lives in `compose/django/` beside the Dockerfile that
installs it. Compose builds that image with `context: .` and `dockerfile:
./compose/django/Dockerfile`, so the Dockerfile copies the list by its path from the top
(`COPY ./compose/django/requirements.txt requirements.txt`) and the code is mounted. The list
is the root's (`mounted_lists`): the root is the backend with the list's versions and
`compose/django` is none. A copy naming code keeps the list where it is."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCKERFILE = (
    "FROM python:3.10-slim\nRUN apt-get update\n"
    "COPY ./compose/django/requirements.txt requirements.txt\n"
    "RUN pip install -r requirements.txt\nWORKDIR /code\nEXPOSE 8000\n"
)


def _project() -> dict[str, str]:
    return {
        "manage.py": "import os\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site1.settings')\n",
        "site1/__init__.py": "",
        "site1/settings.py": "DATABASES = {'default': "
        "{'ENGINE': 'django.db.backends.postgresql'}}\n",
        "site1/urls.py": "urlpatterns = []\n",
        "site1/wsgi.py": "import os\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site1.settings')\n"
        "from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n",
        "compose/django/requirements.txt": "Django==4.2.4\npsycopg==3.1.10\n",
        "compose/django/Dockerfile": _DOCKERFILE,
        "docker-compose.yml": "services:\n  django:\n    build:\n      context: .\n"
        "      dockerfile: ./compose/django/Dockerfile\n    volumes:\n      - .:/code\n",
    }


def test_a_list_copied_from_the_top_is_the_mounted_projects(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _project()))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK) == ("Django", "==4.2.4")


def test_an_image_copying_code_from_the_top_keeps_its_list(tmp_path: Path) -> None:
    # Counter-case: the image also copies a program of its own folder, so the list stays.
    files = _project()
    files["compose/django/Dockerfile"] = _DOCKERFILE + "COPY ./compose/django/server.py /code/\n"
    files["compose/django/server.py"] = "from flask import Flask\n\napp = Flask(__name__)\n"
    found = by_folder(write(tmp_path, files))
    assert "compose/django" in found
