"""A gap the 473rd held-out set showed (benchmarks/detect_heldout473.yaml), as a small fixture
of the real files' shape (#19): a Django application whose settings fall back to SQLite unless
a local `DatabaseConfig` module exists, shipping a template of that module set to MySQL, while
its image (the recommended deployment) sets `ENV DATABASE_TYPE=psql-local` for the entrypoint
that writes the PostgreSQL settings. The engine setting's value names the engine first and
where its server runs after it: PostgreSQL, as the deployment's choice. The same value under a
key that sets no engine names nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_SETTINGS = (
    "import os\n\nBASE_DIR = os.path.dirname(os.path.dirname(__file__))\n\n"
    "INSTALLED_APPS = ['django.contrib.admin', 'core']\n\n"
    "try:\n\tfrom .DatabaseConfig import DatabaseConfig\n"
    "\tDATABASES = { 'default': DatabaseConfig, }\nexcept ImportError:\n\tDATABASES = {\n"
    "\t\t'default': {\n\t\t\t'ENGINE': 'django.db.backends.sqlite3',\n"
    "\t\t\t'NAME': os.path.join(BASE_DIR, 'Race.sqlite3'),\n\t\t},\n\t}\n"
)

_TEMPLATE = (
    "DatabaseConfig = {\n\t'ENGINE': 'django.db.backends.mysql',\n"
    "\t# 'ENGINE': 'django.db.backends.postgresql',\n\t'NAME': 'DATABASE_NAME',\n}\n"
)

_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'Race.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)


def _dockerfile(key: str) -> str:
    return (
        "FROM python:3.10-alpine\nRUN apk add postgresql-client bash\n"
        f"ENV {key}=psql-local\nENV DATABASE_NAME=race\n"
        "COPY . /Race\nCMD [\"/usr/sbin/entrypoint.sh\"]\n"
    )


def _tree(key: str) -> dict[str, str]:
    return {
        "requirements.txt": "django\nwaitress\n",
        "manage.py": _MANAGE,
        "Race/__init__.py": "",
        "Race/settings.py": _SETTINGS,
        "Race/DatabaseConfigTemplate.py": _TEMPLATE,
        "Race/wsgi.py": "import os\nfrom django.core.wsgi import get_wsgi_application\n\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'Race.settings')\n"
        "application = get_wsgi_application()\n",
        "core/__init__.py": "",
        "core/models.py": "from django.db import models\n\n\nclass Rider(models.Model):\n"
        "    name = models.CharField(max_length=64)\n",
        "Dockerfile": _dockerfile(key),
    }


def test_an_image_setting_a_qualified_engine_name_deploys_that_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("DATABASE_TYPE")))
    assert first(found["."], FindingKind.DATABASE)[0] == "PostgreSQL"


def test_the_same_value_under_another_key_names_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("BACKUP_TARGET")))
    databases = [f for f in found["."].findings if f.kind is FindingKind.DATABASE]
    assert all("Dockerfile" not in e.path for f in databases for e in f.evidence)
