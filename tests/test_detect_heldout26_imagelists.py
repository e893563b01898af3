"""Pip lists a Dockerfile installs for the whole build context (held-out set 72,
benchmarks/detect_heldout72.yaml), as a small fixture of the real files' shape (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCKERFILE = (
    "FROM python:3.12.3-slim-bookworm as prod\n"
    "COPY --from=ghcr.io/astral-sh/uv:latest /uv /uvx /usr/local/bin/\n"
    "WORKDIR /usr/src/app\n"
    "RUN uv pip install --no-cache uwsgi\n"
    "COPY deployment/docker/REQUIREMENTS.txt /REQUIREMENTS.txt\n"
    "RUN which pg_config && \\\n    uv pip install --no-cache -r /REQUIREMENTS.txt\n"
    "COPY deployment/docker/package.json /package.json\n"
    "COPY . /home/web/django_project\n"
    "WORKDIR /home/web/django_project\n"
)


def _files(pyproject: str) -> dict[str, str]:
    """A Django project at the root whose image, built from the root with a Dockerfile kept
    among deployment files, installs the list beside it (with the image's Grunt tooling)."""
    return {
        "pyproject.toml": pyproject,
        "manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'core.settings')\n"
        ),
        "core/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
        "core/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.postgis'}}\n"
        ),
        "deployment/docker/Dockerfile": _DOCKERFILE,
        "deployment/docker/REQUIREMENTS.txt": "Django==6.0.2\npsycopg2-binary==2.9.9\n",
        "deployment/docker/package.json": '{"name": "bims", "devDependencies": {}}\n',
        "deployment/docker/Gruntfile.js": "module.exports = function (grunt) {};\n",
    }


def test_pip_list_an_image_installs_for_the_whole_context(tmp_path: Path) -> None:
    """django-bims: `COPY . /home/web/django_project` and its WORKDIR are read from the
    context that holds the copied list (the root), whose pyproject.toml only names the
    project: the root runs on the list's versions."""
    pyproject = '[project]\nname = "bims"\nversion = "1.0.0"\n\n[tool.black]\nline-length = 120\n'
    backends = by_folder(write(tmp_path, _files(pyproject)))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==6.0.2")
    assert first(backends["."], K.ORM)[0] == "Django ORM"


def test_pip_list_not_taken_by_a_root_declaring_its_own_dependencies(tmp_path: Path) -> None:
    """The same image over a root whose pyproject.toml declares its dependencies: the root's
    own declaration describes it."""
    pyproject = '[project]\nname = "bims"\nversion = "1.0.0"\ndependencies = ["django==5.2.1"]\n'
    backends = by_folder(write(tmp_path, _files(pyproject)))
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==5.2.1")
