"""Example settings a project's own entrypoint copies into place (benchmarks/
detect_heldout140.yaml, #19): a Django settings module takes MongoDB, PostgreSQL or MySQL only
when their environment variables are set, else imports `configs.py`, which the repository does
not ship; it ships `configs.example.py` (SQLite), and the container's entrypoint script runs
`cp configs.example.py configs.py` before starting the server. As installed and started, the
program runs on the example's engine: its explicit default (`copied_settings`), above the
drivers of the servers an operator may opt into. Without the copy, the example is only a
suggestion and the drivers decide as before."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = """import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
WSGI_APPLICATION = 'core.wsgi.application'
INSTALLED_APPS = ['django.contrib.admin', 'blog']

if os.environ.get("PG_HOST"):
    DATABASES = {
        'default': {
            'ENGINE': 'django.db.backends.postgresql',
            'HOST': os.environ.get("PG_HOST"),
        }
    }
elif os.environ.get("MYSQL_HOST"):
    DATABASES = {
        'default': {
            'ENGINE': 'django.db.backends.mysql',
            'HOST': os.environ.get('MYSQL_HOST'),
        }
    }
elif os.path.exists(BASE_DIR / "configs.py"):
    import configs

    DATABASES = configs.DATABASES
"""
_EXAMPLE = """from pathlib import Path

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': Path(__file__).parent / 'db' / 'db.sqlite3',
    }
}
"""
_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'core.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)
_ENTRYPOINT = (
    "#!/bin/sh\nset -e\n\n{copy}python manage.py migrate\n\n"
    "exec gunicorn -b 0.0.0.0:8000 core.wsgi:application\n"
)


def _files(copy: str) -> dict[str, str]:
    return {
        "requirements.txt": "Django==3.2.25\nPyMySQL==1.1.1\npsycopg2-binary==2.9.10\n"
        "gunicorn==23.0.0\n",
        "manage.py": _MANAGE,
        "core/settings.py": _SETTINGS,
        "core/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
        "configs.example.py": _EXAMPLE,
        "entrypoint.sh": _ENTRYPOINT.format(copy=copy),
        "Dockerfile": "FROM python:3.11-alpine\nCOPY . /app\nENTRYPOINT [\"/app/entrypoint.sh\"]\n",
    }


def test_example_the_entrypoint_copies_is_the_default(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files("cp configs.example.py configs.py\n")))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert first(backend, K.ORM)[0] == "Django ORM"


def test_example_nothing_copies_is_a_suggestion(tmp_path: Path) -> None:
    """Counter-case: no command installs the example; the drivers decide, as before."""
    backend = by_folder(write(tmp_path, _files("")))["."]
    assert first(backend, K.DATABASE)[0] != "SQLite"


def test_copy_onto_another_name_is_not_the_settings(tmp_path: Path) -> None:
    """Counter-case: a copy onto a file the example is not the example of (a backup) installs
    nothing the settings import."""
    backend = by_folder(write(tmp_path, _files("cp configs.example.py /tmp/backup.py\n")))["."]
    assert first(backend, K.DATABASE)[0] != "SQLite"
