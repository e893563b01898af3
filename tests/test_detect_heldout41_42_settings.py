"""A Django edition whose settings import every setting of the application's (held-out set
41's ciso-assistant enterprise/backend, benchmarks/detect_heldout41.yaml), as a small fixture
of the real files' shape (#19): its own manifest with the application as a path dependency,
`from app.settings import *`, and no database setting of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMMUNITY_SETTINGS = (
    "import os\n\n"
    'if "POSTGRES_NAME" in os.environ:\n    DATABASES = {\n        "default": {\n'
    '            "ENGINE": "django.db.backends.postgresql",\n'
    '            "NAME": os.environ["POSTGRES_NAME"],\n        }\n    }\n'
    "else:\n    DATABASES = {\n        \"default\": {\n"
    '            "ENGINE": "django.db.backends.sqlite3",\n'
    '            "NAME": "db/app.sqlite3",\n        }\n    }\n'
)


def _files(import_line: str) -> dict[str, str]:
    return {
        "backend/pyproject.toml": '[project]\nname = "app-community"\n'
        'dependencies = [\n    "django>=6.0.4,<7",\n    "psycopg[binary]>=3.3,<4",\n]\n',
        "backend/manage.py": "import os\nimport sys\n\n\ndef main():\n"
        '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")\n'
        "    from django.core.management import execute_from_command_line\n\n"
        "    execute_from_command_line(sys.argv)\n",
        "backend/app/settings.py": _COMMUNITY_SETTINGS,
        "enterprise/backend/pyproject.toml": '[project]\nname = "enterprise_core"\n'
        'dependencies = [\n    "django>=6.0.3,<7",\n    "app-community",\n]\n\n'
        '[tool.uv.sources]\napp-community = { path = "../../backend", package = false }\n',
        "enterprise/backend/Dockerfile": "FROM python:3.14-slim\n"
        "ENV DJANGO_SETTINGS_MODULE=enterprise_core.settings\nCOPY . /code/\n",
        "enterprise/backend/enterprise_core/__init__.py": "",
        "enterprise/backend/enterprise_core/settings.py": f'"""Enterprise settings."""\n\n'
        f"import os\n\n{import_line}\n\nLICENSE_SEATS = int(os.environ.get('SEATS', '1'))\n",
        "enterprise/backend/enterprise_core/urls.py": "from django.urls import include, path\n\n"
        'urlpatterns = [\n    path("", include("core.urls")),\n]\n',
    }


@pytest.mark.parametrize(
    ("import_line", "engine"),
    [
        # The application's settings imported wholesale: its SQLite default is the edition's.
        ("from app.settings import *  # noqa: F403", "SQLite"),
        # A settings module of its own package (relative), or another module's names: nothing
        # of the application's settings.
        ("from .base import *", ""),
        ("from app.constants import *", ""),
    ],
)
def test_edition_runs_on_the_imported_settings_engine(
    tmp_path: Path, import_line: str, engine: str
) -> None:
    found = by_folder(write(tmp_path, _files(import_line)))
    assert first(found["backend"], K.DATABASE)[0] == "SQLite"
    assert first(found["enterprise/backend"], K.DATABASE)[0] == engine
