"""A driver declared only in an optional extra stays a fallback when the lock versions it
(held-out set 58, #19): the program's own default URL (SQLite) is the engine it runs on."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _lock(*packages: tuple[str, str]) -> str:
    return 'version = 1\nrevision = 3\nrequires-python = ">=3.12"\n' + "".join(
        f'\n[[package]]\nname = "{name}"\nversion = "{version}"\n'
        'source = { registry = "https://pypi.org/simple" }\n'
        for name, version in packages
    )


def test_locked_optional_drivers_stay_fallbacks(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": (
            '[project]\nname = "portal"\nversion = "1.0"\n'
            'dependencies = ["django>4.2,<5", "django-environ>=0.12.0"]\n\n'
            '[project.optional-dependencies]\nmysql = [\n    "mysqlclient>=2.2.7",\n]\n'
            'pg = [\n    "psycopg2>=2.9.10",\n]\n'
        ),
        "uv.lock": _lock(("django", "4.2.23"), ("mysqlclient", "2.2.7"), ("psycopg2", "2.9.10")),
        "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'portal.settings')\n",
        "portal/config/database.py": (
            "import os\n\nimport environ\n\nENV = environ.Env()\n\n"
            'DATABASES = {"default": ENV.db_url(var="DB_URL", default="sqlite:///" + '
            'os.path.join(os.getcwd(), "portal.db"))}\n'
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"
