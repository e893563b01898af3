"""A Django project whose settings module loads DATABASES from YAML files (held-out set 52,
#19): the ENGINE those files name is the engine the deployment configures, read without
making every YAML file a source."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[project]\nname = "app"\nversion = "1.0"\ndependencies = [\n'
    '    "Django==3.2.23",\n    "djangorestframework==3.12",\n'
    '    "mongoengine==0.27.0",\n    "pymongo==4.3.3",\n    "mysqlclient==2.1.1",\n]\n'
)

_SETTINGS = (
    "import os\n\nimport yaml\n\n"
    "with open(os.environ['APP_CONFIG']) as f:\n    CONF = yaml.safe_load(f)\n\n"
    "INSTALLED_APPS = ['django.contrib.contenttypes', 'rest_framework']\n"
    "DATABASES = CONF['app']['databases']\n"
)


def test_engine_of_the_yaml_databases_a_settings_module_loads(tmp_path: Path) -> None:
    """emgapi: `config/local-mysql.yml` and the CI configuration set ENGINE
    django.db.backends.mysql (a lite development file sqlite3) beside mongoengine for a side
    store: MySQL, and Django's ORM the data layer."""
    files = {
        "pyproject.toml": _PYPROJECT,
        "app/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
        ),
        "app/settings.py": _SETTINGS,
        "app/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "config/local-mysql.yml": (
            "app:\n  databases:\n    default:\n      ENGINE: 'django.db.backends.mysql'\n"
            "      NAME: 'app'\n"
        ),
        "config/local-lite.yml": (
            "app:\n  databases:\n    default:\n      ENGINE: 'django.db.backends.sqlite3'\n"
            "      NAME: 'app.sqlite'\n"
        ),
        "ci/configuration.yaml": (
            "app:\n  databases:\n    default:\n      ENGINE: 'django.db.backends.mysql'\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
    assert first(backend, K.ORM)[0] == "Django ORM"
