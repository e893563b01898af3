"""A Django settings module falling back to SQLite unless the database URL a platform add-on
sets is given (held-out set 278, #19).

`if os.environ.get("DATABASE_URL"): DATABASES = {"default": dj_database_url.parse(…)} else:
… sqlite3`, with a platform manifest (`scalingo.json`, Heroku's `app.json`) provisioning a
PostgreSQL add-on, which sets `DATABASE_URL` on the app: the deployed program runs on the
add-on's engine. An add-on setting a variable the program does not test, or none at all,
leaves the program's own SQLite default.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = (
    "import os\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n"
    'ROOT_URLCONF = "config.urls"\n\n'
    "# Database configuration\n"
    "{test}\n"
    "    import dj_database_url\n"
    "    DATABASES = {{\n"
    '        "default": dj_database_url.parse(os.environ.get("DATABASE_URL"))\n'
    "    }}\n"
    "else:\n"
    "    # Development database (SQLite)\n"
    "    DATABASES = {{\n"
    '        "default": {{\n'
    '            "ENGINE": "django.db.backends.sqlite3",\n'
    '            "NAME": BASE_DIR / "db.sqlite3",\n'
    "        }}\n"
    "    }}\n"
)


def _files(test: str, manifests: dict[str, object]) -> dict[str, str]:
    files = {
        "requirements.txt": "django==5.1.2\ndj-database-url==2.1.0\ngunicorn==21.2.0\n"
        "psycopg2-binary==2.9.9\n",
        "manage.py": "import os\nimport sys\n\n\ndef main():\n"
        '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")\n'
        "    from django.core.management import execute_from_command_line\n\n"
        "    execute_from_command_line(sys.argv)\n",
        "config/settings.py": _SETTINGS.format(test=test),
        "config/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "Procfile": "web: gunicorn config.wsgi --log-file -\n",
    }
    files.update({path: json.dumps(data, indent=2) for path, data in manifests.items()})
    return files


_SCALINGO = {
    "scalingo.json": {
        "buildpacks": [{"url": "https://github.com/Scalingo/python-buildpack"}],
        "addons": [{"plan": "postgresql:postgresql-sandbox"}],
    }
}
_HEROKU = {"app.json": {"name": "shop", "addons": ["heroku-postgresql:mini"]}}


@pytest.mark.parametrize(
    ("test", "manifests", "engine"),
    [
        ('if os.environ.get("DATABASE_URL"):', _SCALINGO, "PostgreSQL"),
        ('if "DATABASE_URL" in os.environ:', _HEROKU, "PostgreSQL"),
        # Scalingo sets its own name for the URL too.
        ('if os.getenv("SCALINGO_POSTGRESQL_URL"):', _SCALINGO, "PostgreSQL"),
        # No platform manifest: the program's own default.
        ('if os.environ.get("DATABASE_URL"):', {}, "SQLite"),
        # The add-on sets a variable the program's branch does not test.
        ('if os.environ.get("POSTGRES_NAME"):', _HEROKU, "SQLite"),
        # Attached under another name, the add-on sets that name's URL, not DATABASE_URL.
        (
            'if os.environ.get("DATABASE_URL"):',
            {"app.json": {"addons": [{"plan": "heroku-postgresql", "as": "ANALYTICS"}]}},
            "SQLite",
        ),
        # A manifest asking for no database add-on.
        (
            'if os.environ.get("DATABASE_URL"):',
            {"app.json": {"addons": ["papertrail"]}},
            "SQLite",
        ),
    ],
)
def test_addon_setting_the_tested_variable_is_the_deployed_engine(
    tmp_path: Path, test: str, manifests: dict[str, object], engine: str
) -> None:
    found = by_folder(write(tmp_path, _files(test, manifests)))
    assert first(found["."], K.DATABASE)[0] == engine


def test_addon_beside_a_program_choosing_its_engine_otherwise_says_nothing(
    tmp_path: Path,
) -> None:
    """A review-app manifest asking for PostgreSQL beside settings that choose SQLite with no
    test of the add-on's variable: the settings' engine stays."""
    files = _files('if os.environ.get("DATABASE_URL"):', _HEROKU)
    files["config/settings.py"] = (
        "from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n"
        'DATABASES = {\n    "default": {\n'
        '        "ENGINE": "django.db.backends.sqlite3",\n'
        '        "NAME": BASE_DIR / "db.sqlite3",\n    }\n}\n'
    )
    files["requirements.txt"] = "django==5.1.2\ngunicorn==21.2.0\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "SQLite"
