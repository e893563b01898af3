"""Engine gaps held-out sets 41 and 42 showed (benchmarks/detect_heldout41.yaml,
detect_heldout42.yaml), each as a small fixture of the real files' shape (#19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Rails: a production adapter read from the environment with a literal fallback ----------

_GEMFILE = "source 'https://rubygems.org'\n\ngem 'rails', '8.1.3'\ngem 'sqlite3'\ngem 'pg'\n"
_APPLICATION = (
    "require_relative 'boot'\nrequire 'rails/all'\n\nmodule Catalog\n"
    "  class Application < Rails::Application\n  end\nend\n"
)
_DATABASE_YML = (
    "default: &default\n  adapter: sqlite3\n  pool: 5\n\n"
    "development:\n  <<: *default\n  database: db/development.sqlite3\n\n"
    "test:\n  <<: *default\n  database: db/test.sqlite3\n\n"
    "production:\n  adapter: {adapter}\n  encoding: utf8\n"
    "  database: <%= ENV[\"APP_DB_NAME\"] %>\n"
)


@pytest.mark.parametrize(
    ("adapter", "engine"),
    [
        # tul_cob: `ENV[…] || "postgresql"` over a SQLite development and test.
        ('<%= ENV["APP_DB_ADAPTER"] || "postgresql" %>', "PostgreSQL"),
        ("<%= ENV.fetch('APP_DB_ADAPTER', 'mysql2') %>", "MySQL"),
        # A plain production adapter, as before.
        ("postgresql", "PostgreSQL"),
        # An adapter read from the environment with no fallback states nothing: the shared
        # SQLite stays.
        ('<%= ENV["APP_DB_ADAPTER"] %>', "SQLite"),
    ],
)
def test_rails_production_adapter_from_an_erb_fallback(
    tmp_path: Path, adapter: str, engine: str
) -> None:
    files = {
        "Gemfile": _GEMFILE,
        "config/application.rb": _APPLICATION,
        "config/database.yml": _DATABASE_YML.format(adapter=adapter),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == engine


# --- Laravel: an env example of a local environment that picks SQLite -----------------------

_COMPOSER = '{\n    "require": {\n        "laravel/framework": "^10.0"\n    }\n}\n'
_ARTISAN = "#!/usr/bin/env php\n<?php\n\ndefine('LARAVEL_START', microtime(true));\n"
_DATABASE_PHP = (
    "<?php\n\nreturn [\n\n    'default' => env('DB_CONNECTION', '{default}'),\n\n"
    "    'connections' => [\n        'sqlite' => [\n            'driver' => 'sqlite',\n"
    "        ],\n        'mysql' => [\n            'driver' => 'mysql',\n        ],\n"
    "    ],\n];\n"
)
_MODEL = (
    "<?php\n\nnamespace App\\Models;\n\nuse Illuminate\\Database\\Eloquent\\Model;\n\n"
    "class Contact extends Model\n{\n}\n"
)


@pytest.mark.parametrize(
    ("default", "app_env", "connection", "engine"),
    [
        # chandler: the settings default to MySQL; the example sets up a local checkout on a
        # SQLite file.
        ("mysql", "local", "sqlite", "MySQL"),
        # The same example for a production install keeps its SQLite: the operator's choice.
        ("mysql", "production", "sqlite", "SQLite"),
        # A local example naming a server (the skeleton's SQLite default left as shipped)
        # still names the deployed engine.
        ("sqlite", "local", "mysql", "MySQL"),
    ],
)
def test_laravel_local_env_example_on_sqlite_is_development(
    tmp_path: Path, default: str, app_env: str, connection: str, engine: str
) -> None:
    files = {
        "composer.json": _COMPOSER,
        "artisan": _ARTISAN,
        "config/database.php": _DATABASE_PHP.replace("{default}", default),
        "app/Models/Contact.php": _MODEL,
        ".env.example": f"APP_NAME=Contacts\nAPP_ENV={app_env}\nAPP_DEBUG=true\n\n"
        f"DB_CONNECTION={connection}\nDB_HOST=127.0.0.1\nDB_PORT=3306\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == engine


# --- Django: the SQLite branch taken when the server's variable is unset -------------------

_SETTINGS = (
    "import os\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n"
    'SQLITE_FILE = os.environ.get("SQLITE_FILE", BASE_DIR / "db/app.sqlite3")\n\n'
    "{test}\n    DATABASES = {{\n        \"default\": {{\n"
    '            "ENGINE": "django.db.backends.postgresql",\n'
    '            "NAME": os.environ["POSTGRES_NAME"],\n'
    '            "HOST": os.environ["DB_HOST"],\n        }}\n    }}\n'
    '    if "POSTGRES_SSL_MODE" in os.environ:\n'
    '        DATABASES["default"]["OPTIONS"] = {{"sslmode": os.environ["POSTGRES_SSL_MODE"]}}\n'
    "else:\n    DATABASES = {{\n        \"default\": {{\n"
    '            "ENGINE": "django.db.backends.sqlite3",\n'
    '            "NAME": SQLITE_FILE,\n        }}\n    }}\n'
)


def _django(test: str) -> dict[str, str]:
    return {
        "pyproject.toml": '[project]\nname = "assistant"\nrequires-python = ">=3.12"\n'
        'dependencies = [\n    "django>=6.0.4,<7",\n    "psycopg[binary]>=3.3,<4",\n]\n',
        "manage.py": "import os\nimport sys\n\n\ndef main():\n"
        '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assistant.settings")\n'
        "    from django.core.management import execute_from_command_line\n\n"
        "    execute_from_command_line(sys.argv)\n",
        "assistant/settings.py": _SETTINGS.format(test=test),
    }


@pytest.mark.parametrize(
    ("test", "engine"),
    [
        # ciso-assistant: PostgreSQL when POSTGRES_NAME is set, else SQLite.
        ('if "POSTGRES_NAME" in os.environ:', "SQLite"),
        ('if os.environ.get("POSTGRES_NAME"):', "SQLite"),
        ('if os.getenv("POSTGRES_NAME"):', "SQLite"),
        # A test of something else than the environment (a debug flag) states no default.
        ("if not DEBUG:", "PostgreSQL"),
    ],
)
def test_django_sqlite_when_the_server_variable_is_unset(
    tmp_path: Path, test: str, engine: str
) -> None:
    found = by_folder(write(tmp_path, _django(test)))
    assert first(found["."], K.DATABASE)[0] == engine
