"""A Laravel application whose env example ships SQLite (benchmarks/detect_heldout16.yaml,
#19), as a small fixture of the real files' shape: config/database.php keeps the skeleton's
stock `env('DB_CONNECTION', 'mysql')`, and `.env.example` (APP_ENV=local, APP_URL on
localhost) sets DB_CONNECTION=sqlite with a database file, every server setting commented out
as an option (`#DB_CONNECTION=<mysql | pgsql>`, `#DB_HOST=<hostname | ip>`), and
APP_DEBUG=false. The example sets up no server and debugs nothing: SQLite is what the
application ships with, the example's value above the stock default (HELDOUT.md's order).
An example of a local environment is a developer's stand-in only where it keeps a server's
connection set beside its SQLite (tests/test_detect_heldout41_42_engines.py), turns debugging
on (tests/test_detect_heldout44_45_engines.py, and here) or a Compose file of the tree runs a
server (here, and tests/test_detect_heldout6_localenv.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = '{\n    "require": {\n        "laravel/framework": "^10.0"\n    }\n}\n'
_ARTISAN = "#!/usr/bin/env php\n<?php\n\ndefine('LARAVEL_START', microtime(true));\n"
_DATABASE_PHP = (
    "<?php\n\nreturn [\n\n    'default' => env('DB_CONNECTION', 'mysql'),\n\n"
    "    'connections' => [\n        'sqlite' => [\n            'driver' => 'sqlite',\n"
    "        ],\n        'mysql' => [\n            'driver' => 'mysql',\n        ],\n"
    "    ],\n];\n"
)
_MODEL = (
    "<?php\n\nnamespace App\\Models;\n\nuse Illuminate\\Database\\Eloquent\\Model;\n\n"
    "class Item extends Model\n{\n}\n"
)
_EXAMPLE = (
    "APP_NAME=Dashboard\nAPP_ENV=local\nAPP_KEY=\nAPP_DEBUG=false\nAPP_URL=http://localhost\n\n"
    "LOG_CHANNEL=daily\n\nDB_CONNECTION=sqlite\nDB_DATABASE=app.sqlite\n\n"
    "#DB_CONNECTION=<mysql | pgsql>\n#DB_HOST=<hostname | ip>\n#DB_PORT=<port number>\n"
    "#DB_DATABASE=<database>\n#DB_USERNAME=<user>\n#DB_PASSWORD=<password>\n"
)
_COMPOSE = (
    "services:\n  app:\n    build: .\n    env_file: .env\n"
    "  db:\n    image: mysql:8.0\n    environment:\n      MYSQL_DATABASE: app\n"
)


def _tree(compose: bool, debug: str) -> dict[str, str]:
    files = {
        "composer.json": _COMPOSER,
        "artisan": _ARTISAN,
        "config/database.php": _DATABASE_PHP,
        "app/Models/Item.php": _MODEL,
        ".env.example": _EXAMPLE.replace("APP_DEBUG=false", f"APP_DEBUG={debug}"),
    }
    if compose:
        files["docker-compose.yml"] = _COMPOSE
    return files


@pytest.mark.parametrize(
    ("compose", "debug", "engine"),
    [
        # No server set up anywhere, debugging off: the example's SQLite is the shipped engine.
        (False, "false", "SQLite"),
        # A Compose file running a server beside it: the example is the checkout's stand-in.
        (True, "false", "MySQL"),
        # Debugging on: a developer's checkout, below the settings' default.
        (False, "true", "MySQL"),
    ],
)
def test_a_local_example_setting_up_no_server_ships_its_sqlite(
    tmp_path: Path, compose: bool, debug: str, engine: str
) -> None:
    found = by_folder(write(tmp_path, _tree(compose, debug)))
    assert first(found["."], K.DATABASE)[0] == engine
