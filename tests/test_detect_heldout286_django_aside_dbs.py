"""Django and uv: an in-memory alias and a Poetry lock left behind (set 286, #19).

A Django project's settings keep a placeholder `DUMMY_DB = {"ENGINE":
"django.db.backends.sqlite3", "NAME": ":memory:"}` for an optional second alias (taken when an
integration is off) while `default` names PostgreSQL's backend literally; the in-memory literal
no longer outranks the default alias's server (`django_aside_dbs`). Its pyproject.toml moved
from Poetry to uv (hatchling, `[tool.uv.sources]`) and both locks are still there: uv.lock,
which `uv sync` installs from, gives the version, not the leftover poetry.lock
(`LockFiles._uv_first`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = (
    '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n'
    '[project]\nname = "site"\nversion = "0.2.1"\nrequires-python = ">=3.10,<4"\n'
    'dependencies = [\n  "django",\n  "psycopg2-binary",\n]\n\n'
    '[tool.uv.sources]\nsomelib = { git = "https://example.org/somelib.git" }\n'
)

_POETRY_LOCK = (
    '[[package]]\nname = "django"\nversion = "5.2.1"\ndescription = "web framework"\n'
    'optional = false\npython-versions = ">=3.10"\n\n'
    '[[package]]\nname = "psycopg2-binary"\nversion = "2.9.9"\ndescription = "driver"\n'
    'optional = false\npython-versions = ">=3.7"\n'
)

_UV_LOCK = (
    'version = 1\nrequires-python = ">=3.10, <4"\n\n'
    '[[package]]\nname = "django"\nversion = "5.2.13"\n'
    'source = { registry = "https://pypi.org/simple" }\n\n'
    '[[package]]\nname = "psycopg2-binary"\nversion = "2.9.11"\n'
    'source = { registry = "https://pypi.org/simple" }\n\n'
    '[[package]]\nname = "site"\nversion = "0.2.1"\nsource = { editable = "." }\n'
    'dependencies = [\n    { name = "django" },\n    { name = "psycopg2-binary" },\n]\n'
)

_SETTINGS = (
    "import environ\n\nenv = environ.Env()\n"
    'LEGACY_ENABLED = env.bool("LEGACY_ENABLED", default=False)\n\n'
    "LEGACY_DB = {\n"
    '    "ENGINE": env.str("LEGACY_DATABASE_ENGINE", '
    'default="django.db.backends.postgresql_psycopg2"),\n'
    '    "NAME": env.str("LEGACY_DATABASE_NAME", default="legacy"),\n}\n\n'
    'DUMMY_DB = {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}\n\n'
    "DATABASES = {\n"
    '    "default": {\n'
    '        "ENGINE": "django.db.backends.postgresql_psycopg2",\n'
    '        "NAME": env.str("SITE_DATABASE_NAME", default="site"),\n'
    "    },\n"
    '    "legacy": LEGACY_DB if LEGACY_ENABLED else DUMMY_DB,\n}\n'
)

_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_app.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)


def _site(settings: str = _SETTINGS) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "poetry.lock": _POETRY_LOCK,
        "uv.lock": _UV_LOCK,
        "manage.py": _MANAGE,
        "site_app/__init__.py": "",
        "site_app/settings.py": settings,
        "site_app/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
    }


def test_an_in_memory_alias_beside_a_server_default_is_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site()))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_an_in_memory_default_alias_still_names_sqlite(tmp_path: Path) -> None:
    # Counter-case: the in-memory database is the default alias itself.
    settings = (
        "DATABASES = {\n    \"default\": {\n"
        '        "ENGINE": "django.db.backends.sqlite3",\n        "NAME": ":memory:",\n'
        "    },\n}\n"
    )
    found = by_folder(write(tmp_path, _site(settings)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_the_uv_lock_of_a_project_that_left_poetry_gives_the_version(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site()))
    assert first(found["."], K.FRAMEWORK) == ("Django", "5.2.13")


def test_a_poetry_project_keeps_its_poetry_lock(tmp_path: Path) -> None:
    # Counter-case: a manifest still Poetry's (its table) reads poetry.lock first.
    files = _site()
    files["pyproject.toml"] = _PYPROJECT + '\n[tool.poetry]\npackage-mode = false\n'
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("Django", "5.2.1")
