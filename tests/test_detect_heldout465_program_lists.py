"""A gap the 465th held-out set showed (/tmp/s58/sets/detect_heldout465.yaml), as a small
fixture of the real files' shape (#19): a root Dockerfile copies and installs the pip lists of
`django/`, the folder holding the Django project (`projects/manage.py`, the settings) and its
app packages, then copies the whole tree. The lists are that folder's manifest: the backend is
`django`, not the root, which holds only JavaScript lint tooling and tools' settings. A list kept
among deployment files with no program of their own stays the image's folder's (set 61)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DOCKERFILE = (
    "FROM ubuntu:20.04\nRUN apt-get install -y python3.8 python3-pip\n"
    "COPY django/requirements.txt django/requirements-production.txt /home/django/\n"
    'RUN /bin/bash -c "pip install -r /home/django/requirements.txt \\\n'
    '    && pip install -r /home/django/requirements-production.txt"\n'
    "COPY . /home/\nWORKDIR /home/django/projects\n"
)


def _tree() -> dict[str, str]:
    return {
        "Dockerfile": _DOCKERFILE,
        "package.json": (
            '{\n  "name": "tracer",\n  "private": true,\n'
            '  "devDependencies": {"eslint": "^7.0.0", "karma": "^5.0.0", "qunit": "^2.9.0"}\n}\n'
        ),
        "karma.conf.js": "module.exports = function (config) { config.set({}); };\n",
        "setup.cfg": "[mypy]\ncheck_untyped_defs = True\n\n[flake8]\nmax-line-length = 120\n",
        "scripts/database/__init__.py": "",
        "scripts/database/backup.py": "import subprocess\n",
        "django/requirements.txt": "Django==3.0.14\npsycopg2-binary==2.8.6\ncelery==4.4.7\n",
        "django/requirements-production.txt": "psycopg2==2.8.6\n",
        "django/create_configuration.py": "import os\n",
        "django/projects/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')\n"
            "from django.core.management import execute_from_command_line\n"
        ),
        "django/projects/mysite/__init__.py": "",
        "django/projects/mysite/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "django/projects/mysite/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n"
        ),
        "django/applications/tracer/__init__.py": "",
        "django/applications/tracer/models.py": (
            "from django.db import models\n\n\nclass Neuron(models.Model):\n"
            "    name = models.TextField()\n"
        ),
    }


def test_the_lists_of_the_folder_holding_the_program_name_it(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert set(backends) == {"django"}
    assert first(backends["django"], K.FRAMEWORK) == ("Django", "==3.0.14")
    assert first(backends["django"], K.ORM)[0] == "Django ORM"


def test_a_list_among_deployment_files_is_still_the_image_s(tmp_path: Path) -> None:
    """The counter-case: the lists' folder holds a helper script, no package nor entry point,
    and the code lies beside it: the root's image installs them for the root's program."""
    files = {
        "Dockerfile": (
            "FROM python:3.12\nCOPY deploy/requirements.txt /app/deploy/\n"
            "RUN pip install -r /app/deploy/requirements.txt\nCOPY . /app/\nWORKDIR /app\n"
        ),
        "setup.cfg": "[flake8]\nmax-line-length = 120\n",
        "deploy/requirements.txt": "Django==4.2.17\npsycopg2==2.9.9\n",
        "deploy/health_check.py": "import requests\n",
        "manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
            "from django.core.management import execute_from_command_line\n"
        ),
        "site/__init__.py": "",
        "site/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "site/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert set(backends) == {"."}
    assert first(backends["."], K.FRAMEWORK) == ("Django", "==4.2.17")
