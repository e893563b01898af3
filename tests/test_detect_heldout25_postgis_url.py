"""A Django project whose settings default DATABASE_URL to GeoDjango's `postgis://` scheme
(django-environ, held-out set 67, #19): the engine is PostgreSQL, above the Oracle driver an
importer requires for a database of another system."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = """import environ

env = environ.Env(
    DEBUG=(bool, False),
    DATABASE_URL=(str, "postgis:///rents"),
    IMPORT_DATABASE_DSN=(str, ""),
)

INSTALLED_APPS = ["django.contrib.gis", "rest_framework", "leasing"]
DATABASES = {"default": env.db()}
"""


def test_postgis_url_default_names_postgresql(tmp_path: Path) -> None:
    files = {
        "requirements.txt": (
            "django==5.2.15\ndjangorestframework==3.16.1\ndjango-environ==0.12.0\n"
            "oracledb==4.0.1\npsycopg[binary]==3.3.4\n"
        ),
        "manage.py": (
            "import os\nimport sys\n\nif __name__ == '__main__':\n"
            "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'rents.settings')\n"
            "    from django.core.management import execute_from_command_line\n"
            "    execute_from_command_line(sys.argv)\n"
        ),
        "rents/settings.py": _SETTINGS,
        "rents/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
