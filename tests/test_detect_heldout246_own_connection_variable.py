"""Laravel: an env file's `DB_CONNECTION` nothing reads names no engine (set 246, #19).

A Laravel 11 application keeps the skeleton's `.env.example` (`DB_CONNECTION=sqlite`) but its
config/database.php takes the default connection from a variable of its own,
`env('MYSQL_DB_CONNECTION', 'mysql')`, and never reads `DB_CONNECTION`: the example's line is a
leftover and the engine is the default the settings give, MySQL (`laravel_own_setting`). Where
the settings read the stock variable, the env example's pick stands."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/school",\n    "require": {\n        "php": "^8.3",\n'
    '        "laravel/framework": "^11.9"\n    }\n}\n'
)

_ENV_EXAMPLE = (
    "APP_NAME=Laravel\nAPP_ENV=local\n\nDB_CONNECTION=sqlite\n# DB_HOST=127.0.0.1\n"
    "# DB_PORT=3306\n"
)


def _database(variable: str) -> str:
    return (
        "<?php\n\nreturn [\n\n"
        f"    'default' => env('{variable}', 'mysql'),\n\n"
        "    'connections' => [\n\n"
        "        'sqlite' => [\n            'driver' => 'sqlite',\n"
        "            'database' => env('DB_DATABASE', database_path('database.sqlite')),\n"
        "        ],\n\n"
        "        'mysql' => [\n            'driver' => 'mysql',\n"
        f"            'host' => env('{variable.replace('CONNECTION', 'HOST')}', '127.0.0.1'),\n"
        "        ],\n\n    ],\n\n];\n"
    )


def _school(variable: str) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        ".env.example": _ENV_EXAMPLE,
        "config/database.php": _database(variable),
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\nuse Illuminate\\Foundation\\Application;\n",
        "app/Models/Pupil.php": "<?php\n\nnamespace App\\Models;\n\n"
        "use Illuminate\\Database\\Eloquent\\Model;\n\nclass Pupil extends Model {}\n",
    }


def test_an_unread_db_connection_gives_way_to_the_settings_default(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _school("MYSQL_DB_CONNECTION")))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_read_db_connection_keeps_the_env_examples_pick(tmp_path: Path) -> None:
    # Counter-case: the skeleton's own lookup reads the example's line, SQLite.
    found = by_folder(write(tmp_path, _school("DB_CONNECTION")))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_connection_reading_db_connection_keeps_the_env_examples_pick(tmp_path: Path) -> None:
    # Counter-case: another lookup of DB_CONNECTION in the settings reads the example's line.
    files = _school("MYSQL_DB_CONNECTION")
    files["config/database.php"] = files["config/database.php"].replace(
        "'driver' => 'sqlite',", "'driver' => env('DB_CONNECTION', 'sqlite'),"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "SQLite"
