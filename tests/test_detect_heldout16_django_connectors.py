"""A Django project that also reaches other systems' databases through their drivers
(benchmarks/detect_heldout16.yaml, #19), as a small fixture of the real files' shape: a SQL
console whose own tables live in MySQL through Django's models (settings' ENGINE mysql, a
dozen modules importing `django.db`), with PostgreSQL and MongoDB connectors for the databases
it audits (psycopg2 in a few engine modules, pymongo in one). Its data layer is Django's ORM
and its engine the settings' MySQL: the census of `py_side_stores`, which marks the SQL layer
most modules import over a MongoDB client read beside it, counts the framework's ORM as a
rival and never lets a connector's driver outrank it. The counter-case: where the Django
project's models are few and a driver is imported by far more modules, the census still
marks the driver."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = (
    "Django>=4.2,<5.1.0\nmysqlclient==2.*\npymongo==4.6.3\npsycopg2-binary==2.*\n"
    "gunicorn==22.0.0\n"
)
_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'console.settings')\n"
    "    from django.core.management import execute_from_command_line\n\n"
    "    execute_from_command_line(sys.argv)\n"
)
_SETTINGS = (
    "INSTALLED_APPS = ['django.contrib.auth', 'sql']\nROOT_URLCONF = 'console.urls'\n"
    "DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'console'}}\n"
)
_WSGI = (
    "from django.core.wsgi import get_wsgi_application\n\n"
    "application = get_wsgi_application()\n"
)
_MODEL = "from django.db import models\n\n\nclass Thing(models.Model):\n    pass\n"
_PG = "import psycopg2\n\n\ndef connect(host):\n    return psycopg2.connect(host=host)\n"
_MONGO = "import pymongo\n\n\ndef connect(uri):\n    return pymongo.MongoClient(uri)\n"


def _tree(models: int, connectors: int) -> dict[str, str]:
    files = {
        "requirements.txt": _REQUIREMENTS,
        "manage.py": _MANAGE,
        "console/__init__.py": "",
        "console/settings.py": _SETTINGS,
        "console/wsgi.py": _WSGI,
        "sql/__init__.py": "",
        "sql/engines/mongo.py": _MONGO,
    }
    for i in range(models):
        files[f"sql/models_{i}.py"] = _MODEL
    for i in range(connectors):
        files[f"sql/engines/pg_{i}.py"] = _PG
    return files


def _data(backend: object) -> str:
    found = next(f for f in backend.findings if f.kind in (K.ORM, K.QUERY))  # type: ignore[attr-defined]
    return found.name


def test_a_django_project_keeps_its_orm_over_connector_drivers(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(models=12, connectors=4)))["."]
    assert _data(backend) == "Django ORM"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_driver_far_more_modules_import_is_still_marked(tmp_path: Path) -> None:
    # Few models, a driver everywhere: the census marks the driver, as for any Python service.
    backend = by_folder(write(tmp_path, _tree(models=1, connectors=8)))["."]
    assert _data(backend) == "psycopg2"
