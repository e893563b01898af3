"""Pip lists kept among a project's settings (`app/conf/pip/requirements.txt` beside
`app/manage.py`) belong to that project, not to a backend of their own (held-out set 56,
#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def test_a_conf_pip_folder_is_its_projects(tmp_path: Path) -> None:
    files = {
        "Dockerfile": (
            "FROM python:3.10-slim\nCOPY ./app/conf/pip /code/conf/pip\n"
            "RUN pip install -q -r /code/conf/pip/requirements.txt\nCOPY ./app /code\n"
        ),
        "app/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'gather.settings')\n"
        ),
        "app/setup.cfg": "[flake8]\nmax-line-length = 120\n",
        "app/conf/pip/requirements.txt": (
            "# Frozen requirements\n\nDjango==3.2.18\ndjangorestframework==3.14.0\n"
            "psycopg2-binary==2.9.5\n"
        ),
        "app/conf/uwsgi/config.ini": "[uwsgi]\nmodule = gather.wsgi\n",
        "app/gather/settings.py": "INSTALLED_APPS = ['rest_framework']\n",
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"app"}
    assert first(found["app"], K.FRAMEWORK) == ("Django", "==3.2.18")
