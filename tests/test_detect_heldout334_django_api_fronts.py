"""Python: a Django front whose database holds only sign-in tables, rendering pages from the
product's API, is a UI (set 334, #19).

A tree keeps, beside its Django API with models of its own, two Django projects on PostgreSQL
(psycopg in their requirements, `DATABASES` in a settings module, Memcached for sessions) whose
installed apps are `django.contrib.auth`, sessions and a one-time-password app: their own app's
models.py is empty, its migrations package holds only `__init__.py`, and their views render
templates from what Requests fetches from the API. Their tables are sign-in state: UIs
(`django_api_fronts`). A model of its own, a migration, no migrations package at all (nothing
says it creates no table), or no HTTP client keeps it a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "django==5.2.7\nrequests[socks]\npsycopg==3.2.12\nwhitenoise==6.12.0\n"
    "django-two-factor-auth==1.18.0\npymemcache==4.0.0\n"
)
_MANAGE = (
    "#!/usr/bin/env python\nimport os\nimport sys\n\n\ndef main():\n"
    "    os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"project.settings\")\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n\n\nif __name__ == \"__main__\":\n    main()\n"
)
_WSGI = (
    "import os\nfrom django.core.wsgi import get_wsgi_application\n"
    "os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"project.settings\")\n"
    "application = get_wsgi_application()\n"
)
_SETTINGS = (
    "from split_settings.tools import include\ninclude('apps.py', 'database.py')\n"
)
_APPS = (
    "INSTALLED_APPS = [\n    \"django.contrib.auth\",\n    \"django.contrib.contenttypes\",\n"
    "    \"django.contrib.sessions\",\n    \"front\",\n"
    "    \"django_otp\",\n    \"two_factor\",\n]\n"
)
_DATABASE = (
    "import os\n\nDATABASES = {\n    \"default\": {\n"
    "        \"ENGINE\": \"django.db.backends.postgresql\",\n"
    "        \"NAME\": os.environ[\"POSTGRES_DB\"],\n"
    "        \"HOST\": os.environ[\"POSTGRES_HOST\"],\n"
    "    },\n}\n"
)
_VIEWS = (
    "import requests\nfrom django.shortcuts import redirect, render\n"
    "from django.views.generic import FormView\n\n\n"
    "def index(request):\n"
    "    found = requests.get(\"http://rest/api/items\", timeout=10).json()\n"
    "    return render(request, \"front/index.html\", {\"items\": found})\n"
)
_MODELS = "# Create your models here.\n"
_OWN_MODELS = (
    "from django.db import models\n\n\nclass Item(models.Model):\n"
    "    name = models.CharField(max_length=100)\n"
)
_MIGRATION = (
    "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n"
    "    dependencies = []\n    operations = []\n"
)


def _front(models: str = _MODELS, views: str = _VIEWS) -> dict[str, str]:
    return {
        "front/requirements.txt": _REQUIREMENTS,
        "front/manage.py": _MANAGE,
        "front/project/__init__.py": "",
        "front/project/wsgi.py": _WSGI,
        "front/project/settings/__init__.py": _SETTINGS,
        "front/project/settings/apps.py": _APPS,
        "front/project/settings/database.py": _DATABASE,
        "front/project/urls.py": (
            "from django.urls import path\nfrom front import views\n\n"
            "urlpatterns = [path(\"\", views.index)]\n"
        ),
        "front/front/__init__.py": "",
        "front/front/models.py": models,
        "front/front/migrations/__init__.py": "",
        "front/front/views.py": views,
    }


def test_a_django_front_keeping_only_sign_in_tables_over_the_api_is_a_ui(
    tmp_path: Path,
) -> None:
    """No model, no migration of its own, views rendering what Requests fetches: a UI."""
    found = by_folder(write(tmp_path, _front()))
    assert "front" not in found


def test_a_django_front_declaring_a_model_stays_a_backend(tmp_path: Path) -> None:
    """A model of its own is data of its own: a Django backend on PostgreSQL."""
    found = by_folder(write(tmp_path, _front(models=_OWN_MODELS)))
    assert first(found["front"], K.FRAMEWORK)[0] == "Django"
    assert first(found["front"], K.DATABASE)[0] == "PostgreSQL"


def test_a_django_front_shipping_a_migration_stays_a_backend(tmp_path: Path) -> None:
    """A migration of its own creates tables of its own: a backend."""
    files = _front() | {"front/front/migrations/0001_initial.py": _MIGRATION}
    found = by_folder(write(tmp_path, files))
    assert first(found["front"], K.DATABASE)[0] == "PostgreSQL"


def test_a_django_project_fetching_nothing_stays_a_backend(tmp_path: Path) -> None:
    """Views rendering templates with no HTTP client: nothing says its pages come from an
    API, so it stays a Django backend."""
    views = (
        "from django.shortcuts import render\n\n\n"
        "def index(request):\n    return render(request, 'i.html')\n"
    )
    found = by_folder(write(tmp_path, _front(views=views)))
    assert first(found["front"], K.FRAMEWORK)[0] == "Django"


def test_a_django_front_with_no_migrations_package_stays_a_backend(tmp_path: Path) -> None:
    """No migrations package: nothing says its app creates no table, so the database it sets
    may hold data of its own."""
    files = {k: v for k, v in _front().items() if "/migrations/" not in k}
    found = by_folder(write(tmp_path, files))
    assert first(found["front"], K.DATABASE)[0] == "PostgreSQL"
