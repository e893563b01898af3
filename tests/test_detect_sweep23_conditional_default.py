"""An engine setting's environment default written as a conditional expression (#19,
development sweep of set 46): `os.environ.get("DB_ENGINE", "mssql" if DB_DEFAULT == "mssql"
else "django.db.backends.postgresql")` runs on SQL Server only when another setting asks for
it; with both unset the `else` branch, PostgreSQL, is the program's default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONDITIONAL = '"mssql" if DB_DEFAULT == \'mssql\' else "django.db.backends.postgresql"'

_SETTINGS = f"""import os

DB_DEFAULT = os.environ.get("DB_DEFAULT", 'postgresql')

DATABASES = {{}}
DEFAULT_ENGINE = os.environ.get("DB_ENGINE", {_CONDITIONAL})
if DB_DEFAULT == 'mssql':
    DATABASES["default"] = {{"ENGINE": os.environ.get("MSSQL_DB_ENGINE", DEFAULT_ENGINE)}}
else:
    DATABASES["default"] = {{"ENGINE": os.environ.get("PSQL_DB_ENGINE", DEFAULT_ENGINE)}}
"""

_REQUIREMENTS = "django~=4.2\nmssql-django~=1.4\npyodbc\npsycopg2-binary==2.9.9\n"


def _files(settings: str) -> dict[str, str]:
    return {
        "requirements.txt": _REQUIREMENTS,
        "manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
        ),
        "app/__init__.py": "",
        "app/settings.py": settings,
    }


def test_the_else_branch_of_a_conditional_default_is_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(_SETTINGS)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_plain_default_still_names_the_engine(tmp_path: Path) -> None:
    settings = _SETTINGS.replace(_CONDITIONAL, '"mssql"')
    backend = by_folder(write(tmp_path, _files(settings)))["."]
    assert first(backend, K.DATABASE)[0] == "SQL Server"
