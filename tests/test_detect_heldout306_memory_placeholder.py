"""A Django site whose settings and image set an in-memory SQLite URL as a placeholder, from set
306 (benchmarks/detect_heldout306.yaml), as a small fixture of the real files' shape (#19): the
settings read `env.db(default="sqlite:////:memory:")`, the Dockerfile sets the same URL so a
build step can load them, and the requirements pin the PostgreSQL driver the deployment runs."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = "Django==6.0.4\ndjango-environ==0.12.0\npsycopg2-binary==2.9.12\n"
_SETTINGS = (
    "import environ\n\nenv = environ.Env()\nBASE_DIR = environ.Path(__file__) - 2\n"
    "INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.postgres', 'site.core']\n"
    "DATABASES = {\n    \"default\": env.db(default=\"sqlite:////:memory:\"),\n}\n"
)
_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)
_DOCKERFILE = (
    "FROM python:3.12-slim\nWORKDIR /srv/site\nCOPY requirements /srv/site/requirements\n"
    "RUN pip install -r requirements/requirements.txt\nCOPY . /srv/site\n"
    "ENV DATABASE_URL={url}\nRUN python manage.py collectstatic --noinput\n"
    "CMD [\"gunicorn\", \"site.wsgi\"]\n"
)


def _site(url: str) -> dict[str, str]:
    return {
        "requirements/requirements.txt": _REQUIREMENTS,
        "setup.py": "from setuptools import setup\nsetup(name='site')\n",
        "manage.py": _MANAGE,
        "site/__init__.py": "",
        "site/settings.py": _SETTINGS,
        "site/wsgi.py": "from django.core.wsgi import get_wsgi_application\n"
        "application = get_wsgi_application()\n",
        "docker/Dockerfile": _DOCKERFILE.format(url=url),
    }


def test_an_in_memory_placeholder_leaves_the_declared_server_engine_first(tmp_path: Path) -> None:
    """The in-memory URL keeps no data: PostgreSQL, the driver the requirements pin, is first."""
    found = by_folder(write(tmp_path, _site("'sqlite:////:memory:'")))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_an_image_setting_a_sqlite_file_still_names_sqlite(tmp_path: Path) -> None:
    """The neighbour: an image whose URL is a SQLite file that the container keeps."""
    found = by_folder(write(tmp_path, _site("'sqlite:////srv/data/site.sqlite3'")))
    assert first(found["."], K.DATABASE)[0] == "SQLite"
