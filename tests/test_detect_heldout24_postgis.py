"""Django on a GeoDjango backend (held-out set 54, #19): `ENGINE:
'django.contrib.gis.db.backends.postgis'` runs on PostgreSQL, with no driver in the
requirements (psycopg2 installed by the system's packages)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def test_geodjango_postgis_engine_is_postgresql(tmp_path: Path) -> None:
    files = {
        "src/mmw/requirements/base.txt": "django<4\ngunicorn==20.1.0\ndjangorestframework-gis\n",
        "src/mmw/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mmw.settings')\n"
        ),
        "src/mmw/mmw/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "src/mmw/mmw/settings/base.py": (
            "from os import environ\n\nDATABASES = {\n    'default': {\n"
            "        'ENGINE': 'django.contrib.gis.db.backends.postgis',\n"
            "        'NAME': environ.get('MMW_DB_NAME', 'mmw'),\n    }\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["src/mmw"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_geodjango_spatialite_engine_is_sqlite(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "django==4.2\n",
        "manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
        ),
        "app/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "app/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.spatialite',"
            " 'NAME': 'db.sqlite3'}}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"
