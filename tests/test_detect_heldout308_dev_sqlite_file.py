"""A Django site whose settings fall back on a SQLite file named for development, from set 308
(benchmarks/detect_heldout308.yaml), as a small fixture of the real files' shape (#19): the
settings keep `DATABASES` from local settings or else a `development.db` SQLite file, while the
local-settings template an installation copies names PostgreSQL's backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    "[tool.poetry]\nname = \"site\"\nversion = \"1.0.0\"\n\n[tool.poetry.dependencies]\n"
    "python = \"^3.8\"\nDjango = \"1.11.29\"\n\n[tool.poetry.dev-dependencies]\n"
    "psycopg2-binary = \"^2.8\"\n"
)
_SETTINGS = (
    "import os\nBASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n"
    "try:\n    from .local_settings import *\nexcept ImportError:\n    pass\n\n"
    "DATABASES = locals().pop(\n    \"DATABASES\",\n    {\n        \"default\": {\n"
    "            \"ENGINE\": \"django.db.backends.sqlite3\",  # Add 'postgresql_psycopg2'.\n"
    "            \"NAME\": \"%s/{name}\"\n            % BASE_DIR,  # Or path to database file.\n"
    "            \"USER\": \"\",\n        }}\n    }},\n)\n"
)
_LOCAL_EXAMPLE = (
    "DATABASES = {\n    \"default\": {\n"
    "        \"ENGINE\": \"django.db.backends.postgresql_psycopg2\",\n"
    "        \"NAME\": \"\",\n        \"USER\": \"\",\n    }\n}\n"
)
_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.conf.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)


def _site(name: str) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "manage.py": _MANAGE,
        "site/__init__.py": "",
        "site/conf/__init__.py": "",
        "site/conf/settings.py": _SETTINGS.replace("{name}", name).replace("}}", "}"),
        "site/conf/local_settings_example.py": _LOCAL_EXAMPLE,
    }


def test_a_sqlite_file_named_for_development_is_a_fallback(tmp_path: Path) -> None:
    """`development.db` is a developer's scratch file: PostgreSQL, the template's, is first."""
    found = by_folder(write(tmp_path, _site("development.db")))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_sqlite_file_named_for_the_site_stays_its_engine(tmp_path: Path) -> None:
    """The neighbour: the fallback file is the site's own database (`site.db`)."""
    found = by_folder(write(tmp_path, _site("site.db")))
    assert first(found["."], K.DATABASE)[0] == "SQLite"
