"""Python: a Django project routing only its admin site, in a tree that deploys and starts no
server, is a tool's data store, not a backend (set 331, #19).

A crawler's repository keeps its store as a Django project: a Poetry manifest (Django, the
PostgreSQL driver, Scrapy), manage.py and wsgi.py from `startproject`, an app with models, a
migration and management commands of its own, the generated urls.py whose only route is
`path('admin/', admin.site.urls)`, and a pipeline script running the crawler and those
commands. No Dockerfile, Procfile or Compose file, and nothing names a WSGI server or
`runserver` (`django_admin_tools`). A route of its own, no command of its own, a Dockerfile,
or a README starting `runserver` keeps it a Django backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    "[tool.poetry]\nname = \"crawler\"\nversion = \"0.1.0\"\n\n"
    "[tool.poetry.dependencies]\npython = \"^3.10\"\ndjango = \"^5\"\n"
    "psycopg2-binary = \"^2.9.9\"\nscrapy = \"^2.11\"\nrequests = \"^2.31.0\"\n\n"
    "[build-system]\nrequires = [\"poetry-core\"]\nbuild-backend = \"poetry.core.masonry.api\"\n"
)
_MANAGE = (
    "#!/usr/bin/env python\nimport os\nimport sys\n\n\ndef main():\n"
    "    os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"backend.settings\")\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n\n\nif __name__ == \"__main__\":\n    main()\n"
)
_WSGI = (
    "import os\nfrom django.core.wsgi import get_wsgi_application\n"
    "os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"backend.settings\")\n"
    "application = get_wsgi_application()\n"
)
_SETTINGS = (
    "INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.auth', 'rental']\n"
    "ROOT_URLCONF = 'backend.urls'\n"
    "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'rental'}}\n"
)
_URLS = (
    '"""\nURL configuration for backend project.\n\nExamples:\nFunction views\n'
    "    1. Add an import:  from my_app import views\n"
    "    2. Add a URL to urlpatterns:  path('', views.home, name='home')\n\"\"\"\n"
    "from django.contrib import admin\nfrom django.urls import path\n\n"
    "urlpatterns = [\n    path('admin/', admin.site.urls),\n]\n"
)
_MODELS = (
    "from django.db import models\n\n\nclass House(models.Model):\n"
    "    title = models.CharField(max_length=255)\n"
)
_MIGRATION = (
    "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
    "    dependencies = []\n    operations = []\n"
)
_COMMAND = (
    "from django.core.management.base import BaseCommand\n\n\nclass Command(BaseCommand):\n"
    "    def handle(self, *args, **options):\n        pass\n"
)
_PIPELINE = (
    "#!/bin/bash\npoetry run scrapy crawl list -L INFO\n"
    "poetry run python ./django/manage.py export -p\n"
)


def _tree(**extra: str) -> dict[str, str]:
    files = {
        "dataset/pyproject.toml": _PYPROJECT,
        "dataset/go.sh": _PIPELINE,
        "dataset/README.md": "python manage.py migrate\npython manage.py loaddata vendors\n",
        "dataset/django/manage.py": _MANAGE,
        "dataset/django/backend/__init__.py": "",
        "dataset/django/backend/settings.py": _SETTINGS,
        "dataset/django/backend/wsgi.py": _WSGI,
        "dataset/django/backend/urls.py": _URLS,
        "dataset/django/rental/__init__.py": "",
        "dataset/django/rental/models.py": _MODELS,
        "dataset/django/rental/migrations/__init__.py": "",
        "dataset/django/rental/migrations/0001_initial.py": _MIGRATION,
        "dataset/django/rental/views.py": "from django.shortcuts import render\n",
        "dataset/django/rental/management/__init__.py": "",
        "dataset/django/rental/management/commands/__init__.py": "",
        "dataset/django/rental/management/commands/export.py": _COMMAND,
    }
    files.update(extra)
    return files


def test_an_admin_only_django_store_nothing_deploys_is_no_backend(tmp_path: Path) -> None:
    """Only the admin routed, nothing deploys or starts it: a tool's store."""
    assert "dataset" not in by_folder(write(tmp_path, _tree()))


def test_a_django_project_with_a_route_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    """A route beside the admin serves clients: a Django backend."""
    urls = _URLS.replace(
        "    path('admin/', admin.site.urls),\n",
        "    path('admin/', admin.site.urls),\n    path('houses/', views.houses),\n",
    )
    found = by_folder(write(tmp_path, _tree(**{"dataset/django/backend/urls.py": urls})))
    assert first(found["dataset"], K.FRAMEWORK)[0] == "Django"


def test_an_admin_only_django_project_a_dockerfile_ships_stays_a_backend(
    tmp_path: Path,
) -> None:
    """A Dockerfile in the tree may ship it as a server: left a backend."""
    dockerfile = "FROM python:3.12\nCOPY . /app\nCMD [\"python\", \"manage.py\", \"migrate\"]\n"
    found = by_folder(write(tmp_path, _tree(**{"Dockerfile": dockerfile})))
    assert first(found["dataset"], K.FRAMEWORK)[0] == "Django"


def test_an_admin_only_django_project_a_readme_serves_stays_a_backend(tmp_path: Path) -> None:
    """A README starting `runserver` or a WSGI server: left a backend."""
    readme = "python manage.py migrate\ngunicorn backend.wsgi\n"
    found = by_folder(write(tmp_path, _tree(**{"dataset/README.md": readme})))
    assert first(found["dataset"], K.FRAMEWORK)[0] == "Django"


def test_an_admin_only_django_project_with_no_command_stays_a_backend(tmp_path: Path) -> None:
    """No management command of its own: nothing says it is driven through commands."""
    files = {k: v for k, v in _tree().items() if "/management/" not in k}
    found = by_folder(write(tmp_path, files))
    assert first(found["dataset"], K.FRAMEWORK)[0] == "Django"
