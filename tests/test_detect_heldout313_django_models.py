"""A Django project no manifest declares, from set 313 (benchmarks/detect_heldout313.yaml), as a
small fixture of the real files' shape (#19): manage.py, a settings module on SQLite and an
app whose models.py declares its models on `django.db.models`, with no requirements list."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANAGE = (
    "#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == \"__main__\":\n"
    "    os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"site.settings\")\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)
_SETTINGS = (
    "import os\nBASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n"
    "INSTALLED_APPS = ['django.contrib.admin', 'courses']\n"
    "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.sqlite3',\n"
    "        'NAME': os.path.join(BASE_DIR, 'db.sqlite3'),\n    }\n}\n"
)
_WSGI = (
    "import os\nfrom django.core.wsgi import get_wsgi_application\n"
    "os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"site.settings\")\n"
    "application = get_wsgi_application()\n"
)
_MODELS = (
    "from __future__ import unicode_literals\nfrom django.utils import timezone\n"
    "from django.db import models\nfrom django.conf import settings\n\n\n"
    "class Course(models.Model):\n    title = models.CharField(max_length=100)\n"
)


def _project(models: str) -> dict[str, str]:
    return {
        "manage.py": _MANAGE,
        "site/__init__.py": "",
        "site/settings.py": _SETTINGS,
        "site/wsgi.py": _WSGI,
        "courses/__init__.py": "",
        "courses/models.py": models,
        "courses/views.py": "from django.shortcuts import render\n",
    }


def test_a_manifestless_django_project_declaring_models_uses_the_django_orm(
    tmp_path: Path,
) -> None:
    """Its models are declared on Django's base: the Django ORM, beside SQLite."""
    found = by_folder(write(tmp_path, _project(_MODELS)))
    assert first(found["."], K.FRAMEWORK)[0] == "Django"
    assert first(found["."], K.ORM)[0] == "Django ORM"
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_manifestless_django_project_declaring_no_model_names_no_orm(tmp_path: Path) -> None:
    """The neighbour: the generated models.py declares nothing — no data layer is named."""
    stub = "from django.db import models\n\n# Create your models here.\n"
    found = by_folder(write(tmp_path, _project(stub)))
    assert first(found["."], K.ORM) == ("", "")
